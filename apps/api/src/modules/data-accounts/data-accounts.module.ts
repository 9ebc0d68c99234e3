import { defineModule } from '../../kernel/module';
import { DataAccount } from './data-account.entity';
import { MIGRATIONS } from './migrations';
import { PackageChange } from './package-change.entity';

/** Widgets dataAccounts and packageChanges: RADIUS logins on packages, and their package history. */
export const dataAccountsModule = defineModule({
  name: 'data-accounts',
  entities: [DataAccount, PackageChange],
  migrations: MIGRATIONS,
});
