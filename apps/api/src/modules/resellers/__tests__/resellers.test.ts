import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeReseller, makeUser } from '../../../testing/factories';

let api: TestApi;
let adminToken: string;

beforeAll(async () => {
  api = await startTestApi();
  adminToken = (await makeUser(api.db, 'admin')).token;
});
afterAll(() => api.teardown());

const CREATE = 'mutation($n: String!) { createReseller(input: { name: $n }) { id name createdAt } }';
const count = async () => (await api.db.query('SELECT count(*)::int AS n FROM reseller'))[0].n as number;

test('an admin creates a reseller, sees it listed with its id, and a token can be tied to it', async () => {
  const r = await api.gql(CREATE, { n: '  Kalahari   Fibre ' }, { token: adminToken });
  expect(r.errors).toBeUndefined();
  const reseller = r.data.createReseller;
  expect(reseller).toMatchObject({ name: 'Kalahari Fibre' });
  expect(reseller.id).toMatch(/^[0-9a-f-]{36}$/);
  const [row] = await api.db.query('SELECT code FROM reseller WHERE id = $1', [reseller.id]);
  expect(row.code).toBe('kalahari-fibre');

  const list = await api.gql('{ resellers { id name createdAt } }', {}, { token: adminToken });
  expect(list.data.resellers).toContainEqual(reseller);

  const token = await api.gql('mutation($r: ID!) { createApiToken(input: { name: "Kalahari portal", role: "reseller", resellerId: $r }) { apiToken { reseller { id name } } } }', { r: reseller.id }, { token: adminToken });
  expect(token.data.createApiToken.apiToken.reseller).toEqual({ id: reseller.id, name: 'Kalahari Fibre' });

  const audit = await api.db.query('SELECT action, new_value FROM audit_entry WHERE target = $1', [`reseller:${reseller.id}`]);
  expect(audit).toEqual([{ action: 'reseller.create', new_value: JSON.stringify({ name: 'Kalahari Fibre', code: 'kalahari-fibre' }) }]);
});

test('a taken name is CONFLICT on name; a blank or too short name is BAD_USER_INPUT; nothing is created', async () => {
  await api.gql(CREATE, { n: 'Lowveld Air' }, { token: adminToken });
  const before = await count();
  const dup = await api.gql(CREATE, { n: 'Lowveld Air' }, { token: adminToken });
  expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
  // same code, different punctuation
  const sameCode = await api.gql(CREATE, { n: 'Lowveld-Air' }, { token: adminToken });
  expect(sameCode.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
  for (const n of ['x', '   ', '!!!']) {
    const bad = await api.gql(CREATE, { n }, { token: adminToken });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  }
  expect(await count()).toBe(before);
});

test('without admin:roles, listing and creating resellers is FORBIDDEN and changes nothing', async () => {
  const { token } = await makeUser(api.db, 'finance_manager');
  const before = await count();
  expect(codes(await api.gql(CREATE, { n: 'Sneaky Networks' }, { token }))).toEqual(['FORBIDDEN']);
  expect(codes(await api.gql('{ resellers { id } }', {}, { token }))).toEqual(['FORBIDDEN']);
  expect(await count()).toBe(before);
});

test("a reseller's user still reads its own reseller's id and name, not admin-only fields", async () => {
  const reseller = await makeReseller(api.db);
  const { token } = await makeUser(api.db, 'reseller', { resellerId: reseller.id });
  const me = await api.gql('{ me { reseller { id name } } }', {}, { token });
  expect(me.data.me.reseller).toEqual({ id: reseller.id, name: reseller.name });
  expect(codes(await api.gql('{ me { reseller { createdAt } } }', {}, { token }))).toEqual(['FORBIDDEN']);
});
