import { randomBytes } from 'node:crypto';
import type { MutationProbe, ProbeFixture, WidgetProbe } from '../../kernel/module';

const createPackage = 'mutation($input: CreateDataPackageInput!) { createDataPackage(input: $input) { id } }';
const addAccount = 'mutation($input: AddDataAccountInput!) { addDataAccount(input: $input) { account { id version } password } }';
const tag = () => randomBytes(5).toString('hex');

async function probePackage(f: ProbeFixture): Promise<string> {
  const input = { name: `Probe Fibre ${tag()}`, downloadKbps: 50_000, uploadKbps: 25_000, monthlyPriceCents: 69_900 };
  return (await f.asAdmin(createPackage, { input })).createDataPackage.id;
}

const accountInput = (customerId: string, packageId: string) => ({ input: { customerId, packageId, username: `probe-${tag()}@fibre.test` } });

/** An account of the fixture's customer, made by the admin, for the mutations that change one. */
async function probeAccount(f: ProbeFixture): Promise<{ id: string; version: number }> {
  return (await f.asAdmin(addAccount, accountInput(f.customerId, await probePackage(f)))).addDataAccount.account;
}

const onAccount = (
  name: string,
  permission: 'dataAccounts:write',
  args: string,
  extra: (f: ProbeFixture) => Promise<Record<string, unknown>> | Record<string, unknown> = () => ({}),
  selection = '{ id }',
): MutationProbe => ({
  name,
  permission,
  document: `mutation($id: ID!${args}) { ${name}(id: $id${args.replace(/\$(\w+): [\w!]+/g, '$1: $$$1')}) ${selection} }`,
  variables: async (f) => ({ id: (await probeAccount(f)).id, ...(await extra(f)) }),
});

const schedule = 'mutation($input: SchedulePackageChangeInput!) { schedulePackageChange(input: $input) { id } }';
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
async function scheduleInput(f: ProbeFixture) {
  const account = await probeAccount(f);
  return { input: { dataAccountId: account.id, toPackageId: await probePackage(f), effectiveDate: tomorrow() } };
}

export const dataAccountProbes: WidgetProbe[] = [
  {
    field: 'dataAccounts',
    permission: 'dataAccounts:read',
    selection: `{ id username status statusReason statusChangedAt startDate endDate staticIp notes customPriceCents monthlyPriceCents monthlyPrice { cents currency } version createdAt
      package { id name downloadKbps uploadKbps dataCapBytes monthlyPriceCents } installationAddress { id label summary } }`,
    statements: 1,
    mutations: [
      {
        name: 'addDataAccount',
        permission: 'dataAccounts:write',
        document: addAccount,
        variables: async (f) => accountInput(f.customerId, await probePackage(f)),
      },
      {
        name: 'updateDataAccount',
        permission: 'dataAccounts:write',
        document: 'mutation($input: UpdateDataAccountInput!) { updateDataAccount(input: $input) { id } }',
        variables: async (f) => {
          const a = await probeAccount(f);
          return { input: { id: a.id, expectedVersion: a.version, notes: 'Mast on the east gable' } };
        },
      },
      onAccount('changeDataAccountPackage', 'dataAccounts:write', ', $packageId: ID!', async (f) => ({ packageId: await probePackage(f) })),
      onAccount('suspendDataAccount', 'dataAccounts:write', ', $reason: String!', () => ({ reason: 'Router reported stolen' })),
      {
        name: 'unsuspendDataAccount',
        permission: 'dataAccounts:write',
        document: 'mutation($id: ID!, $reason: String!) { unsuspendDataAccount(id: $id, reason: $reason) { id } }',
        variables: async (f) => {
          const { id } = await probeAccount(f);
          await f.asAdmin('mutation($id: ID!) { suspendDataAccount(id: $id, reason: "Probe") { id } }', { id });
          return { id, reason: 'Router recovered' };
        },
      },
      onAccount('cancelDataAccount', 'dataAccounts:write', ', $reason: String!', () => ({ reason: 'Moved out of coverage' })),
      onAccount('setDataAccountPassword', 'dataAccounts:write', ', $password: String!', () => ({ password: 'Sunset-Tower-42' })),
      onAccount('regenerateDataAccountPassword', 'dataAccounts:write', '', () => ({}), '{ account { id } password }'),
      {
        name: 'suspendCustomerDataAccounts',
        permission: 'dataAccounts:write',
        document: 'mutation($customerId: ID!, $reason: String!) { suspendCustomerDataAccounts(customerId: $customerId, reason: $reason) { id } }',
        variables: async (f) => {
          await probeAccount(f);
          return { customerId: f.customerId, reason: 'Tower maintenance' };
        },
      },
      {
        name: 'cancelCustomerDataAccounts',
        permission: 'dataAccounts:write',
        document: 'mutation($customerId: ID!, $reason: String!) { cancelCustomerDataAccounts(customerId: $customerId, reason: $reason) { id } }',
        variables: async (f) => {
          await probeAccount(f);
          return { customerId: f.customerId, reason: 'Customer emigrated' };
        },
      },
    ],
  },
  {
    field: 'packageChanges',
    permission: 'packageChanges:read',
    selection: `(first: 20) { id dataAccountId username effectiveDate state immediate submittedByName submittedAt settledAt reason
      fromPackage { id name } toPackage { id name } }`,
    statements: 1,
    mutations: [
      { name: 'schedulePackageChange', permission: 'packageChanges:write', document: schedule, variables: scheduleInput },
      {
        name: 'cancelPackageChange',
        permission: 'packageChanges:write',
        document: 'mutation($id: ID!) { cancelPackageChange(id: $id) { id } }',
        variables: async (f) => ({ id: (await f.asAdmin(schedule, await scheduleInput(f))).schedulePackageChange.id }),
      },
    ],
  },
];
