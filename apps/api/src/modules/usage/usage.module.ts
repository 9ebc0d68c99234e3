import { defineModule } from '../../kernel/module';
import { MIGRATIONS } from './migrations';
import { rollUpDemoUsage, seedDemoUsage } from './usage.demo';
import { UsageAlert } from './usage-alert.entity';
import { UsageDaily, UsageMonthly, UsageSessionCounted, UsageWatermark } from './usage-rollup.entity';
import { usageJobs } from './usage.jobs';
import { usageLoaders } from './usage.loaders';
import { usageProbes } from './usage.probes';
import { UsageResolver } from './usage.resolver';
import { usageRules } from './usage.rules';

/**
 * Widgets activeSessions and dataUsage: RADIUS accounting in FreeRADIUS's own tables (radacct,
 * partitioned by month; nas), daily and monthly rollups per data account kept by a job, cap
 * alerts, and RFC 5176 disconnects.
 */
/** The rollups: loaded in bulk, then rewritten by the demo's rollup run (seedAfter). */
const ROLLUP_TABLES = ['usage_daily', 'usage_monthly', 'usage_session_counted'];

export const usageModule = defineModule({
  name: 'usage',
  entities: [UsageDaily, UsageMonthly, UsageSessionCounted, UsageWatermark, UsageAlert],
  migrations: MIGRATIONS,
  resolvers: [UsageResolver],
  rules: usageRules,
  loaders: usageLoaders,
  jobs: usageJobs,
  probes: usageProbes,
  seed: seedDemoUsage,
  seedAfter: rollUpDemoUsage,
  seedAfterWrites: ROLLUP_TABLES,
  seedBulkTables: ROLLUP_TABLES,
  auditActions: { 'session.disconnect': 'Session disconnect requested' },
});
