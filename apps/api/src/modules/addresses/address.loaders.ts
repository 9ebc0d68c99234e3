import type { DataSource } from 'typeorm';
import { getPlainMany } from '../../kernel/db/plain-rows';
import { perCustomerLoader } from '../../kernel/loaders';
import { CustomerAddress } from './customer-address.entity';

export const addressLoaders = (db: DataSource) => ({
  byCustomer: perCustomerLoader((ids) =>
    getPlainMany(
      db
        .getRepository(CustomerAddress)
        .createQueryBuilder('x')
        .where('x.customer_id = ANY(:ids)', { ids })
        .orderBy('x.created_at', 'ASC'),
    ),
  ),
});

declare module '../../kernel/context' {
  interface Loaders {
    addresses: ReturnType<typeof addressLoaders>;
  }
}
