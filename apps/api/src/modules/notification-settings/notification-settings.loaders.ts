import type { DataSource } from 'typeorm';
import { getPlainMany } from '../../kernel/db/plain-rows';
import { perCustomerLoader } from '../../kernel/loaders';
import { NotificationDestination } from './notification-destination.entity';

export const notificationSettingsLoaders = (db: DataSource) => ({
  destinationsByCustomer: perCustomerLoader((ids) =>
    getPlainMany(
      db
        .getRepository(NotificationDestination)
        .createQueryBuilder('x')
        .where('x.customer_id = ANY(:ids)', { ids })
        .orderBy('x.position', 'ASC')
        .addOrderBy('x.created_at', 'ASC'),
    ),
  ),
});

declare module '../../kernel/context' {
  interface Loaders {
    'notification-settings': ReturnType<typeof notificationSettingsLoaders>;
  }
}
