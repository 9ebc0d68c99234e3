import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { audit } from '../../kernel/audit';
import { badInput, forbidden } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { ItemKind } from './ledger.entities';
import { autoAllocate, recompute } from './ledger.service';

/**
 * Bank statement import. A CSV with a header row and the columns `date` (YYYY-MM-DD),
 * `reference` (what the customer wrote: their account number), `amount` (rands/pounds with a
 * decimal point; negative lines are money out and skipped) and optionally `bank_reference`
 * (the bank's unique id of the line). Lines are matched to customers by the account number in
 * the reference; each line imports once, whatever how often the file is imported: the bank
 * reference (or, without one, a hash of the line and its position among identical lines) is
 * unique on the payment.
 */
export interface StatementLine {
  line: number;
  date: string;
  reference: string;
  amountCents: number;
  bankReference: string;
}

export interface BankImportOutcome {
  lines: number;
  imported: number;
  duplicates: number;
  unmatched: { line: number; reference: string; amountCents: number }[];
  rejected: { line: number; message: string }[];
}

export const MAX_STATEMENT_BYTES = 5_000_000;

export function parseStatement(csv: string): { lines: StatementLine[]; rejected: BankImportOutcome['rejected']; skipped: number } {
  if (csv.length > MAX_STATEMENT_BYTES) throw badInput('csv', 'A statement can be at most 5 MB');
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw badInput('csv', `The statement is not readable CSV: ${(e as Error).message}`);
  }
  if (records.length && !['date', 'reference', 'amount'].every((c) => c in records[0])) {
    throw badInput('csv', 'The statement needs a header row with date, reference and amount (and optionally bank_reference)');
  }
  const lines: StatementLine[] = [];
  const rejected: BankImportOutcome['rejected'] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  records.forEach((r, i) => {
    const line = i + 2;
    const date = r.date ?? '';
    const amountText = (r.amount ?? '').replace(/[\s,]/g, '');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return rejected.push({ line, message: `Date "${date}" is not YYYY-MM-DD` });
    if (!/^-?\d+(\.\d{1,2})?$/.test(amountText)) return rejected.push({ line, message: `Amount "${r.amount}" is not a number like 1234.50` });
    const amountCents = Math.round(Number(amountText) * 100);
    if (amountCents <= 0) return void skipped++;
    const reference = (r.reference ?? '').slice(0, 200);
    let bankReference = (r.bank_reference ?? '').trim();
    if (!bankReference) {
      const base = `${date}|${reference}|${amountCents}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      bankReference = `sha256:${createHash('sha256').update(`${base}|${n}`).digest('hex').slice(0, 32)}`;
    }
    lines.push({ line, date, reference, amountCents, bankReference });
  });
  return { lines, rejected, skipped };
}

/** The words of a reference that could be an account number. */
const candidates = (reference: string) => {
  const up = reference.toUpperCase().trim();
  return [up, ...up.split(/[^A-Z0-9-]+/).filter((w) => w.length >= 3)];
};

/**
 * Imports a statement in one transaction. `onlyCustomerId` imports only that customer's lines
 * (the age analysis "Update"); the others stay for the scheduled import.
 */
export async function importStatement(ctx: RequestContext, csv: string, opts: { onlyCustomerId?: string; source?: string } = {}): Promise<BankImportOutcome> {
  // The ISP's own bank account: never a reseller's business.
  if (ctx.scope.resellerId) throw forbidden('Bank statements are imported by the ISP, not by resellers');
  const { lines, rejected, skipped } = parseStatement(csv);
  return inTransaction(ctx.db, async (em) => {
    const words = [...new Set(lines.flatMap((l) => candidates(l.reference)))];
    const accounts: { id: string; account_number: string }[] = words.length
      ? await em.query(`SELECT id, upper(account_number) AS account_number FROM customer WHERE upper(account_number) = ANY($1::text[])`, [words])
      : [];
    const byAccount = new Map(accounts.map((a) => [a.account_number, a.id]));
    const outcome: BankImportOutcome = { lines: lines.length + rejected.length + skipped, imported: 0, duplicates: 0, unmatched: [], rejected };
    const matched: (StatementLine & { customerId: string })[] = [];
    for (const l of lines) {
      const customerId = candidates(l.reference).map((w) => byAccount.get(w)).find(Boolean);
      if (!customerId) outcome.unmatched.push({ line: l.line, reference: l.reference, amountCents: l.amountCents });
      else if (!opts.onlyCustomerId || opts.onlyCustomerId === customerId) matched.push({ ...l, customerId });
    }
    const customerIds = [...new Set(matched.map((m) => m.customerId))].sort();
    // Locked in id order, so two imports never deadlock.
    if (customerIds.length) await em.query(`SELECT id FROM customer WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [customerIds]);
    const touched = new Set<string>();
    for (const m of matched) {
      const inserted: { id: string }[] = await em.query(
        `INSERT INTO payment (customer_id, kind, received_on, method, reference, amount_cents, bank_reference)
         VALUES ($1, 'receipt', $2, 'bank_import', $3, $4, $5) ON CONFLICT (bank_reference) WHERE bank_reference IS NOT NULL DO NOTHING RETURNING id`,
        [m.customerId, m.date, m.reference, m.amountCents, m.bankReference],
      );
      if (!inserted.length) {
        outcome.duplicates++;
        continue;
      }
      outcome.imported++;
      touched.add(m.customerId);
      await autoAllocate(em, m.customerId, { kind: ItemKind.PAYMENT, id: inserted[0].id });
      await audit(em, ctx, {
        customerId: m.customerId,
        action: 'payment.import',
        target: `payment:${inserted[0].id}`,
        record: { amountCents: m.amountCents, reference: m.reference, bankReference: m.bankReference, receivedOn: m.date, source: opts.source ?? 'upload' },
      });
    }
    await recompute(em, [...touched]);
    return outcome;
  });
}

/** Where the bank drops statements for the scheduled import (BANK_STATEMENT_SPOOL). */
export const spoolDir = () => process.env.BANK_STATEMENT_SPOOL ?? path.resolve('var/bank-statements');

/**
 * Imports every `*.csv` in the spool folder; a file fully imported moves to `done/`. With
 * `onlyCustomerId` files stay (the other customers' lines are for the scheduled run).
 */
export async function importSpool(ctx: RequestContext, opts: { onlyCustomerId?: string; dir?: string } = {}) {
  const dir = opts.dir ?? spoolDir();
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  } catch {
    return { files: 0, imported: 0, duplicates: 0 };
  }
  let imported = 0;
  let duplicates = 0;
  for (const f of files) {
    const outcome = await importStatement(ctx, await readFile(path.join(dir, f), 'utf8'), { onlyCustomerId: opts.onlyCustomerId, source: `spool:${f}` });
    imported += outcome.imported;
    duplicates += outcome.duplicates;
    if (!opts.onlyCustomerId) {
      await mkdir(path.join(dir, 'done'), { recursive: true });
      await rename(path.join(dir, f), path.join(dir, 'done', f));
    }
  }
  return { files: files.length, imported, duplicates };
}

