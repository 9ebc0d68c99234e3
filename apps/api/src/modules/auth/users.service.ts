import { currentManager, inTransaction } from '../../kernel/transaction';
import { inAuthTransaction } from './session-cache';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../kernel/request-context';
import { badInput, conflict, mapUniqueViolation, notFound } from '../../kernel/errors';
import { audit } from '../../kernel/audit';
import { isUuid } from '../../kernel/validators';
import { assertReseller } from '../resellers';
import { PasswordLinkPurpose } from './password-link.entity';
import { dropOpenLinks, issuePasswordLink, type IssuedLink } from './password-links';
import { hashPassword } from './password';
import { assertMayGrant, assertMayManage, assertRoleFitsHolder } from './no-escalation';
import { roleByName } from './roles.service';
import { endSessions } from './sessions';
import { StaffUser } from './staff-user.entity';
import type { CreateStaffUserInput, ResetPasswordInput } from './users.types';
import { Role } from './role.entity';

const target = (user: StaffUser) => `app_user:${user.id}`;

/**
 * The user `id`, row-locked for a change, with their role; NOT_FOUND when there is none or they
 * are out of the caller's reseller, FORBIDDEN when they hold permissions the caller lacks.
 */
async function managedUser(ctx: RequestContext, em: EntityManager, id: string): Promise<{ user: StaffUser; role: Role }> {
  const user = isUuid(id) ? await em.getRepository(StaffUser).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!user) throw notFound('User');
  const role = await em.getRepository(Role).findOneByOrFail({ id: user.roleId });
  assertMayManage(ctx, user, role);
  return { user, role };
}

/**
 * An admin adds a user: with an initial password, or (without one) with a one-time invite
 * link the user opens to choose it. The link's secret is in the answer and never again.
 */
export async function createStaffUser(ctx: RequestContext, input: CreateStaffUserInput): Promise<{ user: StaffUser; link: IssuedLink | null }> {
  if (!input.name.trim()) throw badInput('name', 'must not be empty');
  const role = await roleByName(currentManager(ctx.db), input.role);
  const holder = { resellerId: input.resellerId ?? null };
  assertRoleFitsHolder(role, holder, 'resellerId', 'choose the reseller whose customers the user sees');
  assertMayGrant(ctx, role, holder, 'user');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return inTransaction(ctx.db, async (em) => {
    if (input.resellerId) await assertReseller(em, input.resellerId);
    const user = await em
      .getRepository(StaffUser)
      .save({ email: input.email.trim().toLowerCase(), name: input.name.trim(), passwordHash, roleId: role.id, resellerId: input.resellerId ?? null })
      .catch((e) => mapUniqueViolation(e, { app_user_email_key: 'email' }));
    const link = passwordHash ? null : await issuePasswordLink(em, ctx, user.id, PasswordLinkPurpose.INVITE);
    await audit(em, ctx, {
      customerId: null,
      action: 'user.create',
      target: target(user),
      record: { email: user.email, name: user.name, role: role.name, resellerId: user.resellerId, password: link ? 'invite link' : 'set by admin' },
    });
    return { user, link };
  });
}

/** Changes a user's role; their sessions keep working, with the new role's permissions from the next request. */
export async function assignRole(ctx: RequestContext, userId: string, roleName: string): Promise<StaffUser> {
  const role = await roleByName(currentManager(ctx.db), roleName);
  return inAuthTransaction(ctx.db, async (em) => {
    const { user, role: oldRole } = await managedUser(ctx, em, userId);
    if (user.roleId === role.id) return user;
    assertRoleFitsHolder(role, user, 'role', 'this user belongs to no reseller, so they cannot have it');
    assertMayGrant(ctx, role, user, 'user');
    user.roleId = role.id;
    await em.save(user);
    await audit(em, ctx, { customerId: null, action: 'user.role', target: target(user), changes: [{ field: 'role', oldValue: oldRole.name, newValue: role.name }] });
    return user;
  });
}

/** Deactivates a user: they cannot sign in, and their open sessions end in the same transaction. */
export async function deactivateUser(ctx: RequestContext, userId: string): Promise<StaffUser> {
  return inAuthTransaction(ctx.db, async (em) => {
    const { user } = await managedUser(ctx, em, userId);
    if (user.id === ctx.actor?.id) throw conflict('You cannot deactivate your own account');
    if (!user.active) return user;
    user.active = false;
    await em.save(user);
    const ended = await endSessions(em, user.id);
    await dropOpenLinks(em, user.id);
    await audit(em, ctx, {
      customerId: null,
      action: 'user.deactivate',
      target: target(user),
      changes: [{ field: 'active', oldValue: true, newValue: false }, { field: 'openSessions', oldValue: ended, newValue: 0 }],
    });
    return user;
  });
}

export async function reactivateUser(ctx: RequestContext, userId: string): Promise<StaffUser> {
  return inTransaction(ctx.db, async (em) => {
    const { user } = await managedUser(ctx, em, userId);
    if (user.active) return user;
    user.active = true;
    await em.save(user);
    await audit(em, ctx, { customerId: null, action: 'user.reactivate', target: target(user), changes: [{ field: 'active', oldValue: false, newValue: true }] });
    return user;
  });
}

/**
 * Resets a user's password: to the one the admin gives, or (without one) clears it and issues a
 * one-time link for the user to choose a new one. Either way their open sessions end now.
 */
export async function resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<{ user: StaffUser; link: IssuedLink | null }> {
  if (!isUuid(input.userId)) throw notFound('User');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return inAuthTransaction(ctx.db, async (em) => {
    const { user } = await managedUser(ctx, em, input.userId);
    if (!user.active) throw badInput('userId', 'the user is deactivated; reactivate them first');
    user.passwordHash = passwordHash;
    await em.save(user);
    await dropOpenLinks(em, user.id);
    const link = passwordHash ? null : await issuePasswordLink(em, ctx, user.id, PasswordLinkPurpose.RESET);
    const ended = await endSessions(em, user.id);
    await audit(em, ctx, {
      customerId: null,
      action: 'user.password_reset',
      target: target(user),
      record: { password: link ? 'reset link' : 'set by admin', sessionsEnded: ended },
    });
    return { user, link };
  });
}
