import type { DataSource } from 'typeorm';
import { plainSql } from '../../kernel/db/plain-rows';
import { latestPerCustomerLoader } from '../../kernel/loaders';
import { AuditEntry } from './audit-entry.entity';

const entries = (db: DataSource) => db.getRepository(AuditEntry).createQueryBuilder('a');

/** Audit entries of one customer, newest first, older than `beforeId` when given. */
export const auditPage = (db: DataSource, customerId: string, limit: number, beforeId: string) =>
  entries(db)
    .where('a.customer_id = :customerId AND a.id < :beforeId', { customerId, beforeId })
    .orderBy('a.id', 'DESC')
    .limit(limit)
    .getMany();

const latest = plainSql(
  AuditEntry,
  'a',
  // Top N per customer as a lateral LIMIT: a backward walk of (customer_id, id) that reads only
  // the N rows, where ranking every entry of the customer read them all (and the N twice).
  (columns) => `SELECT ${columns} FROM unnest($1::uuid[]) c(id)
                 CROSS JOIN LATERAL (SELECT * FROM audit_entry x WHERE x.customer_id = c.id ORDER BY x.id DESC LIMIT $2) a
                 ORDER BY a.id DESC`,
);

export const auditLoaders = (db: DataSource) => ({
  /** The first page of every customer's audit trail in one query (limit includes the look-ahead row). */
  latest: latestPerCustomerLoader((ids, limit) => latest(db, [ids, limit]) as Promise<(AuditEntry & { customerId: string })[]>),
});

declare module '../../kernel/context' {
  interface Loaders {
    audit: ReturnType<typeof auditLoaders>;
  }
}
