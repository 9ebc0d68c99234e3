import { parse } from 'csv-parse/sync';

/**
 * Asterisk's standard CDR file, `cdr_csv`'s Master.csv: no header line, one call per line,
 * columns in this order. `uniqueid` and `userfield` are written with `loguniqueid=yes` and
 * `loguserfield=yes` in cdr.conf's [csv] section; this import needs `uniqueid` (duplicates
 * are recognised by it). Columns after `userfield` (newer Asterisk: peeraccount, linkedid,
 * sequence) are ignored. Times are read as UTC: set `usegmtime=yes`.
 */
export const MASTER_CSV_COLUMNS = [
  'accountcode', 'src', 'dst', 'dcontext', 'clid', 'channel', 'dstchannel', 'lastapp', 'lastdata',
  'start', 'answer', 'end', 'duration', 'billsec', 'disposition', 'amaflags', 'uniqueid', 'userfield',
] as const;

const col = Object.fromEntries(MASTER_CSV_COLUMNS.map((c, i) => [c, i])) as Record<(typeof MASTER_CSV_COLUMNS)[number], number>;

export const DISPOSITIONS = ['ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED', 'CONGESTION'] as const;

export interface CdrRow {
  /** Line in the file, from 1. */
  line: number;
  uniqueId: string;
  accountCode: string;
  src: string;
  dst: string;
  start: Date;
  durationSeconds: number;
  billsec: number;
  answered: boolean;
  /** `cost=<cents>` in userfield (up to two decimals), in hundredths of a cent. */
  cdrCostCentiCents: number | null;
}

export interface ParsedCdr {
  rows: CdrRow[];
  errors: { line: number; message: string }[];
}

const TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

function utc(value: string): Date | null {
  const m = TIME.exec(value.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return d.getUTCDate() === +m[3] && d.getUTCMonth() === +m[2] - 1 ? d : null;
}

const seconds = (v: string) => (/^\d{1,7}$/.test(v.trim()) ? Number(v) : null);

function cdrCost(userfield: string | undefined): number | null | 'bad' {
  const m = /(?:^|[;,\s])cost=([^;,\s]*)/.exec(userfield ?? '');
  if (!m) return null;
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(m[1])) return 'bad';
  const [whole, frac = ''] = m[1].split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** Reads a Master.csv text: the rows, and the bad ones by line number. */
export function parseMasterCsv(text: string): ParsedCdr {
  const errors: ParsedCdr['errors'] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: false, bom: true }) as never;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return { rows: [], errors: [{ line: err.lines ?? 1, message: `Not a readable CSV file: ${err.message}` }] };
  }
  const rows: CdrRow[] = [];
  records.forEach(({ record, info }, i) => {
    const line = info.lines;
    // Tolerate a header line (cdr_custom setups often write one).
    if (i === 0 && record[0]?.trim().toLowerCase() === 'accountcode') return;
    if (record.length < MASTER_CSV_COLUMNS.length - 1) {
      errors.push({ line, message: `Expected ${MASTER_CSV_COLUMNS.length} columns (Master.csv with uniqueid and userfield), found ${record.length}` });
      return;
    }
    const problems: string[] = [];
    const uniqueId = record[col.uniqueid].trim();
    if (!uniqueId || uniqueId.length > 150) problems.push('uniqueid is missing');
    const start = utc(record[col.start]);
    if (!start) problems.push(`start "${record[col.start]}" is not a time like 2026-03-01 14:05:00`);
    const durationSeconds = seconds(record[col.duration]);
    const billsec = seconds(record[col.billsec]);
    if (durationSeconds === null) problems.push(`duration "${record[col.duration]}" is not a number of seconds`);
    if (billsec === null) problems.push(`billsec "${record[col.billsec]}" is not a number of seconds`);
    if (billsec !== null && durationSeconds !== null && billsec > durationSeconds) problems.push('billsec is longer than duration');
    const disposition = record[col.disposition].trim().toUpperCase();
    if (!(DISPOSITIONS as readonly string[]).includes(disposition)) problems.push(`disposition "${record[col.disposition]}" is not one of ${DISPOSITIONS.join(', ')}`);
    const cost = cdrCost(record[col.userfield]);
    if (cost === 'bad') problems.push('userfield cost= is not an amount in cents like cost=12.50');
    if (problems.length) {
      errors.push({ line, message: problems.join('; ') });
      return;
    }
    rows.push({
      line,
      uniqueId,
      accountCode: record[col.accountcode].trim(),
      src: record[col.src].trim(),
      dst: record[col.dst].trim(),
      start: start!,
      durationSeconds: durationSeconds!,
      billsec: billsec!,
      answered: disposition === 'ANSWERED',
      cdrCostCentiCents: cost as number | null,
    });
  });
  return { rows, errors };
}
