import type { Request, Response } from 'express';
import { ErrorCode } from '../../kernel/errors';
import { traceOf } from './request-log';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * The media type of the answer, as Apollo chooses it: application/graphql-response+json only
 * when the client prefers it (Apollo Client does); application/json for `*\/*`, none, or anything else.
 */
export function responseType(req: Request): string {
  return req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON ? GRAPHQL_RESPONSE_JSON : 'application/json';
}

/**
 * The status of a document that cannot run (syntax, validation, variables), as the
 * GraphQL-over-HTTP spec recommends: 400 for application/graphql-response+json; 200 for
 * application/json, whose clients read the errors from the body.
 */
export const documentErrorStatus = (req: Request) => (responseType(req) === GRAPHQL_RESPONSE_JSON ? 400 : 200);

export interface RequestFailure {
  status: number;
  message: string;
  code?: ErrorCode;
  headers?: Record<string, string>;
}

/** Answers, in the GraphQL response format, a request refused before it reached Apollo. */
export function sendRequestFailure(req: Request, res: Response, failure: RequestFailure) {
  const code = failure.code ?? ErrorCode.BAD_USER_INPUT;
  traceOf(res)?.codes.push(code);
  res.status(failure.status).set(failure.headers ?? {});
  res.type(`${responseType(req)}; charset=utf-8`).send(JSON.stringify({ errors: [{ message: failure.message, extensions: { code } }] }));
}
