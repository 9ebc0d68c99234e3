import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../kernel/context';
import { ErrorCode } from '../../kernel/errors';
import { documentErrorStatus } from './graphql-response';

/** Apollo's codes for a document that cannot run: syntax, validation, variable values. */
const DOCUMENT_FAILURES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * HTTP statuses as the GraphQL-over-HTTP spec recommends them:
 * - a document that cannot run answers 400 to application/graphql-response+json (Apollo
 *   Client) and 200 to application/json, whose clients read the errors from the body
 *   (Apollo answers 400 to both);
 * - an answer with SERVICE_UNAVAILABLE (the database is down) is 503 with Retry-After, so
 *   load balancers and clients back off.
 */
export const httpStatusPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    return {
      async willSendResponse({ response, errors }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (result.errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
          return;
        }
        const documentFailed = result.data === undefined && errors?.length && errors.every((e) => DOCUMENT_FAILURES.has(String(e.extensions?.code)));
        if (documentFailed && response.http.status === 400) response.http.status = documentErrorStatus(contextValue.req);
      },
    };
  },
};
