// ACCESS.md rule 6: nobody creates or changes a user, token or role to have more permissions or
// a wider scope than they have themselves. The system (jobs, start hooks) holds every
// permission and no scope, so it passes.
import { effectivePermissions } from '@sightline/access';
import { badInput, forbidden, notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import type { Role } from './role.entity';

type Caller = Pick<RequestContext, 'permissions' | 'scope'>;
type Holder = { resellerId: string | null };

/** What a role's permissions come to for a holder with (or without) a reseller. */
export const holderPermissions = (role: Pick<Role, 'permissions'>, holder: Holder) =>
  effectivePermissions(role.permissions, holder.resellerId !== null);

const listed = (permissions: string[]) =>
  permissions.length > 6 ? `${permissions.slice(0, 6).join(', ')} and ${permissions.length - 6} more` : permissions.join(', ');

/** FORBIDDEN unless the caller holds every one of `permissions`; `doing` says what was refused. */
export function assertCallerHolds(ctx: Caller, permissions: Iterable<string>, doing: string, because = 'it would give') {
  const missing = [...permissions].filter((p) => !ctx.permissions.has(p)).sort();
  if (missing.length) throw forbidden(`You cannot ${doing}: ${because} permissions you do not have yourself (${listed(missing)})`);
}

/** A user or token with a reseller-scoped role must belong to a reseller (the database insists too). */
export function assertRoleFitsHolder(role: Pick<Role, 'name' | 'resellerScoped'>, holder: Holder, field: string, remedy: string) {
  if (role.resellerScoped && !holder.resellerId) throw badInput(field, `The ${role.name} role is reseller-scoped: ${remedy}`);
}

/**
 * A new or changed user or token with `role`: within the caller's reseller (a caller limited to
 * one cannot create anything that sees more), and with no permission the caller lacks.
 */
export function assertMayGrant(ctx: Caller, role: Pick<Role, 'permissions'>, holder: Holder, what: 'user' | 'API token') {
  if (ctx.scope.resellerId && holder.resellerId !== ctx.scope.resellerId) {
    throw forbidden(`You act for one reseller only: a ${what} you create or change must belong to that reseller`);
  }
  assertCallerHolds(ctx, holderPermissions(role, holder), `give this ${what} that role`);
}

/**
 * An existing user the caller changes (role, password, activation): out of the caller's reseller
 * reads as NOT_FOUND, like customers; a user with permissions the caller lacks is FORBIDDEN
 * (resetting their password would hand the caller those permissions).
 */
export function assertMayManage(ctx: Caller, user: Holder, role: Pick<Role, 'permissions'>) {
  if (ctx.scope.resellerId && user.resellerId !== ctx.scope.resellerId) throw notFound('User');
  assertCallerHolds(ctx, holderPermissions(role, user), 'change this user', 'they have');
}

/** Roles are shared by every reseller: a caller limited to one cannot change them. */
export function assertMayChangeRoles(ctx: Caller) {
  if (ctx.scope.resellerId) throw forbidden('Roles are shared by every reseller: only someone not limited to one reseller can change them');
}

/** A `where` keeping users and tokens to the caller's reseller (every one when unscoped). */
export const inCallerScope = (ctx: Caller): { resellerId?: string } => (ctx.scope.resellerId ? { resellerId: ctx.scope.resellerId } : {});
