import type { DataSource } from 'typeorm';
import { perCustomerLoader } from '../../kernel/loaders';
import { Contact } from './contact.entity';

export const contactLoaders = (db: DataSource) => ({
  byCustomer: perCustomerLoader((ids) =>
    db
      .getRepository(Contact)
      .createQueryBuilder('x')
      .where('x.customer_id = ANY(:ids)', { ids })
      .orderBy('x.is_primary', 'DESC')
      .addOrderBy('x.name', 'ASC')
      .getMany(),
  ),
});

declare module '../../kernel/context' {
  interface Loaders {
    contacts: ReturnType<typeof contactLoaders>;
  }
}
