import type { DataSource } from 'typeorm';
import { plainSql, plainSqlRows } from '../../kernel/db/plain-rows';
import { latestPerCustomerLoader, perCustomerLoader } from '../../kernel/loaders';
import { CustomerAddress } from '../addresses';
import { DataPackage } from '../catalogue';
import { CustomerEntity } from '../customers';
import { DataAccount } from './data-account.entity';
import { PackageChange } from './package-change.entity';

// Plain SQL with the to-one relations as JSON: the same entities TypeORM's joined query
// builder hydrated (package, address, the customer's id and currency), a fraction of the CPU.
const accounts = plainSqlRows(
  DataAccount,
  'a',
  (columns) => `SELECT ${columns}, row_to_json(p) AS package, row_to_json(ad) AS address, c.currency AS currency
                  FROM data_account a
                  JOIN customer c ON c.id = a.customer_id
                  LEFT JOIN data_package p ON p.id = a.package_id
                  LEFT JOIN customer_address ad ON ad.id = a.address_id
                 WHERE a.customer_id = ANY($1)
                 ORDER BY CASE a.status WHEN 'active' THEN 0 WHEN 'suspended' THEN 1 ELSE 2 END, a.username`,
  { package: DataPackage, address: CustomerAddress },
);
const changes = plainSql(
  PackageChange,
  'pc',
  (columns) => `SELECT ${columns}, row_to_json(fp) AS "fromPackage", row_to_json(tp) AS "toPackage", row_to_json(a) AS "dataAccount"
                  FROM package_change pc
                  LEFT JOIN data_package fp ON fp.id = pc.from_package_id
                  LEFT JOIN data_package tp ON tp.id = pc.to_package_id
                  LEFT JOIN data_account a ON a.id = pc.data_account_id
                 WHERE pc.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id
                                   ORDER BY (state = 'scheduled') DESC, effective_date DESC, submitted_at DESC, id DESC) AS rn
                                   FROM package_change WHERE customer_id = ANY($1)) ranked WHERE rn <= $2)
                 ORDER BY CASE pc.state WHEN 'scheduled' THEN 0 ELSE 1 END, pc.effective_date DESC, pc.submitted_at DESC, pc.id DESC`,
  { fromPackage: DataPackage, toPackage: DataPackage, dataAccount: DataAccount },
);

export const dataAccountLoaders = (db: DataSource) => ({
  /** Every account per customer with its package and address, in one query: active first, then by username. */
  byCustomer: perCustomerLoader(async (ids) => {
    const customer = db.getMetadata(CustomerEntity);
    return (await accounts(db, [ids])).map(([a, r]) => {
      a.customer = Object.assign(Object.create((customer.target as Function).prototype), { id: a.customerId, currency: r.currency });
      return a;
    });
  }),
  /** The latest N package changes per customer (scheduled first, then newest), with packages and username. */
  changes: latestPerCustomerLoader((ids, limit) => changes(db, [ids, limit])),
});

declare module '../../kernel/context' {
  interface Loaders {
    'data-accounts': ReturnType<typeof dataAccountLoaders>;
  }
}
