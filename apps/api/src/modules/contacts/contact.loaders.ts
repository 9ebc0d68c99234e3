import type { DataSource } from 'typeorm';
import { plainSql } from '../../kernel/db/plain-rows';
import { perCustomerLoader } from '../../kernel/loaders';
import { Contact } from './contact.entity';

const byCustomer = plainSql(Contact, 'x', (columns) => `SELECT ${columns} FROM contact x WHERE x.customer_id = ANY($1) ORDER BY x.is_primary DESC, x.name ASC`);

export const contactLoaders = (db: DataSource) => ({
  byCustomer: perCustomerLoader((ids) => byCustomer(db, [ids])),
});

declare module '../../kernel/context' {
  interface Loaders {
    contacts: ReturnType<typeof contactLoaders>;
  }
}
