import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Reseller } from '../resellers/reseller.entity';
import type { StaffRef } from './customer.type';

/** Builds a loader whose batch is one `WHERE id = ANY($1)` query, answered in key order. */
export function byIdLoader<T extends { id: string }>(db: DataSource, sql: string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows: T[] = await db.query(sql, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export const customerLoaders = (db: DataSource) => ({
  resellerById: byIdLoader<Reseller>(db, 'SELECT id, name FROM reseller WHERE id = ANY($1)'),
  staffRefById: byIdLoader<StaffRef>(db, 'SELECT id, name FROM app_user WHERE id = ANY($1)'),
});
