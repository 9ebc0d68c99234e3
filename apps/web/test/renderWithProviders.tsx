import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Observable } from 'rxjs';
import type { FormattedExecutionResult } from 'graphql';
import { MeProvider, type Me } from '@/auth/MeContext';

export type Handler = (operation: ApolloLink.Operation) => FormattedExecutionResult | Promise<FormattedExecutionResult>;

/** A client whose "server" is `handler`; every operation it receives is recorded in `calls`. */
export function fakeClient(handler: Handler) {
  const calls: ApolloLink.Operation[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        calls.push(operation);
        Promise.resolve(handler(operation)).then(
          (result) => {
            observer.next(result as ApolloLink.Result);
            observer.complete();
          },
          (error) => observer.error(error),
        );
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), calls };
}

export function makeMe(permissions: string[], overrides: Partial<Me> = {}): Me {
  return {
    id: 'u1',
    kind: 'STAFF',
    name: 'Sam Support',
    email: 'support@demo.sightline.test',
    role: 'support',
    permissions,
    reseller: null,
    ...overrides,
  };
}

/** Renders `ui` inside Mantine, a signed-in user with `permissions` (and `me` overrides), and a fake API. */
export function renderWithProviders(ui: ReactElement, opts: { permissions?: string[]; handler?: Handler; me?: Partial<Me> } = {}) {
  const { client, calls } = fakeClient(opts.handler ?? (() => ({ data: null, errors: [{ message: 'no handler' }] })));
  const utils = render(
    <ApolloProvider client={client}>
      <MantineProvider env="test">
        <MeProvider me={makeMe(opts.permissions ?? [], opts.me)}>{ui}</MeProvider>
      </MantineProvider>
    </ApolloProvider>,
  );
  return { ...utils, client, calls };
}
