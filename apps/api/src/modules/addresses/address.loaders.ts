import type { DataSource } from 'typeorm';
import { plainSql } from '../../kernel/db/plain-rows';
import { perCustomerLoader } from '../../kernel/loaders';
import { CustomerAddress } from './customer-address.entity';

const byCustomer = plainSql(CustomerAddress, 'x', (columns) => `SELECT ${columns} FROM customer_address x WHERE x.customer_id = ANY($1) ORDER BY x.created_at ASC`);

export const addressLoaders = (db: DataSource) => ({
  byCustomer: perCustomerLoader((ids) => byCustomer(db, [ids])),
});

declare module '../../kernel/context' {
  interface Loaders {
    addresses: ReturnType<typeof addressLoaders>;
  }
}
