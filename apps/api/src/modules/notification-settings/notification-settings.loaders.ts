import type { DataSource } from 'typeorm';
import { plainSql } from '../../kernel/db/plain-rows';
import { perCustomerLoader } from '../../kernel/loaders';
import { NotificationDestination } from './notification-destination.entity';

const destinations = plainSql(
  NotificationDestination,
  'x',
  (columns) => `SELECT ${columns} FROM notification_destination x WHERE x.customer_id = ANY($1) ORDER BY x.position ASC, x.created_at ASC`,
);

export const notificationSettingsLoaders = (db: DataSource) => ({
  destinationsByCustomer: perCustomerLoader((ids) => destinations(db, [ids])),
});

declare module '../../kernel/context' {
  interface Loaders {
    'notification-settings': ReturnType<typeof notificationSettingsLoaders>;
  }
}
