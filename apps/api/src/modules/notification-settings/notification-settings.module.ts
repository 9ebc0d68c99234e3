import { defineModule } from '../../kernel/module';
import { MIGRATIONS } from './migrations';
import { NotificationDestination } from './notification-destination.entity';
import { seedDemoNotificationSettings } from './notification-settings.demo';
import { notificationSettingsLoaders } from './notification-settings.loaders';
import { notificationSettingsProbes } from './notification-settings.probes';
import { NotificationSettingsResolver } from './notification-settings.resolver';
import { notificationSettingsRules } from './notification-settings.rules';

/** Widget notificationSettings: where invoices, usage alerts, suspension warnings and ticket replies go, by email and SMS. */
export const notificationSettingsModule = defineModule({
  name: 'notification-settings',
  entities: [NotificationDestination],
  migrations: MIGRATIONS,
  resolvers: [NotificationSettingsResolver],
  rules: notificationSettingsRules,
  loaders: notificationSettingsLoaders,
  auditActions: {
    'notification.set': 'Notification destinations changed',
    'notification.default': 'Notification destinations set from account details',
  },
  probes: notificationSettingsProbes,
  seed: seedDemoNotificationSettings,
  seedBulkTables: ['notification_destination'],
});
