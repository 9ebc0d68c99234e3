import { randomUUID } from 'node:crypto';
import type { ProbeFixture, WidgetProbe } from '../../kernel/module';

const key = () => randomUUID();
const charge = 'mutation($input: AddChargeInput!) { addCharge(input: $input) { id } }';
const oneOff = (f: ProbeFixture) => f.asAdmin(charge, { input: { customerId: f.customerId, kind: 'ONE_OFF', description: 'Router', unitPriceCents: 99900, idempotencyKey: key() } });

export const billingRunProbes: WidgetProbe[] = [
  {
    field: 'recurringBilling',
    permission: 'recurringBilling:read',
    // Kept short: the list query of the statement-count test selects every probe 50 times.
    selection: '{ periodStart chargesTotalCents charges { description totalCents } pendingCharges { id totalCents } lastRuns { periodStart outcome } }',
    // customers + billing accounts, pending lines, billed periods; then services, refunds, calls, data overage (charges.ts).
    statements: 7,
    mutations: [
      {
        name: 'generateRecurringBilling',
        permission: 'recurringBilling:write',
        document: 'mutation($id: ID!) { generateRecurringBilling(customerId: $id) { id } }',
        variables: ({ customerId }) => ({ id: customerId }),
      },
      {
        name: 'generateRecurringInvoice',
        permission: 'recurringBilling:write',
        document: 'mutation($id: ID!) { generateRecurringInvoice(customerId: $id) { id state } }',
        variables: async (f) => {
          await oneOff(f);
          return { id: f.customerId };
        },
      },
      {
        name: 'removePendingCharge',
        permission: 'recurringBilling:write',
        document: 'mutation($id: ID!) { removePendingCharge(lineId: $id) { id } }',
        variables: async (f) => ({ id: (await oneOff(f)).addCharge.id }),
      },
      {
        name: 'startBillingRun',
        permission: 'billing:run',
        document: 'mutation($input: StartBillingRunInput!) { startBillingRun(input: $input) { id state } }',
        variables: ({ customerId }) => ({ input: { month: new Date().toISOString().slice(0, 7), customerId } }),
      },
      {
        name: 'approveBillingRun',
        permission: 'billing:run',
        document: 'mutation($id: ID!) { approveBillingRun(runId: $id) { approved } }',
        variables: async (f) => ({ id: (await f.asAdmin('mutation($input: StartBillingRunInput!) { startBillingRun(input: $input) { id } }', { input: { month: new Date().toISOString().slice(0, 7), customerId: f.customerId } })).startBillingRun.id }),
      },
      {
        name: 'downloadInvoice',
        permission: 'recurringBilling:read',
        document: 'mutation($id: ID!) { downloadInvoice(invoiceId: $id, length: SHORT) { fileName sha256 } }',
        variables: async (f) => {
          await oneOff(f);
          const inv = await f.asAdmin('mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }', { input: { customerId: f.customerId, idempotencyKey: key() } });
          return { id: inv.createInvoice.id };
        },
      },
    ],
  },
];
