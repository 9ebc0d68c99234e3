import type { Context } from '../../kernel/context';
import type { Reseller } from '../resellers';
import { Role } from './role.entity';
import type { StaffUser } from './staff-user.entity';
import type { StaffUserInfo } from './users.types';

/** A token or user as the API shows it: with its role's name and its reseller. */
export async function withNames<T extends { roleId: string; resellerId: string | null }>(ctx: Context, row: T) {
  const role = await ctx.db.getRepository(Role).findOneByOrFail({ id: row.roleId });
  const reseller = row.resellerId ? await ctx.loaders.resellers.byId.load(row.resellerId) : null;
  return { ...row, role: role.name, reseller };
}

/** A user for the admin screens; the password hash never leaves this function, only whether there is one. */
type UserRow = Omit<StaffUser, 'role' | 'reseller'> & { role?: string | Role; reseller?: Reseller | null };

export const toUserInfo = (u: UserRow): StaffUserInfo => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: typeof u.role === 'string' ? u.role : u.role!.name,
  reseller: u.reseller ?? null,
  active: u.active,
  passwordSet: u.passwordHash !== null,
  createdAt: u.createdAt,
  lastSignInAt: u.lastSignInAt,
});

export const userInfo = async (ctx: Context, user: StaffUser) => toUserInfo(await withNames(ctx, user));
