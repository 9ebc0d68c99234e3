import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../kernel/loaders';
import type { StaffRef } from './customer.type';

export const customerLoaders = (db: DataSource) => ({
  /** Account managers are staff users: only their id and name reach the customer's details. */
  staffRefById: byIdLoader<StaffRef>(db, 'SELECT id, name FROM app_user WHERE id = ANY($1)'),
});

declare module '../../kernel/context' {
  interface Loaders {
    customers: ReturnType<typeof customerLoaders>;
  }
}
