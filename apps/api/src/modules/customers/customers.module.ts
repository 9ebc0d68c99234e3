import { defineModule } from '../../kernel/module';
import { continueAccountNumbers, seedDemoCustomers } from './customer.demo';
import { customerProbes, customerActionProbes } from './customer.probes';
import { CustomerEntity } from './customer.entity';
import { customerLoaders } from './customer.loaders';
import { AccountDetailsResolver, CustomerConnectionResolver, CustomerResolver } from './customer.resolver';
import { customerRules } from './customer.rules';
import { MIGRATIONS } from './migrations';

/** The customer: the list, search, account details (widget accountDetails) and the balance. */
export const customersModule = defineModule({
  name: 'customers',
  entities: [CustomerEntity],
  migrations: MIGRATIONS,
  resolvers: [CustomerResolver, AccountDetailsResolver, CustomerConnectionResolver],
  rules: customerRules,
  loaders: customerLoaders,
  auditActions: {
    'customer.create': 'Customer created',
    'customer.update': 'Account details changed',
  },
  probes: customerProbes,
  actionProbes: customerActionProbes,
  seed: seedDemoCustomers,
  seedAfter: continueAccountNumbers,
  seedBulkTables: ['customer'],
  seedKeptKeys: ['customer'],
});
