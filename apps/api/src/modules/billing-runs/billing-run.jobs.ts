import { defineJob } from '../../kernel/module';
import { inTransaction } from '../../kernel/transaction';
import { createRun, runBilling, RUN_JOB } from './billing-run.service';

/**
 * The billing run: at 02:00 UTC on the 1st of every month for this month (quarterly customers
 * in January, April, July and October), or a run started by hand (`startBillingRun`). A retry
 * after a crash resumes it: customers billed already are skipped by billed_period's key.
 */
export const billingRunJob = defineJob<{ runId?: string }>({
  name: RUN_JOB,
  schedule: '0 2 1 * *',
  retryLimit: 3,
  key: (d) => d.runId ?? 'scheduled',
  run: async ({ data, ctx, progress }) => {
    const runId = data.runId ?? (await inTransaction(ctx.db, (em) => createRun(em, ctx, null))).id;
    const run = await runBilling(ctx, runId, { progress });
    return { runId, done: run.done, total: run.total, invoices: run.invoices };
  },
});
