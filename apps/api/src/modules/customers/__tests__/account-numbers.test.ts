// Account numbers are unique across every reseller, so a caller limited to one reseller never
// chooses them: otherwise "already in use" would tell it which numbers other resellers have.
import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';

let api: TestApi;
let scoped: string; // the admin role, limited to reseller A: every customer permission in its scope
let ownCustomer: { id: string; accountNumber: string };

beforeAll(async () => {
  api = await startTestApi();
  const a = await makeReseller(api.db);
  const b = await makeReseller(api.db);
  scoped = (await makeUser(api.db, 'admin', { resellerId: a.id })).token;
  ownCustomer = await makeCustomer(api.db, { resellerId: a.id });
  await makeCustomer(api.db, { resellerId: b.id, accountNumber: 'B-SECRET-1' });
});
afterAll(() => api.teardown());

const CREATE = 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { accountNumber } }';
const UPDATE = 'mutation($i: UpdateAccountDetailsInput!) { updateAccountDetails(input: $i) { accountNumber accountDetails { customerGroup version } } }';
const version = async (id: string) => (await api.db.query('SELECT version FROM customer WHERE id = $1', [id]))[0].version as number;
const snapshot = async () =>
  (await api.db.query(`SELECT (SELECT count(*) FROM customer)::int AS customers, (SELECT count(*) FROM audit_entry)::int AS audits,
     (SELECT string_agg(account_number, ',' ORDER BY account_number) FROM customer) AS numbers`))[0];

test("another reseller's number and an unused one get the same answer, and nothing changes", async () => {
  const before = await snapshot();
  const update = async (accountNumber: string) =>
    api.gql(UPDATE, { i: { customerId: ownCustomer.id, expectedVersion: await version(ownCustomer.id), accountNumber } }, { token: scoped });
  const taken = await update('B-SECRET-1');
  const free = await update('NEVER-USED-99');
  const createTaken = await api.gql(CREATE, { i: { name: 'Probe One', accountNumber: 'B-SECRET-1' } }, { token: scoped });
  const createFree = await api.gql(CREATE, { i: { name: 'Probe Two', accountNumber: 'NEVER-USED-98' } }, { token: scoped });
  expect([taken, free, createTaken, createFree].map(codes)).toEqual([['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN'], ['FORBIDDEN']]);
  const answers = new Set([taken, free, createTaken, createFree].map((r) => JSON.stringify(r.errors![0].extensions) + r.errors![0].message));
  expect(answers.size).toBe(1);
  expect(taken.errors![0].message).toBe('You act for one reseller, so account numbers are assigned for you: leave the account number out');
  expect(await snapshot()).toEqual(before);
});

test('its new customers get the next generated number; other edits may repeat the current number', async () => {
  const created = await api.gql(CREATE, { i: { name: 'Generated Number CC' } }, { token: scoped });
  expect(created.data.createCustomer.accountNumber).toMatch(/^SL\d{6}$/);
  const r = await api.gql(
    UPDATE,
    { i: { customerId: ownCustomer.id, expectedVersion: await version(ownCustomer.id), accountNumber: ownCustomer.accountNumber, customerGroup: 'Farms' } },
    { token: scoped },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data.updateAccountDetails).toMatchObject({ accountNumber: ownCustomer.accountNumber, accountDetails: { customerGroup: 'Farms' } });
});
