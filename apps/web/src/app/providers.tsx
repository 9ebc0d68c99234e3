'use client';

import { useState, type ReactNode } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { createApolloClient } from '@/lib/apolloClient';
import { theme } from './theme';

/** Where an expired or missing session sends the browser (the login page explains why). */
function redirectToLogin() {
  if (typeof window === 'undefined' || window.location.pathname === '/login') return;
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/login?expired=1&next=${encodeURIComponent(next)}`);
}

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab (and per server render, where no query is sent).
  const [client] = useState(() => createApolloClient({ onUnauthenticated: redirectToLogin }));
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme}>
        <Notifications position="top-right" />
        {children}
      </MantineProvider>
    </ApolloProvider>
  );
}
