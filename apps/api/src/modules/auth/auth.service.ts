// Sign-in and sign-out belong to the transport (cookie, client address): they take the GraphQL Context.
import { config } from '../../kernel/config';
import { cookieMustBeSecure } from '../../kernel/cookie-security';
import type { Context } from '../../kernel/context';
import { signIn } from '../../kernel/context';
import { unauthenticated } from '../../kernel/errors';
import { ActorKind } from '../../kernel/request-context';
import { actorOf, type Actor } from './actor';
import type { LoginResult, Me } from './auth.types';
import { verifyPassword } from './password';
import { heardAuthChanges } from './session-cache';
import { Session } from './session.entity';
import { StaffUser } from './staff-user.entity';
import { hashToken, newToken, SESSION_PREFIX } from './tokens';

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
  await ctx.db.getRepository(StaffUser).update({ id: user.id }, { lastSignInAt: new Date() });
  const actor = actorOf({
    kind: ActorKind.STAFF,
    id: user.id,
    name: user.name,
    email: user.email,
    roleName: user.role.name,
    rolePermissions: user.role.permissions,
    resellerId: user.resellerId,
    sessionId: session.id,
  });
  signIn(ctx, actor, 'web');
  ctx.res.cookie(config.cookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieMustBeSecure(ctx.req),
    path: '/',
    expires: expiresAt,
  });
  return { token, expiresAt, me: meOf(actor) };
}

/**
 * Ends the caller's session and clears the cookie: true. Called with an API token there is no
 * session, so nothing happens and the answer is false: a token ends only by `revokeApiToken`,
 * so a partner's script calling logout cannot cut off the other scripts sharing its token.
 */
export async function logout(ctx: Context): Promise<boolean> {
  if (!ctx.actor?.sessionId) return false;
  await ctx.db.getRepository(Session).update({ id: ctx.actor.sessionId }, { revokedAt: new Date() });
  await heardAuthChanges(ctx.db);
  ctx.res.clearCookie(config.cookieName, { path: '/' });
  return true;
}
