import type { DataSource } from 'typeorm';
import { hashPassword } from './password';
import { StaffUser } from './staff-user.entity';

/**
 * The first administrator of a real installation (no demo users there): created from
 * SIGHTLINE_ADMIN_EMAIL and SIGHTLINE_ADMIN_PASSWORD when no user has that email yet.
 * Returns true when it created the user.
 */
export async function bootstrapAdmin(db: DataSource, env = process.env): Promise<boolean> {
  const email = env.SIGHTLINE_ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.SIGHTLINE_ADMIN_PASSWORD;
  if (!email || !password) return false;
  if (password.length < 12) throw new Error('SIGHTLINE_ADMIN_PASSWORD must be at least 12 characters');
  const [role] = await db.query(`SELECT id FROM role WHERE name = 'admin'`);
  const result = await db
    .createQueryBuilder()
    .insert()
    .into(StaffUser)
    .values({ email, name: env.SIGHTLINE_ADMIN_NAME ?? 'Administrator', passwordHash: await hashPassword(password), roleId: role.id })
    .orIgnore()
    .execute();
  return (result.identifiers.filter(Boolean).length ?? 0) > 0;
}
