import { appDataSource } from '../app/compose';
import { systemContext } from '../kernel/request-context';
import { inTransaction } from '../kernel/transaction';
import { createRun, runBilling } from '../modules/billing-runs';

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
    const wrote = (a: any, b: any) => Object.keys(a).map((k) => `${b[k] - a[k]} ${k}`).join(', ');
    return [
      '### Billing run over the seeded customers',
      `| run | customers due | seconds | customers/s | rows written |`,
      `|---|---|---|---|---|`,
      `| first (${concurrency} customers at a time) | ${run.total} | ${seconds.toFixed(1)} | ${(run.total / seconds).toFixed(0)} | ${wrote(before, mid)} |`,
      `| second, same month | ${again.total} | ${secondSeconds.toFixed(1)} | ${(again.total / secondSeconds).toFixed(0)} | ${wrote(mid, after)} |`,
    ].join('\n');
  } finally {
    await db.destroy();
  }
}
