import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Context } from '../../kernel/context';
import { noteErrorTrace, type Logger, type RequestTrace } from '../../kernel/log';

/** An incoming x-request-id is kept when it is a plain token (a proxy's UUID, a trace id). */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:+/=-]{1,128}$/;

export const traceOf = (res: Response): RequestTrace | undefined => res.locals.trace;

/**
 * One log line per request, written when the response ends: request id, method, path,
 * status, duration, actor, operation and the error codes of the answer. The id is the
 * client's `x-request-id` when sane, else a new UUID, and is sent back in `x-request-id`.
 * Health checks that pass are logged at `debug`, so a load balancer does not fill the log.
 */
export function startTrace(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.set('x-request-id', id);
    const trace: RequestTrace = { logger: logger.child({ reqId: id }), codes: [] };
    res.locals.trace = trace;
    const started = performance.now();
    const { method, path } = req; // a mounted router rewrites req.path on the way
    res.once('close', () => {
      const line = {
        method,
        path,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...(trace.operation ? { operation: trace.operation } : {}),
        ...(trace.actor ? { actor: trace.actor } : {}),
        ...(trace.codes.length ? { errors: trace.codes } : {}),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      const healthCheck = path === '/healthz' || path === '/readyz';
      trace.logger[healthCheck && res.statusCode < 400 ? 'debug' : 'info'](line, 'request');
    });
    next();
  };
}

/** Tells the request's log line who called and which operation ran. */
export const requestTracePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue, request }) {
    const trace = traceOf(contextValue.res);
    if (!trace) return;
    if (typeof request.operationName === 'string') trace.operation = request.operationName.slice(0, 100);
    return {
      async didEncounterErrors({ errors }) {
        // formatError, which logs and codes them, is not handed the context.
        for (const error of errors) noteErrorTrace(error, trace);
      },
      async didResolveOperation({ operationName, operation }) {
        trace.operation = operationName ?? `(anonymous ${operation?.operation ?? 'operation'})`;
      },
      async willSendResponse() {
        // After execution: `login` signs its caller in on the way.
        const actor = contextValue.actor;
        if (actor) trace.actor = `${actor.kind}:${actor.id}`;
      },
    };
  },
};
