// The composition root: the one list of modules. Everything else (schema, permissions,
// entities, migrations, loaders, jobs, demo data, the generated tests) is derived from it.
import { addressesModule } from '../modules/addresses';
import { auditModule } from '../modules/audit';
import { catalogueModule } from '../modules/catalogue';
import { authModule } from '../modules/auth';
import { billingModule } from '../modules/billing';
import { billingRunsModule } from '../modules/billing-runs';
import { contactsModule } from '../modules/contacts';
import { customersModule } from '../modules/customers';
import { dataAccountsModule } from '../modules/data-accounts';
import { jobsModule } from '../modules/jobs';
import { notesModule } from '../modules/notes';
import { notificationSettingsModule } from '../modules/notification-settings';
import { resellersModule } from '../modules/resellers';
import { usageModule } from '../modules/usage';
import { voipModule } from '../modules/voip';

export const MODULES = [
  resellersModule,
  authModule,
  customersModule,
  contactsModule,
  addressesModule,
  notesModule,
  notificationSettingsModule,
  catalogueModule,
  dataAccountsModule,
  usageModule,
  voipModule,
  billingModule,
  billingRunsModule,
  auditModule,
  jobsModule,
] as const;
