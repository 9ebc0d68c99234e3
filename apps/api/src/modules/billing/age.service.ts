import type { EntityManager } from 'typeorm';
import { audit } from '../../kernel/audit';
import { config } from '../../kernel/config';
import { badInput } from '../../kernel/errors';
import { checkPageSize } from '../../kernel/pagination';
import type { RequestContext } from '../../kernel/request-context';
import { currentManager, inTransaction } from '../../kernel/transaction';
import { findCustomerInScope, scopedCustomers } from '../customers';
import { importSpool } from './bank-import';
import type { LedgerItem } from './ledger.service';
import { recompute } from './ledger.service';
import { rollupUpsertSql } from './ledger.sql';
import { ItemSide, type AgeAnalysis, type AgeAnalysisReport, type AgeBuckets, type AgeReportFilter, type LedgerItemView } from './ledger.types';

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** Buckets by days past due: current (not yet due), 30 (1–30), 60 (31–60), 90 (61–90), 120+ (more than 90). */
export function bucketsOf(items: LedgerItem[], asOf: string): AgeBuckets {
  const b: AgeBuckets = { currentCents: 0, days30Cents: 0, days60Cents: 0, days90Cents: 0, days120PlusCents: 0, unallocatedCreditCents: 0, balanceCents: 0 };
  for (const i of items) {
    if (i.open === 0) continue;
    if (i.side === 'credit') {
      b.unallocatedCreditCents += i.open;
      continue;
    }
    const late = daysBetween(i.dueDate, asOf);
    if (late <= 0) b.currentCents += i.open;
    else if (late <= 30) b.days30Cents += i.open;
    else if (late <= 60) b.days60Cents += i.open;
    else if (late <= 90) b.days90Cents += i.open;
    else b.days120PlusCents += i.open;
  }
  b.balanceCents = b.currentCents + b.days30Cents + b.days60Cents + b.days90Cents + b.days120PlusCents - b.unallocatedCreditCents;
  return b;
}

export function ageAnalysisOf(items: LedgerItem[], currency: string, asOf = new Date().toISOString().slice(0, 10)): AgeAnalysis {
  const openItems: LedgerItemView[] = items
    .filter((i) => i.open !== 0)
    .map((i) => ({
      kind: i.kind,
      id: i.id,
      reference: i.reference,
      date: i.date,
      dueDate: i.dueDate,
      side: i.side === 'debit' ? ItemSide.DEBIT : ItemSide.CREDIT,
      amountCents: i.amount,
      openCents: i.open,
      daysOverdue: i.side === 'debit' ? Math.max(0, daysBetween(i.dueDate, asOf)) : 0,
    }));
  return { ...bucketsOf(items, asOf), currency: currency.trim(), asOf, openItems };
}

/** "Update": imports this customer's waiting bank lines, then recomputes the balance and the rollup. */
export async function updateAgeAnalysis(ctx: RequestContext, customerId: string) {
  const customer = await findCustomerInScope(ctx, customerId);
  const imported = ctx.scope.resellerId ? null : await importSpool(ctx, { onlyCustomerId: customer.id });
  return inTransaction(ctx.db, async (em) => {
    await findCustomerInScope(ctx, customer.id, em, { lock: true });
    await recompute(em, [customer.id]);
    await audit(em, ctx, { customerId: customer.id, action: 'age-analysis.update', target: `age_rollup:${customer.id}`, record: { imported: imported?.imported ?? 0 } });
    return findCustomerInScope(ctx, customer.id, em); // with the recomputed balance
  });
}

/** Re-buckets every rollup row computed before today (the buckets move as days pass). */
export async function refreshStaleRollups(em: EntityManager) {
  await em.query(rollupUpsertSql((a) => `${a}.customer_id IN (SELECT customer_id FROM age_rollup WHERE computed_on < CURRENT_DATE)`));
}

/** The report across customers: from the rollup, keyset-paginated by account number, with totals per currency. */
export async function ageAnalysisReport(ctx: RequestContext, args: { first?: number | null; after?: string | null; filter?: AgeReportFilter | null }): Promise<AgeAnalysisReport> {
  const size = checkPageSize(args.first ?? config.defaultPageSize, 'first');
  const em = currentManager(ctx.db);
  const base = () => {
    const qb = scopedCustomers(ctx, em, 'c').innerJoin('age_rollup', 'r', 'r.customer_id = c.id').andWhere('(r.balance_cents <> 0 OR r.unallocated_credit_cents <> 0)');
    if (args.filter?.resellerId) qb.andWhere('c.reseller_id = :resellerId', { resellerId: args.filter.resellerId });
    if (args.filter?.overdueOnly) qb.andWhere('(r.days30_cents + r.days60_cents + r.days90_cents + r.days120_cents) > 0');
    return qb;
  };
  const sums = `sum(r.current_cents)::bigint AS "currentCents", sum(r.days30_cents)::bigint AS "days30Cents", sum(r.days60_cents)::bigint AS "days60Cents",
    sum(r.days90_cents)::bigint AS "days90Cents", sum(r.days120_cents)::bigint AS "days120PlusCents", sum(r.unallocated_credit_cents)::bigint AS "unallocatedCreditCents", sum(r.balance_cents)::bigint AS "balanceCents"`;
  const page = base()
    .select(['c.id AS "customerId"', 'c.account_number AS "accountNumber"', 'c.name AS name', 'c.reseller_id AS "resellerId"', 'trim(c.currency) AS currency', 'r.computed_on::text AS "computedOn"'])
    .addSelect(['r.current_cents AS "currentCents"', 'r.days30_cents AS "days30Cents"', 'r.days60_cents AS "days60Cents"', 'r.days90_cents AS "days90Cents"', 'r.days120_cents AS "days120PlusCents"', 'r.unallocated_credit_cents AS "unallocatedCreditCents"', 'r.balance_cents AS "balanceCents"'])
    .orderBy('c.account_number', 'ASC')
    .limit(size + 1);
  if (args.after) {
    if (args.after.length > 100) throw badInput('after', 'Not a cursor of this report');
    page.andWhere('c.account_number > :after', { after: args.after });
  }
  const [rows, totals, [{ n }]] = await Promise.all([
    page.getRawMany(),
    base().select(`trim(c.currency) AS currency, count(*)::int AS customers, ${sums}`).groupBy('c.currency').orderBy('currency').getRawMany(),
    base().select('count(*)::int AS n').getRawMany(),
  ]);
  const num = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k.endsWith('Cents') ? Number(v) : v])) as never;
  const hasNextPage = rows.length > size;
  const shown = rows.slice(0, size).map(num) as AgeAnalysisReport['rows'];
  return { rows: shown, totals: totals.map(num), totalCount: n, hasNextPage, endCursor: shown.at(-1)?.accountNumber ?? null };
}
