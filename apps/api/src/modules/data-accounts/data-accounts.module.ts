import { defineModule } from '../../kernel/module';
import { seedDemoDataAccounts } from './data-account.demo';
import { DataAccount } from './data-account.entity';
import { dataAccountLoaders } from './data-account.loaders';
import { dataAccountProbes } from './data-account.probes';
import { DataAccountFieldsResolver, DataAccountResolver } from './data-account.resolver';
import { dataAccountRules } from './data-account.rules';
import { MIGRATIONS } from './migrations';
import { PackageChange } from './package-change.entity';
import { applyPackageChangesJob } from './package-change.job';
import { PackageChangeFieldsResolver, PackageChangeResolver } from './package-change.resolver';

/**
 * Widgets dataAccounts and packageChanges: RADIUS logins on packages (mirrored into the
 * FreeRADIUS tables, radius.ts), and the scheduled and past package changes of each.
 */
export const dataAccountsModule = defineModule({
  name: 'data-accounts',
  entities: [DataAccount, PackageChange],
  migrations: MIGRATIONS,
  resolvers: [DataAccountResolver, DataAccountFieldsResolver, PackageChangeResolver, PackageChangeFieldsResolver],
  rules: dataAccountRules,
  loaders: dataAccountLoaders,
  jobs: [applyPackageChangesJob],
  auditActions: {
    'dataAccount.add': 'Data account added',
    'dataAccount.update': 'Data account changed',
    'dataAccount.package': 'Package changed (immediately)',
    'dataAccount.suspend': 'Data account suspended',
    'dataAccount.unsuspend': 'Data account unsuspended',
    'dataAccount.cancel': 'Data account cancelled',
    'dataAccount.password': 'Data account password changed',
    'packageChange.schedule': 'Package change scheduled',
    'packageChange.cancel': 'Package change cancelled',
    'packageChange.apply': 'Package change applied',
    'packageChange.fail': 'Package change failed',
  },
  probes: dataAccountProbes,
  seed: seedDemoDataAccounts,
});
