import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/** The transaction of the current unit of work, per DataSource (tests run several). */
const current = new AsyncLocalStorage<{ db: DataSource; em: EntityManager }>();

/**
 * Runs `work` inside the current unit of work's transaction, or opens one. So a lifecycle
 * action can call several services and they all commit or roll back together; a service
 * never has to know whether it is called alone or as part of something larger.
 */
export function inTransaction<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const open = current.getStore();
  if (open && open.db === db) return work(open.em);
  return db.transaction((em) => current.run({ db, em }, () => work(em)));
}

/** The manager to read with: the current transaction's, so reads see its writes; else the pool's. */
export function currentManager(db: DataSource): EntityManager {
  const open = current.getStore();
  return open && open.db === db ? open.em : db.manager;
}

/** True inside a unit of work opened by `inTransaction` on `db`. */
export const inUnitOfWork = (db: DataSource) => current.getStore()?.db === db;
