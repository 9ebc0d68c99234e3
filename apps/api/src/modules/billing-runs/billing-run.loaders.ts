import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { plainSql } from '../../kernel/db/plain-rows';
import { InvoiceLine } from '../billing';
import { BilledKind } from './billing-run.entities';
import type { BilledPeriodView, RecurringBilling } from './billing-run.types';
import { chargesFor } from './charges';
import { addMonths, monthStart, nextPeriod, type Cycle, type Period } from './periods';

/** How many billed periods the widget lists. */
export const LAST_RUNS = 6;

const STATUS_RULE: Record<string, string> = {
  active: 'Active: billed by every run',
  active_do_not_bill: 'Active - Do Not Bill: charges accumulate, no automatic invoice',
  final_bill: 'Final Bill: billed what remains, always invoiced',
  dropped: 'Dropped: nothing is billed or accumulated',
};

const pendingLines = plainSql(InvoiceLine, 'l', (columns) => `SELECT ${columns} FROM invoice_line l WHERE l.customer_id = ANY($1) AND l.invoice_id IS NULL ORDER BY l.created_at`);

export const billingRunLoaders = (db: DataSource) => ({
  /** The whole widget per customer: 3 statements, then 4 per distinct next period (one in practice). */
  recurringBilling: new DataLoader<string, RecurringBilling | null>(async (keys) => {
    const ids = [...keys];
    const current = monthStart(new Date().toISOString().slice(0, 10));
    // The customers' cycles, the pending lines and the last runs go out together; only the
    // charges wait for them (they need each customer's next period): two writes in all.
    const [customers, pending, runs] = await Promise.all([
      db.query(
        `SELECT c.id, c.status, trim(c.currency) AS currency, b.billing_cycle AS cycle, b.vat_rate_bp AS "vatRateBp",
                (SELECT max(period_start)::text FROM billed_period p WHERE p.customer_id = c.id) AS last
           FROM customer c JOIN billing_account b ON b.customer_id = c.id WHERE c.id = ANY($1)`,
        [ids],
      ) as Promise<{ id: string; status: string; currency: string; cycle: Cycle; vatRateBp: number; last: string | null }[]>,
      pendingLines(db, [ids]),
      db.query(
        `SELECT p.customer_id AS "customerId", p.period_start::text AS "periodStart", p.period_end::text AS "periodEnd", p.outcome, p.created_at AS "billedAt",
                p.run_id AS "runId", r.state AS "runState", r.done AS "runDone", r.total AS "runTotal",
                p.invoice_id AS "invoiceId", i.number AS "invoiceNumber", i.state AS "invoiceState", i.total_cents::int AS "invoiceTotalCents"
           FROM unnest($1::uuid[]) c(id)
           -- the last runs per customer: a lateral LIMIT along the key (customer_id, period_start)
           CROSS JOIN LATERAL (SELECT * FROM billed_period x WHERE x.customer_id = c.id ORDER BY x.period_start DESC LIMIT ${LAST_RUNS}) p
           LEFT JOIN billing_run r ON r.id = p.run_id
           LEFT JOIN invoice i ON i.id = p.invoice_id
          ORDER BY p.period_start DESC`,
        [ids],
      ) as Promise<(BilledPeriodView & { customerId: string })[]>,
    ]);
    const periodOf = new Map<string, Period>();
    const byPeriod = new Map<string, typeof customers>();
    for (const c of customers) {
      const from = c.last && c.last >= current ? addMonths(c.last, c.cycle === 'quarterly' ? 3 : 1) : current;
      const p = nextPeriod(c.cycle, from);
      periodOf.set(c.id, p);
      const k = `${p.start}|${p.end}`;
      byPeriod.set(k, [...(byPeriod.get(k) ?? []), c]);
    }
    const charges = (
      await Promise.all(
        [...byPeriod.entries()].map(([k, cs]) => {
          const [start, end] = k.split('|');
          return chargesFor(db.manager, cs.filter((c) => c.status !== 'dropped'), { start, end });
        }),
      )
    ).flat();
    const byId = new Map(customers.map((c) => [c.id, c]));
    return ids.map((id) => {
      const c = byId.get(id);
      if (!c) return null;
      const p = periodOf.get(id)!;
      const mine = c.status === 'dropped' ? [] : charges.filter((x) => x.customerId === id);
      const toWrite = mine.filter((x) => !x.alreadyBilled);
      return {
        periodStart: p.start,
        periodEnd: p.end,
        billingCycle: c.cycle,
        currency: c.currency,
        statusRule: STATUS_RULE[c.status] ?? c.status,
        charges: mine.map((x) => ({
          source: x.source,
          description: x.description,
          refund: x.kind === BilledKind.REFUND,
          usage: x.lineKind === 'usage',
          periodStart: x.start,
          periodEnd: x.end,
          days: x.days,
          netCents: x.netCents,
          vatRateBp: x.vatRateBp,
          vatCents: x.vatCents,
          totalCents: x.totalCents,
          pending: x.alreadyBilled,
        })),
        chargesTotalCents: toWrite.reduce((s, x) => s + x.totalCents, 0),
        pendingCharges: pending.filter((l) => l.customerId === id),
        lastRuns: runs.filter((r) => r.customerId === id),
      };
    });
  }),
});

declare module '../../kernel/context' {
  interface Loaders {
    'billing-runs': ReturnType<typeof billingRunLoaders>;
  }
}
