// What the API tells a caller about its schema: introspection only once signed in, and no
// "Did you mean …" hints that would spell out field, argument, type or enum names.
import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { Context } from './context';
import type { ErrorCode } from './errors';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Whether the document asks for `__schema` or `__type` anywhere (fragments included); `__typename` is fine. */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (!INTROSPECTION_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * Refuses introspection to callers without a session or token, before anything runs. (With
 * GRAPHQL_INTROSPECTION=0 Apollo's own validation rule refuses it to everyone.)
 */
export const introspectionForSignedIn: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document }) {
        if (contextValue.actor || !asksForSchema(document)) return;
        const code: ErrorCode = 'UNAUTHENTICATED';
        throw new GraphQLError('Sign in to read the schema', { extensions: { code, http: { status: 401 } } });
      },
    };
  },
};

/**
 * graphql-js's suggestions in every form it writes them: `Did you mean "x"?`, `… "x" or "y"?`,
 * `Did you mean the enum value "X"?`, `Did you mean to use an inline fragment on "T"?`.
 */
const SUGGESTION = /\s*Did you mean\b[^?]*\?/g;

/** The message without graphql-js's suggestions (formatError applies it to every error). */
export const withoutSuggestions = (message: string) => message.replace(SUGGESTION, '');
