import type { Request, Response } from 'express';
import { parseCookie } from 'cookie';
import type { DataSource } from 'typeorm';
import { config } from '../kernel/config';
import { signIn, type Context, type Services } from '../kernel/context';
import { isDatabaseUnavailable } from '../kernel/db/availability';
import { reportDatabaseUnavailable, serviceUnavailable } from '../kernel/errors';
import { resolveActor } from '../modules/auth';
import { createLoaders } from './compose';
import { readsFor } from '../kernel/db/batched-reads';
import { traceOf } from './http/request-log';

function bearer(req: Request): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

/** The context of one GraphQL request, built once after auth (STYLE.md §3). */
export async function buildContext(db: DataSource, services: Services, req: Request, res: Response): Promise<Context> {
  const headerToken = bearer(req);
  const cookieToken = req.headers.cookie ? parseCookie(req.headers.cookie)[config.cookieName] : undefined;
  const { actor, problem } = await resolveActor(db, headerToken ?? cookieToken).catch((err) => {
    // The first query of every request: a database outage is a 503 here, not a 500.
    if (!isDatabaseUnavailable(err)) throw err;
    reportDatabaseUnavailable(err, 'request', traceOf(res)?.logger);
    throw serviceUnavailable();
  });
  const ctx: Context = {
    db,
    actor: null,
    authProblem: problem,
    permissions: new Set(),
    scope: { resellerId: null },
    client: 'api',
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    // Loaders read through the pipelined connections (kernel/db/batched-reads.ts).
    loaders: createLoaders(readsFor(db)),
    ...services,
    req,
    res,
  };
  if (actor) signIn(ctx, actor, headerToken ? 'api' : 'web');
  return ctx;
}
