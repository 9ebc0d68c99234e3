import type { DataSource } from 'typeorm';
import { getPlainMany } from '../../kernel/db/plain-rows';
import { perCustomerLoader } from '../../kernel/loaders';
import { Contact } from './contact.entity';

export const contactLoaders = (db: DataSource) => ({
  byCustomer: perCustomerLoader((ids) =>
    getPlainMany(
      db
        .getRepository(Contact)
        .createQueryBuilder('x')
        .where('x.customer_id = ANY(:ids)', { ids })
        .orderBy('x.is_primary', 'DESC')
        .addOrderBy('x.name', 'ASC'),
    ),
  ),
});

declare module '../../kernel/context' {
  interface Loaders {
    contacts: ReturnType<typeof contactLoaders>;
  }
}
