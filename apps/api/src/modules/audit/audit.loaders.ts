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
  (columns) => `SELECT ${columns} FROM audit_entry a
                 WHERE a.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY id DESC) AS rn
                                                  FROM audit_entry WHERE customer_id = ANY($1)) ranked WHERE rn <= $2)
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
