import type { EntityManager } from 'typeorm';
import { audit } from '../../kernel/audit';
import { badInput } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { findCustomerInScope, scopeCondition } from '../customers';
import { CallClass, RatingMethod } from './call-class';
import { CdrImport, CdrImportSource, type CdrRowError } from './cdr-import.entity';
import { parseMasterCsv, type CdrRow } from './cdr-format';
import { storeCalls, type RatedCall } from './call-store';
import { classify, countryOf, toE164 } from './destinations';
import { markupTerms } from './markups';
import { rateCall } from './rating';
import { loadCustomerRatings, loadTariffTerms, NO_MARKUPS } from './tariff-terms';

/** Largest CDR file accepted in one import (upload or spool), in characters. */
export const MAX_CDR_FILE_CHARS = 20_000_000;

interface LineRow {
  id: string;
  customer_id: string;
  number: string;
  start_date: string;
  end_date: string | null;
  tariff_id: string | null;
  class_markups: Record<string, number>;
  fallback_markup_percent: string | null;
}

export interface ImportRequest {
  fileName: string;
  text: string;
  source: CdrImportSource;
  /** An upload from a customer's profile: only that customer's lines. */
  customerId?: string | null;
}

/** The E.164 forms a number in a CDR may stand for (as dialled in each country we serve, or already international). */
function candidates(raw: string): string[] {
  const out = new Set<string>();
  for (const c of [undefined, 'ZA', 'GB'] as const) {
    const e = toE164(c ? raw : raw.startsWith('+') ? raw : `+${raw}`, c);
    if (e) out.add(e);
  }
  return [...out];
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const inService = (l: LineRow, d: Date) => l.start_date <= day(d) && (l.end_date === null || l.end_date >= day(d));

/**
 * Imports one Master.csv file: every answered call is matched to a VoIP line by number (the
 * caller's number: an outgoing call; else the called number: an incoming one) in service on
 * the call's day, classified, rated and stored with its rollups, all in one transaction. A
 * bad row refuses the whole file (nothing is written but the report); calls whose uniqueid
 * was imported before are skipped. The report is stored and returned either way.
 */
export async function importCdrFile(ctx: RequestContext, req: ImportRequest): Promise<CdrImport> {
  if (req.text.length > MAX_CDR_FILE_CHARS) throw badInput('csv', `A CDR file can be at most ${MAX_CDR_FILE_CHARS / 1_000_000} million characters; split it`);
  const fileName = req.fileName.trim().slice(0, 200) || 'Master.csv';
  return inTransaction(ctx.db, async (em) => {
    if (req.customerId) await findCustomerInScope(ctx, req.customerId, em, { lock: true });
    const parsed = parseMasterCsv(req.text);
    const errors: CdrRowError[] = [...parsed.errors];
    const answered = parsed.rows.filter((r) => r.answered);
    const lines = await linesFor(ctx, em, answered, req.customerId ?? null);
    const tariffs = await loadTariffTerms(em);
    const ratings = await loadCustomerRatings(em, [...new Set(lines.map((l) => l.customer_id))]);

    const byNumber = new Map<string, LineRow[]>();
    for (const l of lines) byNumber.set(l.number, [...(byNumber.get(l.number) ?? []), l]);
    const lineFor = (raw: string, at: Date) => {
      for (const n of candidates(raw)) {
        const l = byNumber.get(n)?.find((x) => inService(x, at));
        if (l) return l;
      }
      return null;
    };

    const seenInFile = new Set<string>();
    let duplicatesInFile = 0;
    const calls: RatedCall[] = [];
    for (const row of answered) {
      if (seenInFile.has(row.uniqueId)) {
        duplicatesInFile++;
        continue;
      }
      seenInFile.add(row.uniqueId);
      const call = rateRow(row, lineFor, tariffs, ratings);
      if (typeof call === 'string') errors.push({ line: row.line, message: call });
      else calls.push(call);
    }
    errors.sort((a, b) => a.line - b.line);

    const report = em.create(CdrImport, {
      fileName,
      source: req.source,
      customerId: req.customerId ?? null,
      actorName: ctx.actor?.name ?? ctx.client,
      rows: parsed.rows.length + parsed.errors.length,
      notAnswered: parsed.rows.length - answered.length,
      errors: errors.slice(0, 500),
      ok: errors.length === 0,
      imported: 0,
      duplicates: 0,
      unrated: 0,
    });
    if (errors.length === 0) {
      const saved = await em.save(report);
      const stored = await storeCalls(em, calls.map((c) => ({ ...c, importId: saved.id })));
      report.imported = stored.length;
      report.duplicates = calls.length - stored.length + duplicatesInFile;
      report.unrated = stored.filter((c) => c.method === RatingMethod.UNRATED).length;
      await em.update(CdrImport, { id: saved.id }, { imported: report.imported, duplicates: report.duplicates, unrated: report.unrated });
      await auditImport(ctx, em, saved.id, fileName, stored);
      return saved;
    }
    // A refused file writes nothing but its report.
    return em.save(report);
  });
}

/** Lines whose numbers appear in the rows, within the caller's scope (and the customer, for an upload from a profile). */
async function linesFor(ctx: RequestContext, em: EntityManager, rows: CdrRow[], customerId: string | null): Promise<LineRow[]> {
  const numbers = [...new Set(rows.flatMap((r) => [...candidates(r.src), ...candidates(r.dst)]))];
  if (!numbers.length) return [];
  const [cond, params] = scopeCondition(ctx);
  const qb = em
    .createQueryBuilder()
    .select(['l.id AS id', 'l.customer_id AS customer_id', 'l.number AS number', "to_char(l.start_date, 'YYYY-MM-DD') AS start_date",
      "to_char(l.end_date, 'YYYY-MM-DD') AS end_date", 'l.tariff_id AS tariff_id', 'l.class_markups AS class_markups', 'l.fallback_markup_percent AS fallback_markup_percent'])
    .from('voip_line', 'l')
    .innerJoin('customer', 'c', 'c.id = l.customer_id')
    .where('l.number = ANY(:numbers)', { numbers })
    .andWhere(cond, params);
  if (customerId) qb.andWhere('l.customer_id = :customerId', { customerId });
  return qb.getRawMany();
}

function rateRow(
  row: CdrRow,
  lineFor: (raw: string, at: Date) => LineRow | null,
  tariffs: Awaited<ReturnType<typeof loadTariffTerms>>,
  ratings: Awaited<ReturnType<typeof loadCustomerRatings>>,
): RatedCall | string {
  let line = lineFor(row.src, row.start);
  const direction = line ? 'outbound' : 'inbound';
  if (!line) line = lineFor(row.dst, row.start);
  if (!line) return `No VoIP line in service on ${day(row.start)} with number "${row.src}" (caller) or "${row.dst}" (called)`;
  let callClass = CallClass.INBOUND;
  let destination = null;
  const otherParty: string | null = toE164(direction === 'outbound' ? row.dst : row.src, countryOf(line.number));
  if (direction === 'outbound') {
    if (!otherParty) return `Called number "${row.dst}" is not a phone number`;
    ({ callClass, destination } = classify(line.number, otherParty));
  }
  const customer = ratings.get(line.customer_id);
  const tariffId = line.tariff_id ?? customer?.defaultTariffId ?? null;
  const rated = rateCall(
    {
      callClass,
      billsec: row.billsec,
      cdrCostCentiCents: row.cdrCostCentiCents,
      suggestedRetailPerMinuteCents: destination?.suggestedRetailPerMinuteCents ?? null,
      carrierCostPerMinuteCents: destination?.carrierCostPerMinuteCents ?? null,
    },
    tariffId ? (tariffs.get(tariffId) ?? null) : null,
    markupTerms(line.class_markups, line.fallback_markup_percent === null ? null : Number(line.fallback_markup_percent)),
    customer?.terms ?? NO_MARKUPS,
  );
  return {
    customerId: line.customer_id,
    lineId: line.id,
    uniqueId: row.uniqueId,
    startedAt: row.start,
    direction,
    src: row.src,
    dst: row.dst,
    otherParty,
    destinationLabel: destination?.label ?? null,
    callClass,
    durationSeconds: row.durationSeconds,
    billsec: row.billsec,
    billedSeconds: rated.billedSeconds,
    chargeCents: rated.chargeCents,
    method: rated.method,
    ratingSource: rated.source,
    costBase: rated.costBase,
    importId: null,
  };
}

/** One audit row per customer whose calls the file brought. */
async function auditImport(ctx: RequestContext, em: EntityManager, importId: string, fileName: string, stored: RatedCall[]) {
  const perCustomer = new Map<string, { calls: number; chargeCents: number }>();
  for (const c of stored) {
    const s = perCustomer.get(c.customerId) ?? { calls: 0, chargeCents: 0 };
    s.calls++;
    s.chargeCents += c.chargeCents;
    perCustomer.set(c.customerId, s);
  }
  for (const [customerId, s] of perCustomer) {
    await audit(em, ctx, { customerId, action: 'voip.calls.import', target: `voip_cdr_import:${importId}`, record: { fileName, ...s } });
  }
}
