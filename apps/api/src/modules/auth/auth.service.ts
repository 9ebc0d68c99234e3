import { effectivePermissions, isPermission } from '@sightline/access';
import type { DataSource } from 'typeorm';
import { config } from '../../config';
import type { Context } from '../../graphql/context';
import { signIn } from '../../graphql/context';
import { badInput, conflict, mapUniqueViolation, notFound, unauthenticated } from '../../graphql/errors';
import { audit } from '../audit/audit.service';
import { ActorKind } from '../audit/audit-entry.entity';
import type { Actor } from './actor';
import { ApiToken } from './api-token.entity';
import type { CreateApiTokenInput, CreateRoleInput, CreateStaffUserInput, LoginResult, Me } from './auth.types';
import { hashPassword, verifyPassword } from './password';
import { Role } from './role.entity';
import { Session } from './session.entity';
import { StaffUser } from './staff-user.entity';
import { API_TOKEN_PREFIX, hashToken, newToken, SESSION_PREFIX } from './tokens';

export const meOf = (a: Actor): Me => ({
  id: a.id,
  kind: a.kind,
  email: a.email,
  name: a.name,
  role: a.roleName,
  permissions: [...a.permissions].sort(),
  resellerId: a.resellerId,
});

/** Email + password → a session (token for Bearer use, and the httpOnly cookie for the web). */
export async function login(ctx: Context, emailInput: string, password: string): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase();
  await ctx.loginLimiter.consume(email, ctx.ip);
  const user = await ctx.db
    .getRepository(StaffUser)
    .createQueryBuilder('u')
    .innerJoinAndSelect('u.role', 'r')
    .where('u.email = :email AND u.active', { email })
    .getOne();
  if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user?.role) {
    throw unauthenticated('Wrong email or password');
  }
  await ctx.loginLimiter.succeeded(email, ctx.ip);
  const token = newToken(SESSION_PREFIX);
  const expiresAt = new Date(Date.now() + config.sessionTtlHours * 3600_000);
  const session = await ctx.db.getRepository(Session).save({ tokenHash: hashToken(token), userId: user.id, expiresAt });
  const actor: Actor = {
    kind: ActorKind.STAFF,
    id: user.id,
    name: user.name,
    email: user.email,
    roleName: user.role.name,
    permissions: new Set(effectivePermissions(user.role.permissions, user.resellerId !== null)),
    resellerId: user.resellerId,
    sessionId: session.id,
  };
  signIn(ctx, actor, 'web');
  ctx.res.cookie(config.cookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
    expires: expiresAt,
  });
  return { token, expiresAt, me: meOf(actor) };
}

export async function logout(ctx: Context): Promise<boolean> {
  if (ctx.actor?.sessionId) {
    await ctx.db.getRepository(Session).update({ id: ctx.actor.sessionId }, { revokedAt: new Date() });
  }
  ctx.res.clearCookie(config.cookieName, { path: '/' });
  return true;
}

async function roleByName(db: DataSource, name: string, field = 'role'): Promise<Role> {
  const role = await db.getRepository(Role).findOneBy({ name });
  if (!role) throw badInput(field, `no role named ${name}`);
  return role;
}

/** An admin creates a token for a reseller or reporting tool; the secret is returned once. */
export async function createApiToken(ctx: Context, input: CreateApiTokenInput) {
  const role = await roleByName(ctx.db, input.role);
  if (role.name === 'reseller' && !input.resellerId) throw badInput('resellerId', 'a reseller token needs a reseller');
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw badInput('expiresAt', 'must be in the future');
  const token = newToken(API_TOKEN_PREFIX);
  return ctx.db.transaction(async (em) => {
    if (input.resellerId) {
      const [r] = await em.query('SELECT 1 FROM reseller WHERE id = $1', [input.resellerId]);
      if (!r) throw badInput('resellerId', 'is not a reseller');
    }
    const saved = await em.getRepository(ApiToken).save({
      name: input.name,
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      tokenHash: hashToken(token),
      roleId: role.id,
      resellerId: input.resellerId ?? null,
      createdById: ctx.actor?.id ?? null,
      expiresAt: input.expiresAt ?? null,
    });
    await audit(em, ctx, { customerId: null, action: 'api_token.create', target: `api_token:${saved.id}`, record: { name: saved.name, role: role.name, resellerId: saved.resellerId } });
    return { token, apiToken: saved };
  });
}

export async function revokeApiToken(ctx: Context, id: string): Promise<ApiToken> {
  return ctx.db.transaction(async (em) => {
    const token = await em.getRepository(ApiToken).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!token) throw notFound('API token');
    if (token.revokedAt) return token;
    token.revokedAt = new Date();
    await em.save(token);
    await audit(em, ctx, { customerId: null, action: 'api_token.revoke', target: `api_token:${id}`, record: { name: token.name } });
    return token;
  });
}

function checkPermissions(perms: string[], field = 'permissions') {
  const unknown = perms.filter((p) => !isPermission(p));
  if (unknown.length) throw badInput(field, `unknown permission(s): ${unknown.join(', ')}`);
}

export async function createRole(ctx: Context, input: CreateRoleInput): Promise<Role> {
  const permissions = [...new Set(input.permissions ?? [])];
  checkPermissions(permissions);
  return ctx.db.transaction(async (em) => {
    const role = await em
      .getRepository(Role)
      .save({ name: input.name, description: input.description ?? '', permissions })
      .catch((e) => mapUniqueViolation(e, { UQ_ae4578dcaed5adff96595e61660: 'name' }));
    await audit(em, ctx, { customerId: null, action: 'role.create', target: `role:${role.id}`, record: { name: role.name, permissions } });
    return role;
  });
}

/** Grants (`grant` true) or revokes a permission on a role, atomically. */
export async function changeRolePermission(ctx: Context, roleName: string, permission: string, grant: boolean): Promise<Role> {
  checkPermissions([permission], 'permission');
  return ctx.db.transaction(async (em) => {
    const role = await em.getRepository(Role).findOne({ where: { name: roleName }, lock: { mode: 'pessimistic_write' } });
    if (!role) throw notFound('Role');
    const has = role.permissions.includes(permission);
    if (has === grant) return role;
    const before = [...role.permissions];
    role.permissions = grant ? [...before, permission].sort() : before.filter((p) => p !== permission);
    if (!grant && role.name === 'admin' && permission === 'admin:roles') throw conflict('The admin role must keep admin:roles');
    await em.save(role);
    await audit(em, ctx, {
      customerId: null,
      action: grant ? 'role.grant' : 'role.revoke',
      target: `role:${role.id}`,
      changes: [{ field: 'permissions', oldValue: before, newValue: role.permissions }],
    });
    return role;
  });
}

export async function assignRole(ctx: Context, userId: string, roleName: string): Promise<StaffUser> {
  const role = await roleByName(ctx.db, roleName);
  return ctx.db.transaction(async (em) => {
    const user = await em.getRepository(StaffUser).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw notFound('User');
    if (user.roleId === role.id) return user;
    const oldRole = await em.getRepository(Role).findOneByOrFail({ id: user.roleId });
    user.roleId = role.id;
    await em.save(user);
    // Sessions keep working: permissions are read from the role on every request.
    await audit(em, ctx, { customerId: null, action: 'user.role', target: `app_user:${user.id}`, changes: [{ field: 'role', oldValue: oldRole.name, newValue: role.name }] });
    return user;
  });
}

export async function createStaffUser(ctx: Context, input: CreateStaffUserInput): Promise<StaffUser> {
  const role = await roleByName(ctx.db, input.role);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (em) => {
    const user = await em
      .getRepository(StaffUser)
      .save({ email: input.email.trim().toLowerCase(), name: input.name, passwordHash, roleId: role.id, resellerId: input.resellerId ?? null })
      .catch((e) => mapUniqueViolation(e, { app_user_email_key: 'email' }));
    await audit(em, ctx, { customerId: null, action: 'user.create', target: `app_user:${user.id}`, record: { email: user.email, role: role.name } });
    return user;
  });
}
