import type { DataSource } from 'typeorm';
import { ensureDefaultRoles } from '../seed/roles';
import { runMigrations } from './data-source';

/** A database ready to serve: migrated, with the default roles (production included). */
export async function prepareDatabase(db: DataSource) {
  await runMigrations(db);
  await ensureDefaultRoles(db);
}
