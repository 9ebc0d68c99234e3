import { defineModule } from '../../kernel/module';
import { seedDemoResellers } from './reseller.demo';
import { MIGRATIONS } from './migrations';
import { Reseller } from './reseller.entity';
import { resellerLoaders } from './reseller.loaders';
import { ResellerResolver } from './reseller.resolver';
import { resellerRules } from './reseller.rules';

/** Partner resellers; their users and tokens reach only their own customers. */
export const resellersModule = defineModule({
  name: 'resellers',
  entities: [Reseller],
  migrations: MIGRATIONS,
  resolvers: [ResellerResolver],
  rules: resellerRules,
  loaders: resellerLoaders,
  auditActions: {
    'reseller.create': 'Reseller created',
  },
  seed: seedDemoResellers,
});
