import { effectivePermissions } from '@sightline/access';
import type { DataSource } from 'typeorm';
import type { AuthProblem } from '../../kernel/context';
import { ActorKind, type Actor } from '../../kernel/request-context';
import { sessionCacheOf } from './session-cache';
import { API_TOKEN_PREFIX, hashToken } from './tokens';

export type { Actor, AuthProblem };

interface ActorRow {
  id: string;
  name: string;
  email: string | null;
  reseller_id: string | null;
  role_id: string;
  role_name: string;
  permissions: string[];
  expires_at: Date | null;
  revoked_at: Date | null;
  active: boolean;
  session_id?: string;
  last_used_at?: Date | null;
}

type Resolved = { actor: Actor | null; problem: AuthProblem };

/** How stale an API token's `last_used_at` may get before a request refreshes it. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Looks a bearer/cookie token up: from the session cache (no SQL) when it holds the caller,
 * else in one SQL statement; expired or revoked → no actor.
 */
export async function resolveActor(db: DataSource, token: string | undefined): Promise<Resolved> {
  if (!token) return { actor: null, problem: undefined };
  const hash = hashToken(token);
  const cache = sessionCacheOf(db);
  const hit = cache?.get(hash);
  if (hit) {
    if (hit.expiresAt !== null && hit.expiresAt <= Date.now()) {
      cache!.delete(hash);
      return { actor: null, problem: 'expired' };
    }
    if (hit.lastUsedAt !== undefined) hit.lastUsedAt = await touchApiToken(db, hit.actor.id, hit.lastUsedAt);
    return { actor: hit.actor, problem: undefined };
  }
  const ticket = cache?.ticket() ?? 0;
  const isApiToken = token.startsWith(API_TOKEN_PREFIX);
  const [row]: ActorRow[] = isApiToken
    ? await db.query(
        `SELECT t.id, t.name, NULL AS email, t.reseller_id, r.id AS role_id, r.name AS role_name, r.permissions,
                t.expires_at, t.revoked_at, true AS active, t.last_used_at
           FROM api_token t JOIN role r ON r.id = t.role_id WHERE t.token_hash = $1`,
        [hash],
      )
    : await db.query(
        `SELECT u.id, u.name, u.email, u.reseller_id, r.id AS role_id, r.name AS role_name, r.permissions,
                s.expires_at, s.revoked_at, u.active, s.id AS session_id
           FROM session s JOIN app_user u ON u.id = s.user_id JOIN role r ON r.id = u.role_id
          WHERE s.token_hash = $1`,
        [hash],
      );
  if (!row || row.revoked_at || !row.active) return { actor: null, problem: 'invalid' };
  if (row.expires_at && row.expires_at.getTime() <= Date.now()) return { actor: null, problem: 'expired' };
  const lastUsedAt = isApiToken ? await touchApiToken(db, row.id, row.last_used_at?.getTime() ?? null) : undefined;
  const actor = actorOf({
    kind: isApiToken ? ActorKind.API_TOKEN : ActorKind.STAFF,
    id: row.id,
    name: row.name,
    email: row.email,
    roleName: row.role_name,
    rolePermissions: row.permissions,
    resellerId: row.reseller_id,
    sessionId: row.session_id,
    tokenName: isApiToken ? row.name : undefined,
  });
  const rows = isApiToken ? [`api_token ${row.id}`, `role ${row.role_id}`] : [`session ${row.session_id}`, `app_user ${row.id}`, `role ${row.role_id}`];
  cache?.put(hash, { actor, expiresAt: row.expires_at?.getTime() ?? null, rows, lastUsedAt }, ticket);
  return { problem: undefined, actor };
}

/**
 * Refreshes an API token's `last_used_at` when it is a minute old: at most one write a minute
 * per token, not one per request; the guard keeps replicas from piling on. Returns it as now known.
 */
async function touchApiToken(db: DataSource, id: string, lastUsedAt: number | null): Promise<number | null> {
  if (lastUsedAt !== null && Date.now() - lastUsedAt < LAST_USED_RESOLUTION_MS) return lastUsedAt;
  await db.query(
    `UPDATE api_token SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= now() - interval '1 minute')`,
    [id],
  );
  return Date.now();
}

/**
 * The caller a user or token makes, with the permissions that take effect for it: a
 * reseller-scoped caller never gets internal widgets, whatever its role grants (ACCESS.md rule 7).
 */
export function actorOf({ rolePermissions, ...actor }: Omit<Actor, 'permissions'> & { rolePermissions: readonly string[] }): Actor {
  return { ...actor, permissions: new Set(effectivePermissions(rolePermissions, actor.resellerId !== null)) };
}
