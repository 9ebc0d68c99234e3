import { currentManager } from '../../kernel/transaction';
import { inAuthTransaction } from './session-cache';
import { IsNull, type EntityManager } from 'typeorm';
import { config } from '../../kernel/config';
import type { RequestContext } from '../../kernel/request-context';
import { badInput, notFound } from '../../kernel/errors';
import { audit } from '../../kernel/audit';
import { ActorKind } from '../../kernel/request-context';
import { PasswordLink, PasswordLinkPurpose } from './password-link.entity';
import { hashPassword } from './password';
import { endSessions } from './sessions';
import { StaffUser } from './staff-user.entity';
import { hashToken, newToken, PASSWORD_LINK_PREFIX } from './tokens';

/** What the admin gets once: the secret token and the web path that uses it. */
export interface IssuedLink {
  token: string;
  path: string;
  purpose: PasswordLinkPurpose;
  expiresAt: Date;
}

/** The web page that takes the token (apps/web/src/app/invite/[token]). */
export const passwordLinkPath = (token: string) => `/invite/${token}`;

/** A new one-time link for `userId`, inside the caller's transaction; earlier open links stop working. */
export async function issuePasswordLink(em: EntityManager, ctx: RequestContext, userId: string, purpose: PasswordLinkPurpose): Promise<IssuedLink> {
  await dropOpenLinks(em, userId);
  const token = newToken(PASSWORD_LINK_PREFIX);
  const expiresAt = new Date(Date.now() + config.passwordLinkTtlHours * 3600_000);
  await em.getRepository(PasswordLink).insert({ tokenHash: hashToken(token), userId, purpose, createdById: ctx.actor?.id ?? null, expiresAt });
  return { token, path: passwordLinkPath(token), purpose, expiresAt };
}

/** Deletes the user's unused links (a newer link, a password set by an admin, deactivation). */
export async function dropOpenLinks(em: EntityManager, userId: string): Promise<void> {
  await em.getRepository(PasswordLink).delete({ userId, usedAt: IsNull() });
}

/** The link and its user if the token may still set a password; NOT_FOUND or BAD_USER_INPUT (field token) otherwise. */
async function usableLink(em: EntityManager, token: string, lock = false) {
  const qb = em
    .getRepository(PasswordLink)
    .createQueryBuilder('l')
    .innerJoinAndSelect('l.user', 'u')
    .where('l.token_hash = :hash', { hash: hashToken(token) });
  if (lock) qb.setLock('pessimistic_write', undefined, ['l']);
  const link = await qb.getOne();
  if (!link?.user) throw notFound('Link');
  if (link.usedAt) throw badInput('token', 'This link has already been used. Ask an administrator for a new one.');
  if (link.expiresAt.getTime() <= Date.now()) throw badInput('token', 'This link has expired. Ask an administrator for a new one.');
  if (!link.user.active) throw badInput('token', 'This account is deactivated.');
  return { link, user: link.user };
}

/** Who a link is for, so the page can greet them before they choose a password. */
export async function describePasswordLink(ctx: RequestContext, token: string) {
  const { link, user } = await usableLink(currentManager(ctx.db), token);
  return { purpose: link.purpose, name: user.name, email: user.email, expiresAt: link.expiresAt };
}

/**
 * The invited (or reset) user chooses a password: the link is used up, the user's other
 * sessions end, and the audit trail names the user as the one who did it.
 */
export async function setPasswordWithLink(ctx: RequestContext, token: string, password: string): Promise<boolean> {
  // Check before hashing: a wrong token must not cost an argon2 hash.
  await usableLink(currentManager(ctx.db), token);
  const passwordHash = await hashPassword(password);
  return inAuthTransaction(ctx.db, async (em) => {
    const { link, user } = await usableLink(em, token, true);
    await em.getRepository(PasswordLink).update({ id: link.id }, { usedAt: new Date() });
    await em.getRepository(StaffUser).update({ id: user.id }, { passwordHash });
    const ended = await endSessions(em, user.id);
    // Nobody is signed in here: the user proved who they are with the link.
    const actor = { kind: ActorKind.STAFF, id: user.id, name: user.name, email: user.email, roleName: '', permissions: new Set<string>(), resellerId: user.resellerId };
    await audit(em, { actor, client: ctx.client }, {
      customerId: null,
      action: link.purpose === PasswordLinkPurpose.INVITE ? 'user.invite_accept' : 'user.password_set',
      target: `app_user:${user.id}`,
      record: { link: link.purpose, sessionsEnded: ended },
    });
    return true;
  });
}
