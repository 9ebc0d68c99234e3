import { defineJob } from '../../kernel/module';
import { ensureRadacctPartitions, recordUsageAlerts, rollUpUsage } from './usage.rollup';

export const usageJobs = [
  // Sessions changed since the last run into the daily and monthly rollups.
  defineJob({ name: 'usage.rollup', schedule: '*/5 * * * *', run: async ({ ctx }) => ({ sessions: await rollUpUsage(ctx.db) }) }),
  // 80% / 100% of the monthly cap, once each per account and month.
  defineJob({ name: 'usage.alerts', schedule: '*/15 * * * *', run: async ({ ctx }) => ({ recorded: await recordUsageAlerts(ctx.db) }) }),
  // radacct's monthly partitions, three months ahead.
  defineJob({ name: 'usage.partitions', schedule: '0 3 * * *', run: async ({ ctx }) => ({ made: await ensureRadacctPartitions(ctx.db) }) }),
];
