import type { Request, Response } from 'express';
import { parseCookie } from 'cookie';
import type { DataSource } from 'typeorm';
import { config } from '../kernel/config';
import { signIn, type Context, type Services } from '../kernel/context';
import { resolveActor } from '../modules/auth';
import { createLoaders } from './compose';

function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

/** The context of one GraphQL request, built once after auth (STYLE.md §3). */
export async function buildContext(db: DataSource, services: Services, req: Request, res: Response): Promise<Context> {
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
