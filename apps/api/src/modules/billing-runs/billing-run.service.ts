import type { DataSource, EntityManager } from 'typeorm';
import { audit } from '../../kernel/audit';
import { badInput, conflict, notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import { approveDrafts, createInvoice, Invoice, InvoiceLine, LineKind, priceLine, todayIso } from '../billing';
import { findCustomerInScope, scopeCondition } from '../customers';
import { BilledOutcome, BillingRun, BillingRunState } from './billing-run.entities';
import { chargesFor, writeCharges } from './charges';
import { addMonths, advancePeriod, monthStart, nextPeriod, type Cycle, type Period } from './periods';

export const RUN_JOB = 'billing-runs.run';

/** What billing needs of one customer, read with its row locked. */
interface BillableCustomer {
  id: string;
  status: 'active' | 'active_do_not_bill' | 'final_bill' | 'dropped';
  cycle: Cycle;
  vatRateBp: number;
  lowInvoiceRule: 'create_anyway' | 'roll_forward' | 'low_usage_charge';
  lowInvoiceThresholdCents: number;
  lowUsageChargeCents: number;
}

async function lockBillable(em: EntityManager, customerId: string): Promise<BillableCustomer | null> {
  const [row] = await em.query(
    `SELECT c.id, c.status, b.billing_cycle AS cycle, b.vat_rate_bp AS "vatRateBp", b.low_invoice_rule AS "lowInvoiceRule",
            b.low_invoice_threshold_cents AS "lowInvoiceThresholdCents", b.low_usage_charge_cents AS "lowUsageChargeCents"
       FROM customer c JOIN billing_account b ON b.customer_id = c.id WHERE c.id = $1 FOR UPDATE OF c`,
    [customerId],
  );
  return row ? { ...row, lowInvoiceThresholdCents: Number(row.lowInvoiceThresholdCents), lowUsageChargeCents: Number(row.lowUsageChargeCents) } : null;
}

export type BillResult = { outcome: BilledOutcome; period: Period; invoiceId: string | null } | 'already' | 'not_due';

/**
 * Bills one customer for the period a run of `runMonth` covers, inside the caller's unit of
 * work. The billed_period row is inserted first: if it exists (a run billed this customer
 * before, or the run is resuming) nothing is written. Seed 004 status rules: Dropped bills
 * nothing; Active - Do Not Bill writes the charges but makes no invoice; Final Bill always
 * gets an invoice of what is pending.
 */
export async function billCustomer(
  ctx: RequestContext,
  em: EntityManager,
  customerId: string,
  runMonth: string,
  runId: string | null,
  opts: { manual?: boolean } = {},
): Promise<BillResult> {
  const c = await lockBillable(em, customerId);
  if (!c || c.status === 'dropped') return 'not_due';
  const period = opts.manual ? nextPeriod(c.cycle, runMonth) : advancePeriod(c.cycle, runMonth);
  if (!period) return 'not_due';
  const claimed = await em.query(
    `INSERT INTO billed_period (customer_id, period_start, period_end, run_id, outcome) VALUES ($1, $2, $3, $4, 'nothing')
     ON CONFLICT (customer_id, period_start) DO NOTHING RETURNING customer_id`,
    [c.id, period.start, period.end, runId],
  );
  if (!claimed.length) return 'already';

  const charges = await chargesFor(em, [c], period);
  const written = await writeCharges(em, charges);
  const finalBill = c.status === 'final_bill';

  let outcome: BilledOutcome;
  let invoiceId: string | null = null;
  if (finalBill && !opts.manual && (await settledAfterFinalInvoice(em, c.id))) {
    outcome = BilledOutcome.DROPPED;
    await em.query(`UPDATE customer SET status = 'dropped' WHERE id = $1`, [c.id]);
    await audit(em, ctx, {
      customerId: c.id,
      action: 'billing-run.final-bill-drop',
      target: `customer:${c.id}`,
      changes: [{ field: 'status', oldValue: 'final_bill', newValue: 'dropped' }],
    });
  } else if (c.status === 'active_do_not_bill' && !opts.manual) {
    outcome = BilledOutcome.ACCUMULATED;
  } else {
    const [{ n, total }] = await em.query(`SELECT count(*)::int AS n, COALESCE(sum(total_cents), 0)::bigint AS total FROM invoice_line WHERE customer_id = $1 AND invoice_id IS NULL`, [c.id]);
    const low = Number(total) < c.lowInvoiceThresholdCents || n === 0;
    if (low && !finalBill && !opts.manual && c.lowInvoiceRule === 'roll_forward') {
      outcome = n ? BilledOutcome.ROLLED_FORWARD : BilledOutcome.NOTHING;
    } else {
      if (low && !finalBill && c.lowInvoiceRule === 'low_usage_charge' && c.lowUsageChargeCents > 0) {
        await em.insert(InvoiceLine, {
          customerId: c.id,
          invoiceId: null,
          kind: LineKind.LOW_USAGE,
          description: 'Low usage charge',
          periodStart: period.start,
          periodEnd: period.end,
          quantityMilli: 1000,
          unitPriceCents: c.lowUsageChargeCents,
          vatRateBp: c.vatRateBp,
          ...priceLine(1000, c.lowUsageChargeCents, c.vatRateBp),
        });
      }
      const [{ pending }] = await em.query(`SELECT count(*)::int AS pending FROM invoice_line WHERE customer_id = $1 AND invoice_id IS NULL`, [c.id]);
      // Seed 004: "create an invoice anyway" makes one with nothing pending too, and a Final
      // Bill customer always gets an invoice, even an empty one. By hand, only what is pending.
      const empty = !opts.manual && (finalBill || c.lowInvoiceRule === 'create_anyway');
      if (pending || empty) {
        const inv = await createInvoice(ctx, { customerId: c.id, idempotencyKey: `billing-run:${c.id}:${period.start}` }, { allowEmpty: empty });
        invoiceId = inv.id;
        outcome = BilledOutcome.INVOICED;
      } else {
        // Roll forward (or low usage with no charge set) and nothing pending: no invoice.
        outcome = BilledOutcome.NOTHING;
      }
    }
  }
  await em.query(`UPDATE billed_period SET outcome = $3, invoice_id = $4, final_bill = $5 WHERE customer_id = $1 AND period_start = $2`, [c.id, period.start, outcome, invoiceId, finalBill]);
  await audit(em, ctx, {
    customerId: c.id,
    action: opts.manual ? 'billing-run.invoice-now' : 'billing-run.bill',
    target: `billed_period:${c.id}:${period.start}`,
    record: { period: `${period.start}..${period.end}`, outcome, charges: written.length, invoiceId, runId },
  });
  return { outcome, period, invoiceId };
}

/**
 * Seed 004: a Final Bill customer is dropped by the first run after the balance reaches zero,
 * once a final invoice was approved and nothing new is left to bill (this period's charges are
 * written before the check, so late usage is invoiced first, not lost to the drop).
 */
async function settledAfterFinalInvoice(em: EntityManager, customerId: string): Promise<boolean> {
  const [row] = await em.query(
    `SELECT 1 FROM customer c
      WHERE c.id = $1 AND c.balance_cents = 0
        AND NOT EXISTS (SELECT 1 FROM invoice_line l WHERE l.customer_id = c.id AND l.invoice_id IS NULL)
        AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.customer_id = c.id AND i.state = 'draft')
        AND EXISTS (SELECT 1 FROM billed_period bp JOIN invoice i ON i.id = bp.invoice_id
                     WHERE bp.customer_id = c.id AND bp.final_bill AND i.state IN ('approved', 'sent'))`,
    [customerId],
  );
  return !!row;
}

/** The customers a run of `runMonth` must visit (in its reseller's scope), in a stable order. */
async function dueCustomers(db: DataSource, runMonth: string, resellerId: string | null, customerId: string | null): Promise<string[]> {
  const cycles = ['monthly', ...(advancePeriod('quarterly', runMonth) ? ['quarterly'] : [])];
  const rows: { id: string }[] = await db.query(
    `SELECT c.id FROM customer c JOIN billing_account b ON b.customer_id = c.id
      WHERE c.status <> 'dropped' AND b.billing_cycle::text = ANY($1) AND ($2::uuid IS NULL OR c.reseller_id = $2) AND ($3::uuid IS NULL OR c.id = $3)
      ORDER BY c.id`,
    [cycles, resellerId, customerId],
  );
  return rows.map((r) => r.id);
}

export interface RunOptions {
  /** Customers billed at the same time (each in its own transaction). */
  concurrency?: number;
  /** Tests: die after this many customers, as a crashed worker would. */
  failAfter?: number;
  progress?: (done: number, total: number) => Promise<void>;
}

/**
 * Runs (or resumes) a billing run: every due customer, each in its own transaction. A customer
 * billed for the period already — by this run before it died, or by another — is counted done
 * and nothing is written, so running it again is always safe.
 */
export async function runBilling(ctx: RequestContext, runId: string, opts: RunOptions = {}): Promise<BillingRun> {
  const db = ctx.db;
  const run = await db.getRepository(BillingRun).findOneBy({ id: runId });
  if (!run) throw notFound('Billing run');
  await db.query(`UPDATE billing_run SET state = 'running', error = NULL WHERE id = $1`, [runId]);
  try {
    const ids = await dueCustomers(db, run.periodStart, run.resellerId, run.customerId);
    const total = ids.length;
    await db.query(`UPDATE billing_run SET total = $2 WHERE id = $1`, [runId, total]);
    let next = 0;
    let done = 0;
    let started = 0;
    const report = async () => {
      await db.query(
        `UPDATE billing_run SET done = $2, invoices = (SELECT count(*) FROM billed_period WHERE run_id = $1 AND invoice_id IS NOT NULL) WHERE id = $1`,
        [runId, done],
      );
      await opts.progress?.(done, total);
    };
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        if (opts.failAfter !== undefined && started >= opts.failAfter) throw new Error(`billing run stopped after ${opts.failAfter} customers`);
        started++;
        await inTransaction(db, (em) => billCustomer(ctx, em, id, run.periodStart, runId));
        done++;
        if (done % 50 === 0) await report();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, worker));
    await report();
    await db.query(`UPDATE billing_run SET state = 'done', finished_at = now() WHERE id = $1`, [runId]);
  } catch (e) {
    await db.query(`UPDATE billing_run SET state = 'failed', error = $2 WHERE id = $1`, [runId, (e as Error).message.slice(0, 500)]);
    throw e;
  }
  return db.getRepository(BillingRun).findOneByOrFail({ id: runId });
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])(-01)?$/;

/** Records a run for a month (in the caller's reseller scope); the caller queues its job. */
export async function createRun(em: EntityManager, ctx: RequestContext, month: string | null | undefined, customerId: string | null = null): Promise<BillingRun> {
  const customer = customerId ? await findCustomerInScope(ctx, customerId, em) : null;
  const m = month ?? todayIso();
  if (month != null && !MONTH.test(month)) throw badInput('month', 'Give the month as YYYY-MM');
  const periodStart = monthStart(m.length === 7 ? `${m}-01` : m);
  const current = monthStart(todayIso());
  if (periodStart > addMonths(current, 1) || periodStart < addMonths(current, -12)) {
    throw badInput('month', 'A run bills this month, the next one, or up to twelve months back');
  }
  const actor = ctx.actor?.name ?? ctx.client;
  const [row] = await em.query(`INSERT INTO billing_run (period_start, started_by, reseller_id, customer_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
    periodStart,
    actor,
    ctx.scope.resellerId,
    customer?.id ?? null,
  ]);
  await audit(em, ctx, { customerId: customer?.id ?? null, action: 'billing-run.start', target: `billing_run:${row.id}`, record: { periodStart, resellerId: ctx.scope.resellerId } });
  return em.getRepository(BillingRun).findOneByOrFail({ id: row.id });
}

/** A billing run in the caller's scope (a reseller's runs only for its own users). */
export async function runInScope(ctx: RequestContext, em: EntityManager, runId: string): Promise<BillingRun> {
  if (!isUuid(runId)) throw notFound('Billing run');
  const [row] = await em.query(`SELECT id FROM billing_run WHERE id = $1 AND ($2::uuid IS NULL OR reseller_id = $2)`, [runId, ctx.scope.resellerId]);
  if (!row) throw notFound('Billing run');
  return em.getRepository(BillingRun).findOneByOrFail({ id: runId });
}

/**
 * Approves every draft a run made (in scope) as one unit of work: all of them with their audit
 * rows, or none. The ledger locks counters, customers and drafts in the order single approvals
 * use, so approving the run beside single approvals of its invoices waits instead of
 * deadlocking, and numbers stay gapless per brand. Returns how many were approved now.
 */
export async function approveRun(ctx: RequestContext, runId: string): Promise<number> {
  return inTransaction(ctx.db, async (em) => {
    await runInScope(ctx, em, runId);
    const [cond, params] = scopeCondition(ctx);
    const ids: { id: string }[] = await em
      .createQueryBuilder()
      .select('i.id', 'id')
      .from('billed_period', 'bp')
      .innerJoin('invoice', 'i', 'i.id = bp.invoice_id')
      .innerJoin('customer', 'c', 'c.id = i.customer_id')
      .where('bp.run_id = :runId', { runId })
      .andWhere(`i.state = 'draft'`)
      .andWhere(cond, params)
      .getRawMany();
    const approved = await approveDrafts(ctx, em, ids.map((r) => r.id));
    await audit(em, ctx, { customerId: null, action: 'billing-run.approve', target: `billing_run:${runId}`, record: { approved: approved.length } });
    return approved.length;
  });
}

/**
 * "Generate recurring billing": rewrites the customer's pending recurring charges of the next
 * period (prices may have changed since) and adds what is missing. Charges already on an
 * invoice are never touched.
 */
export async function generateRecurring(ctx: RequestContext, customerId: string): Promise<Period> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, customerId, em, { lock: true });
    const c = await lockBillable(em, customer.id);
    if (!c) throw notFound('Customer');
    if (c.status === 'dropped') throw conflict('A dropped customer accumulates no charges', 'customerId');
    const period = await nextUnbilledPeriod(em, c);
    const deleted = await em.query(
      `DELETE FROM invoice_line l USING billed_charge b
        WHERE b.line_id = l.id AND l.customer_id = $1 AND l.invoice_id IS NULL AND b.kind = 'charge' AND b.month BETWEEN $2 AND $3
          AND b.source IN ('data_account', 'voip_line') RETURNING l.id`,
      [c.id, addMonths(period.start, -1), period.end],
    );
    // TypeORM answers a DELETE … RETURNING as [rows, count].
    const removed = Array.isArray(deleted?.[0]) ? deleted[0].length : 0;
    const written = await writeCharges(em, await chargesFor(em, [c], period));
    await audit(em, ctx, { customerId: c.id, action: 'billing-run.generate', target: `customer:${c.id}`, record: { period: `${period.start}..${period.end}`, replaced: removed, charges: written.length } });
    return period;
  });
}

/** The next period not billed yet: from this month, after the last one billed. */
export async function nextUnbilledPeriod(em: EntityManager, c: { id: string; cycle: Cycle }): Promise<Period> {
  const [{ last }] = await em.query(`SELECT max(period_start)::text AS last FROM billed_period WHERE customer_id = $1`, [c.id]);
  const current = monthStart(todayIso());
  const from = last && last >= current ? addMonths(last, c.cycle === 'quarterly' ? 3 : 1) : current;
  return nextPeriod(c.cycle, from);
}

/** "Generate recurring invoice": bills the next period now and makes its DRAFT invoice. */
export async function generateRecurringInvoice(ctx: RequestContext, customerId: string): Promise<Invoice> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, customerId, em, { lock: true });
    const c = await lockBillable(em, customer.id);
    if (!c) throw notFound('Customer');
    if (c.status === 'dropped') throw conflict('Dropped customers are not billed', 'customerId');
    const period = await nextUnbilledPeriod(em, c);
    const result = await billCustomer(ctx, em, customer.id, period.start, null, { manual: true });
    if (result === 'already' || result === 'not_due') throw conflict('This period is billed already', 'customerId');
    if (!result.invoiceId) throw conflict('There is nothing to invoice for this period', 'customerId');
    return em.getRepository(Invoice).findOneByOrFail({ id: result.invoiceId });
  });
}

/** Removes a pending one-off charge (not yet on an invoice). */
export async function removePendingCharge(ctx: RequestContext, lineId: string): Promise<string> {
  return inTransaction(ctx.db, async (em) => {
    if (!isUuid(lineId)) throw notFound('Charge');
    const [cond, params] = scopeCondition(ctx);
    const line = await em
      .getRepository(InvoiceLine)
      .createQueryBuilder('l')
      .innerJoin('customer', 'c', 'c.id = l.customer_id')
      .where('l.id = :lineId', { lineId })
      .andWhere(cond, params)
      .setLock('pessimistic_write', undefined, ['l'])
      .getOne();
    if (!line) throw notFound('Charge');
    if (line.invoiceId) throw conflict('This charge is on an invoice already; void the draft or issue a credit note', 'lineId');
    if (line.kind !== LineKind.ONE_OFF) throw conflict('Only one-off charges are removed by hand; recurring charges follow the services', 'lineId');
    await em.delete(InvoiceLine, { id: line.id });
    await audit(em, ctx, { customerId: line.customerId, action: 'billing-run.charge.remove', target: `invoice_line:${line.id}`, record: { description: line.description, totalCents: line.totalCents } });
    return line.customerId;
  });
}
