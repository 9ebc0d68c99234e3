import type { DataSource } from 'typeorm';
import { perCustomerLoader } from '../../graphql/loader-kit';
import { Contact } from './contact.entity';

export const contactLoaders = (db: DataSource) => ({
  contactsByCustomer: perCustomerLoader((ids) =>
    db
      .getRepository(Contact)
      .createQueryBuilder('x')
      .where('x.customer_id = ANY(:ids)', { ids })
      .orderBy('x.is_primary', 'DESC')
      .addOrderBy('x.name', 'ASC')
      .getMany(),
  ),
});
