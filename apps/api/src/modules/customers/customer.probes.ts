import type { MutationProbe, WidgetProbe } from '../../kernel/module';

const version = async (db: { query: (q: string, p: unknown[]) => Promise<any[]> }, id: string) =>
  (await db.query('SELECT version FROM customer WHERE id = $1', [id]))[0].version as number;

export const customerProbes: WidgetProbe[] = [
  {
    field: 'accountDetails',
    permission: 'accountDetails:read',
    selection: `{
      name companyName accountNumber status customerType customerGroup emails phone mobile vatNumber
      latitude longitude joinedAt version
      accountManager { id name } reseller { id name }
      physicalAddress { line1 line2 city region postalCode country }
      postalAddress { line1 line2 city region postalCode country }
    }`,
    // The reseller and the account manager, each one batched look-up.
    statements: 2,
    mutations: [
      {
        name: 'updateAccountDetails',
        permission: 'accountDetails:write',
        document: 'mutation($input: UpdateAccountDetailsInput!) { updateAccountDetails(input: $input) { id } }',
        variables: async ({ db, customerId }) => ({
          input: { customerId, expectedVersion: await version(db, customerId), customerGroup: `Group ${Math.random().toString(36).slice(2, 8)}` },
        }),
      },
    ],
  },
  { field: 'balance', permission: 'ageAnalysis:read', selection: '{ cents currency }', statements: 0 },
];

/** Actions that are not a widget: creating a customer. */
export const customerActionProbes: MutationProbe[] = [
  {
    name: 'createCustomer',
    permission: 'customer:create',
    document: 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    variables: () => ({ input: { name: 'Probe Trading CC' } }),
  },
];
