import type { WidgetProbe } from '../../kernel/module';
import { ackingNas, makeDataAccount, openSession } from './usage.fixtures';

export const usageProbes: WidgetProbe[] = [
  {
    field: 'activeSessions',
    permission: 'activeSessions:read',
    // Small selections: every field comes from the same one query, and the 50-customer
    // statement-count query with every widget must stay under the cost limit.
    selection: '{ id username stale }',
    statements: 1,
    mutations: [
      {
        name: 'disconnectSession',
        permission: 'dataAccounts:write',
        document: 'mutation($id: ID!) { disconnectSession(sessionId: $id) { sessionId outcome errorCause nasAddress } }',
        variables: async ({ db, customerId }) => {
          await ackingNas(db);
          const account = await makeDataAccount(db, customerId);
          return { id: await openSession(db, account.username) };
        },
      },
    ],
  },
  {
    field: 'dataUsage',
    permission: 'dataUsage:read',
    selection: '{ years totals { downloadBytes } accounts { currentMonth { percentOfCap } } }',
    statements: 1,
  },
];
