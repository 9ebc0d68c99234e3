import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Operations whose UNAUTHENTICATED answer is an expected result, not an expired session. */
const SESSIONLESS_OPERATIONS = new Set(['Login', 'Logout']);

export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/**
 * The browser's Apollo Client. It talks to `/graphql` on the web origin (proxied to the API
 * by a Next rewrite), so the httpOnly session cookie travels with every request. Tests pass
 * a `fetch` that keeps the cookie, so they send exactly what the browser sends.
 */
export function createApolloClient(opts: { onUnauthenticated: () => void; uri?: string; fetch?: typeof fetch }) {
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (SESSIONLESS_OPERATIONS.has(operation.operationName ?? '')) return;
    if (hasErrorCode(error, 'UNAUTHENTICATED')) opts.onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, new HttpLink({ uri: opts.uri ?? '/graphql', credentials: 'same-origin', fetch: opts.fetch })]),
    cache: new InMemoryCache(),
  });
}
