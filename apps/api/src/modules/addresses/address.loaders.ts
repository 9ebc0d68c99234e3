import type { DataSource } from 'typeorm';
import { perCustomerLoader } from '../../graphql/loader-kit';
import { CustomerAddress } from './customer-address.entity';

export const addressLoaders = (db: DataSource) => ({
  addressesByCustomer: perCustomerLoader((ids) =>
    db
      .getRepository(CustomerAddress)
      .createQueryBuilder('x')
      .where('x.customer_id = ANY(:ids)', { ids })
      .orderBy('x.created_at', 'ASC')
      .getMany(),
  ),
});
