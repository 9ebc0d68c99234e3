import type { DataSource } from 'typeorm';
import { latestPerCustomerLoader, perCustomerLoader } from '../../kernel/loaders';
import { DataAccount } from './data-account.entity';
import { PackageChange } from './package-change.entity';

export const dataAccountLoaders = (db: DataSource) => ({
  /** Every account per customer with its package and address, in one query: active first, then by username. */
  byCustomer: perCustomerLoader((ids) =>
    db
      .getRepository(DataAccount)
      .createQueryBuilder('a')
      .leftJoinAndSelect('a.package', 'p')
      .leftJoinAndSelect('a.address', 'ad')
      .innerJoin('a.customer', 'c')
      .addSelect(['c.id', 'c.currency'])
      .where('a.customer_id = ANY(:ids)', { ids })
      .orderBy(`CASE a.status WHEN 'active' THEN 0 WHEN 'suspended' THEN 1 ELSE 2 END`)
      .addOrderBy('a.username')
      .getMany(),
  ),
  /** The latest N package changes per customer (scheduled first, then newest), with packages and username. */
  changes: latestPerCustomerLoader((ids, limit) =>
    db
      .getRepository(PackageChange)
      .createQueryBuilder('pc')
      .leftJoinAndSelect('pc.fromPackage', 'fp')
      .leftJoinAndSelect('pc.toPackage', 'tp')
      .leftJoinAndSelect('pc.dataAccount', 'a')
      .where(
        `pc.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id
                     ORDER BY (state = 'scheduled') DESC, effective_date DESC, submitted_at DESC, id DESC) AS rn
                     FROM package_change WHERE customer_id = ANY(:ids)) ranked WHERE rn <= :limit)`,
        { ids, limit },
      )
      .orderBy(`CASE pc.state WHEN 'scheduled' THEN 0 ELSE 1 END`)
      .addOrderBy('pc.effective_date', 'DESC')
      .addOrderBy('pc.submitted_at', 'DESC')
      .addOrderBy('pc.id', 'DESC')
      .getMany(),
  ),
});

declare module '../../kernel/context' {
  interface Loaders {
    'data-accounts': ReturnType<typeof dataAccountLoaders>;
  }
}
