import type { WidgetProbe } from '../../kernel/module';
import { ackingNas, makeDataAccount, openSession } from './usage.fixtures';

export const usageProbes: WidgetProbe[] = [
  {
    field: 'activeSessions',
    permission: 'activeSessions:read',
    selection: '{ id username nasAddress nasName framedIp macAddress startedAt lastUpdateAt durationSeconds uploadBytes downloadBytes stale }',
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
    selection: `{ view year years totals { period uploadBytes downloadBytes }
      accounts { dataAccountId username status periods { period uploadBytes downloadBytes } currentMonth { month usedBytes capBytes percentOfCap } } }`,
    statements: 1,
  },
];
