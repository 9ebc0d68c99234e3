import type { Request, Response } from 'express';
import type { RequestContext } from './request-context';

/**
 * The per-request DataLoaders, one namespace per module (`ctx.loaders.notes.latest`). Each
 * module adds its own namespace by declaration merging in its `<module>.loaders.ts`:
 * `declare module '../../kernel/context' { interface Loaders { notes: NoteLoaders } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Loaders {}

/**
 * Per-request services modules provide to resolvers (the login limiter, the job queue), added
 * by declaration merging like `Loaders`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Services {}

/** Why a request that carried a token has no actor. */
export type AuthProblem = 'expired' | 'invalid' | undefined;

/**
 * What a GraphQL resolver gets: the request context the services take, plus what only the
 * transport has (loaders, the HTTP request). Built once per request, after auth.
 */
export interface Context extends RequestContext, Services {
  authProblem: AuthProblem;
  ip: string;
  loaders: Loaders;
  req: Request;
  res: Response;
}

/** Makes `actor` the caller of this request (after login, or from its token). */
export function signIn(ctx: RequestContext, actor: NonNullable<RequestContext['actor']>, via: 'web' | 'api') {
  ctx.actor = actor;
  ctx.permissions = actor.permissions;
  ctx.scope = { resellerId: actor.resellerId };
  ctx.client = actor.tokenName ? `api-token:${actor.tokenName}` : via;
}
