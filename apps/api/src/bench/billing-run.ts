import { appDataSource } from '../app/compose';
import { systemContext } from '../kernel/request-context';
import { inTransaction } from '../kernel/transaction';
import { approveRun, createRun, runBilling } from '../modules/billing-runs';

const COUNTS = `SELECT (SELECT count(*) FROM invoice_line)::int AS lines, (SELECT count(*) FROM invoice)::int AS invoices,
                       (SELECT count(*) FROM billed_period)::int AS periods, (SELECT count(*) FROM billed_charge)::int AS charges`;

/**
 * The billing run over the seeded customers: a run of this month (customers per second), then
 * a second run of the same month, which must write nothing (billed_period's key). The bench
 * database is re-used, so a month already billed there reads as "nothing to do" both times.
 */
export async function billingRunWorkload(url: string, concurrency = 4): Promise<string> {
  const db = appDataSource({ url });
  await db.initialize();
  try {
    const ctx = systemContext(db, 'job:bench');
    const month = new Date().toISOString().slice(0, 7);
    const before = (await db.query(COUNTS))[0];
    const first = (await inTransaction(db, (em) => createRun(em, ctx, month))).id;
    const t0 = Date.now();
    const run = await runBilling(ctx, first, { concurrency });
    const seconds = (Date.now() - t0) / 1000;
    const mid = (await db.query(COUNTS))[0];
    const t1 = Date.now();
    const again = await runBilling(ctx, (await inTransaction(db, (em) => createRun(em, ctx, month))).id, { concurrency });
    const secondSeconds = (Date.now() - t1) / 1000;
    const after = (await db.query(COUNTS))[0];
    // Approving the first run's drafts: one transaction for all of them (all or nothing).
    const approvals = async () => (await db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'invoice.approve'`))[0].n as number;
    const a0 = await approvals();
    const t2 = Date.now();
    const approved = await approveRun(ctx, first);
    const approveSeconds = (Date.now() - t2) / 1000;
    const a1 = await approvals();
    const t3 = Date.now();
    const approvedAgain = await approveRun(ctx, first);
    const againSeconds = (Date.now() - t3) / 1000;
    const wrote = (a: any, b: any) => Object.keys(a).map((k) => `${b[k] - a[k]} ${k}`).join(', ');
    return [
      '### Billing run over the seeded customers',
      `| run | customers due | seconds | customers/s | rows written |`,
      `|---|---|---|---|---|`,
      `| first (${concurrency} customers at a time) | ${run.total} | ${seconds.toFixed(1)} | ${(run.total / seconds).toFixed(0)} | ${wrote(before, mid)} |`,
      `| second, same month | ${again.total} | ${secondSeconds.toFixed(1)} | ${(again.total / secondSeconds).toFixed(0)} | ${wrote(mid, after)} |`,
      '',
      '| approve the first run (one transaction) | drafts approved | seconds | invoices/s | approval audit rows |',
      '|---|---|---|---|---|',
      `| first approval | ${approved} | ${approveSeconds.toFixed(1)} | ${(approved / Math.max(approveSeconds, 0.001)).toFixed(0)} | ${a1 - a0} |`,
      `| again (nothing left) | ${approvedAgain} | ${againSeconds.toFixed(1)} | – | ${(await approvals()) - a1} |`,
    ].join('\n');
  } finally {
    await db.destroy();
  }
}
