import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../graphql/loader-kit';
import type { Reseller } from '../resellers/reseller.entity';
import type { StaffRef } from './customer.type';

export const customerLoaders = (db: DataSource) => ({
  resellerById: byIdLoader<Reseller>(db, 'SELECT id, name FROM reseller WHERE id = ANY($1)'),
  staffRefById: byIdLoader<StaffRef>(db, 'SELECT id, name FROM app_user WHERE id = ANY($1)'),
});
