import { defineJob } from '../../kernel/module';
import { refreshStaleRollups } from './age.service';
import { importSpool } from './bank-import';
import { inTransaction } from '../../kernel/transaction';

/** Bank statements from the spool folder, several times a day (06:00–18:00 every 3 hours, UTC). */
export const bankImportJob = defineJob<Record<string, never>>({
  name: 'billing.bank-import',
  schedule: '0 6-18/3 * * *',
  retryLimit: 3,
  run: async ({ ctx }) => importSpool(ctx),
});

/** Just after midnight the age buckets move on a day: re-bucket the rollup rows of yesterday. */
export const ageRollupJob = defineJob<Record<string, never>>({
  name: 'billing.age-rollup',
  schedule: '5 0 * * *',
  run: async ({ ctx }) => inTransaction(ctx.db, (em) => refreshStaleRollups(em)),
});
