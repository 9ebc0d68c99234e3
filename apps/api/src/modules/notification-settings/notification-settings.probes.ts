import type { WidgetProbe } from '../../kernel/module';

const setDestinations = 'mutation($input: SetNotificationDestinationsInput!) { setNotificationDestinations(input: $input) { id } }';
let run = 0;

export const notificationSettingsProbes: WidgetProbe[] = [
  {
    field: 'notificationSettings',
    permission: 'notificationSettings:read',
    selection: '{ id orphanedCount cells { id kind channel destinations { id address orphaned } } }',
    // Its destinations, and the contacts (the same batched loader the contacts list uses).
    statements: 2,
    mutations: [
      {
        name: 'setNotificationDestinations',
        permission: 'notificationSettings:write',
        document: setDestinations,
        // A new address each run, so every permitted call is a change (and audited).
        variables: ({ customerId }) => ({
          input: { customerId, kind: 'INVOICE', channel: 'EMAIL', destinations: [`accounts-${++run}@example.co.za`] },
        }),
      },
      {
        name: 'applyDefaultNotificationDestinations',
        permission: 'notificationSettings:write',
        document: 'mutation($input: ApplyDefaultNotificationDestinationsInput!) { applyDefaultNotificationDestinations(input: $input) { id } }',
        variables: async ({ customerId, asAdmin }) => {
          // Stop invoices by email first, so pointing them back at the billing emails is a change.
          await asAdmin(setDestinations, { input: { customerId, kind: 'INVOICE', channel: 'EMAIL', destinations: [] } });
          return { input: { customerId, kind: 'INVOICE', channel: 'EMAIL' } };
        },
      },
    ],
  },
];
