import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

import type { ErrorCode } from '@sightline/access';

/** The closed set of codes the API puts in `extensions.code`: one list, in `@sightline/access`. */
export type { ErrorCode };

export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function errorCodeOf(error: GraphQLFormattedError): ErrorCode | undefined {
  return error.extensions?.code as ErrorCode | undefined;
}

/** Field-level validation messages (BAD_USER_INPUT with `extensions.field`), keyed by field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of graphQLErrorsOf(error)) {
    const field = e.extensions?.field;
    if (errorCodeOf(e) === 'BAD_USER_INPUT' && typeof field === 'string') out[field] = e.message;
  }
  return out;
}

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  CONFLICT: 'Someone else changed this record while you were editing it. Reload to see their changes, then try again.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_FOUND: 'This record no longer exists.',
  TOO_MANY_REQUESTS: 'Too many requests. Wait a moment and try again.',
  SERVICE_UNAVAILABLE: 'The server cannot reach its database right now. Nothing was changed; try again in a moment.',
  UNAUTHENTICATED: 'Your session has expired, please sign in again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server. Try again, and tell an administrator if it persists.',
};

/** One sentence for an agent, for any error Apollo hands back (GraphQL or network). */
export function describeError(error: unknown): string {
  const errors = graphQLErrorsOf(error);
  if (errors.length) {
    const first = errors[0];
    const code = errorCodeOf(first);
    if (code === 'BAD_USER_INPUT') return first.message;
    return (code && MESSAGES[code]) || first.message;
  }
  if (error instanceof Error) return `Could not reach the server (${error.message}).`;
  return 'Something went wrong.';
}

export function isConflict(error: unknown): boolean {
  return graphQLErrorsOf(error).some((e) => errorCodeOf(e) === 'CONFLICT');
}
