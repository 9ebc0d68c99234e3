import { defineJob } from '../../kernel/module';
import { applyDuePackageChanges } from './package-change.service';

/** Applies due package changes every 15 minutes (UTC dates); idempotent, see applyDuePackageChanges. */
export const applyPackageChangesJob = defineJob<{ today?: string }>({
  name: 'data-accounts.apply-package-changes',
  schedule: '*/15 * * * *',
  retryLimit: 3,
  run: ({ ctx, data, progress }) => applyDuePackageChanges(ctx, { today: data.today, progress }),
});
