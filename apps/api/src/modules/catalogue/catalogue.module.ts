import { defineModule } from '../../kernel/module';
import { seedDemoCatalogue } from './catalogue.demo';
import { catalogueProbes } from './catalogue.probes';
import { CatalogueResolver } from './catalogue.resolver';
import { catalogueRules } from './catalogue.rules';
import { DataPackage } from './data-package.entity';
import { MIGRATIONS } from './migrations';

/** The catalogue: data packages (speeds, cap, price, VAT, overage), edited by admins. */
export const catalogueModule = defineModule({
  name: 'catalogue',
  entities: [DataPackage],
  migrations: MIGRATIONS,
  resolvers: [CatalogueResolver],
  rules: catalogueRules,
  auditActions: {
    'catalogue.package.create': 'Data package created',
    'catalogue.package.update': 'Data package changed',
  },
  actionProbes: catalogueProbes,
  seed: seedDemoCatalogue,
});
