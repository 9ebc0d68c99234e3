import { defineModule } from '../../kernel/module';
import { seedDemoContacts } from './contact.demo';
import { contactProbes } from './contact.probes';
import { Contact } from './contact.entity';
import { contactLoaders } from './contact.loaders';
import { ContactResolver } from './contact.resolver';
import { contactRules } from './contact.rules';

/** The customer's contact persons (shown with widget accountDetails). */
export const contactsModule = defineModule({
  name: 'contacts',
  entities: [Contact],
  resolvers: [ContactResolver],
  rules: contactRules,
  loaders: contactLoaders,
  auditActions: {
    'contact.add': 'Contact added',
    'contact.update': 'Contact changed',
    'contact.remove': 'Contact removed',
  },
  probes: contactProbes,
  seed: seedDemoContacts,
  seedBulkTables: ['contact'],
});
