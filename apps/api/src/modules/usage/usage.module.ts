import { defineModule } from '../../kernel/module';
import { MIGRATIONS } from './migrations';

/** Widgets activeSessions and dataUsage: RADIUS accounting (FreeRADIUS's radacct, nas), rollups, alerts. */
export const usageModule = defineModule({
  name: 'usage',
  migrations: MIGRATIONS,
});
