import { defineModule } from '../../kernel/module';
import { seedDemoAddresses } from './address.demo';
import { addressProbes } from './address.probes';
import { addressLoaders } from './address.loaders';
import { AddressResolver } from './address.resolver';
import { addressRules } from './address.rules';
import { CustomerAddress } from './customer-address.entity';

/** Widget addresses: additional addresses and installation sites. */
export const addressesModule = defineModule({
  name: 'addresses',
  entities: [CustomerAddress],
  resolvers: [AddressResolver],
  rules: addressRules,
  loaders: addressLoaders,
  auditActions: {
    'address.add': 'Address added',
    'address.update': 'Address changed',
    'address.remove': 'Address removed',
  },
  probes: addressProbes,
  seed: seedDemoAddresses,
});
