import type { DataSource } from 'typeorm';
import { perCustomerLoader } from '../../kernel/loaders';
import { NotificationDestination } from './notification-destination.entity';

export const notificationSettingsLoaders = (db: DataSource) => ({
  destinationsByCustomer: perCustomerLoader((ids) =>
    db
      .getRepository(NotificationDestination)
      .createQueryBuilder('x')
      .where('x.customer_id = ANY(:ids)', { ids })
      .orderBy('x.position', 'ASC')
      .addOrderBy('x.created_at', 'ASC')
      .getMany(),
  ),
});

declare module '../../kernel/context' {
  interface Loaders {
    'notification-settings': ReturnType<typeof notificationSettingsLoaders>;
  }
}
