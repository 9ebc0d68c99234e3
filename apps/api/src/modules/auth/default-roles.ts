import { ALL_PERMISSIONS, DEFAULT_ROLES, type DefaultRoleName } from '@sightline/access';
import type { DataSource } from 'typeorm';
import { Role } from './role.entity';

/**
 * Inserts the default roles that are missing. Existing roles keep an administrator's edits,
 * except `admin`, which always holds every permission (new widgets included).
 */
export async function ensureDefaultRoles(db: DataSource): Promise<void> {
  const repo = db.getRepository(Role);
  for (const [name, def] of Object.entries(DEFAULT_ROLES) as [DefaultRoleName, (typeof DEFAULT_ROLES)[DefaultRoleName]][]) {
    await repo
      .createQueryBuilder()
      .insert()
      .values({ name, description: def.description, permissions: [...def.permissions], builtin: true, resellerScoped: def.resellerScoped ?? false })
      .orIgnore()
      .execute();
  }
  await repo.update({ name: 'admin' }, { permissions: [...ALL_PERMISSIONS] });
}
