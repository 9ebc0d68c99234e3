import type { Request, Response } from 'express';
import { parseCookie } from 'cookie';
import type { DataSource } from 'typeorm';
import { config } from '../config';
import { resolveActor, type Actor, type AuthProblem } from '../modules/auth/actor';
import type { LoginLimiter } from '../modules/auth/rate-limit';
import type { JobRunner } from '../modules/jobs/job-runner';
import { createLoaders, type Loaders } from './loaders';

/** Per-request context, built once after auth (STYLE.md §3). */
export interface Context {
  db: DataSource;
  actor: Actor | null;
  authProblem: AuthProblem;
  permissions: ReadonlySet<string>;
  /** `resellerId` null = every customer; else only that reseller's. Never from input. */
  scope: { resellerId: string | null };
  /** Which client made the request, for the audit trail. */
  client: string;
  ip: string;
  loaders: Loaders;
  loginLimiter: LoginLimiter;
  /** Queues background jobs and reads their state. */
  jobs: JobRunner;
  req: Request;
  res: Response;
}

function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

export async function buildContext(db: DataSource, services: { loginLimiter: LoginLimiter; jobs: JobRunner }, req: Request, res: Response): Promise<Context> {
  const headerToken = bearer(req);
  const cookieToken = req.headers.cookie ? parseCookie(req.headers.cookie)[config.cookieName] : undefined;
  const { actor, problem } = await resolveActor(db, headerToken ?? cookieToken);
  const ctx: Context = {
    db,
    actor: null,
    authProblem: problem,
    permissions: new Set(),
    scope: { resellerId: null },
    client: 'api',
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    loaders: createLoaders(db),
    ...services,
    req,
    res,
  };
  if (actor) signIn(ctx, actor, headerToken ? 'api' : 'web');
  return ctx;
}

/** Makes `actor` the caller of this request (after login, or from its token). */
export function signIn(ctx: Context, actor: Actor, via: 'web' | 'api') {
  ctx.actor = actor;
  ctx.permissions = actor.permissions;
  ctx.scope = { resellerId: actor.resellerId };
  ctx.client = actor.tokenName ? `api-token:${actor.tokenName}` : via;
}
