// A role can be reseller-scoped; a user or token with such a role always has a reseller: every
// path that gives out roles refuses otherwise (BAD_USER_INPUT), and so does the database.
import { QueryFailedError } from 'typeorm';
import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';

let api: TestApi;
let adminToken: string;
let resellerId: string;

beforeAll(async () => {
  api = await startTestApi();
  adminToken = (await makeUser(api.db, 'admin')).token;
  resellerId = (await makeReseller(api.db)).id;
  // An admin's own reseller role, made the way the review did: a copy of `reseller` by another name.
  const created = await api.gql(
    'mutation($i: CreateRoleInput!) { createRole(input: $i) { name resellerScoped } }',
    { i: { name: 'partner_portal', permissions: ['accountDetails:read', 'tickets:read'], resellerScoped: true } },
    { token: adminToken },
  );
  expect(created.data.createRole).toEqual({ name: 'partner_portal', resellerScoped: true });
});
afterAll(() => api.teardown());

const admin = () => ({ token: adminToken });
let seq = 0;
const newEmail = () => `scoped-${process.pid}-${++seq}@test.sightline.test`;
const counts = async () =>
  (await api.db.query('SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM api_token)::int AS tokens, (SELECT count(*) FROM audit_entry)::int AS audits'))[0];

test('the flag comes from the role, not its name: the default reseller role has it, admins set it on new roles', async () => {
  const r = await api.gql('{ roles { name resellerScoped } }', {}, admin());
  expect(r.data.roles.filter((x: any) => x.resellerScoped).map((x: any) => x.name).sort()).toEqual(['partner_portal', 'reseller']);
});

test.each(['reseller', 'partner_portal'])('a %s user or token without a reseller is BAD_USER_INPUT and changes nothing', async (role) => {
  const { user: staff } = await makeUser(api.db, 'sales');
  const before = await counts();
  const user = await api.gql('mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { user { id } } }', { i: { email: newEmail(), name: 'P', role } }, admin());
  const token = await api.gql('mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }', { i: { name: 'Portal', role } }, admin());
  const assign = await api.gql('mutation($u: ID!, $r: String!) { assignRole(userId: $u, role: $r) { role } }', { u: staff.id, r: role }, admin());
  expect(user.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resellerId' });
  expect(token.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resellerId' });
  expect(assign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  expect(user.errors![0].message).toBe(`The ${role} role is reseller-scoped: choose the reseller whose customers the user sees`);
  expect(await counts()).toEqual(before);
});

test('with a reseller, a user of a copied reseller role sees only that reseller', async () => {
  const own = await makeCustomer(api.db, { resellerId });
  const other = await makeCustomer(api.db);
  const created = await api.gql('mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }', { i: { name: 'Portal', role: 'partner_portal', resellerId } }, admin());
  const token = created.data.createApiToken.token;
  const r = await api.gql('{ customers(first: 100) { edges { node { id } } } }', {}, { token });
  expect(r.data.customers.edges.map((e: any) => e.node.id)).toEqual([own.id]);
  expect(codes(await api.gql('query($id: ID!) { customer(id: $id) { id } }', { id: other.id }, { token }))).toEqual(['NOT_FOUND']);
});

describe('the database refuses what the API refuses', () => {
  /** The error a raw statement fails with, or null when it succeeded. */
  const failure = async (sql: string, params: unknown[]) => {
    try {
      await api.db.query(sql, params);
      return null;
    } catch (e) {
      const driver = (e as QueryFailedError & { driverError: { code: string; constraint: string } }).driverError;
      return { code: driver.code, constraint: driver.constraint };
    }
  };
  const refused = { code: '23514', constraint: 'role_reseller_scoped_needs_reseller' };

  test('a reseller user loses its reseller; a token or user is added without one; a user moves to a scoped role', async () => {
    const { user: resellerUser } = await makeUser(api.db, 'reseller', { resellerId });
    const { user: staff } = await makeUser(api.db, 'support');
    const [role] = await api.db.query(`SELECT id FROM role WHERE name = 'partner_portal'`);
    expect(await failure('UPDATE app_user SET reseller_id = NULL WHERE id = $1', [resellerUser.id])).toEqual(refused);
    expect(await failure('UPDATE app_user SET role_id = $2 WHERE id = $1', [staff.id, role.id])).toEqual(refused);
    expect(await failure(`INSERT INTO app_user (email, name, role_id) VALUES ($1, 'Raw', $2)`, [newEmail(), role.id])).toEqual(refused);
    expect(await failure(`INSERT INTO api_token (name, prefix, token_hash, role_id) VALUES ('Raw', 'slt_raw', md5(random()::text), $1)`, [role.id])).toEqual(refused);
    // Nothing changed; and with a reseller the same rows are fine.
    const [row] = await api.db.query('SELECT reseller_id, role_id FROM app_user WHERE id = $1', [resellerUser.id]);
    expect(row.reseller_id).toBe(resellerId);
    expect(await failure('UPDATE app_user SET role_id = $2, reseller_id = $3 WHERE id = $1', [staff.id, role.id, resellerId])).toBeNull();
  });

  test('a role with holders without a reseller cannot become reseller-scoped', async () => {
    await makeUser(api.db, 'technical');
    expect(await failure(`UPDATE role SET reseller_scoped = true WHERE name = 'technical'`, [])).toEqual(refused);
    const [row] = await api.db.query(`SELECT reseller_scoped FROM role WHERE name = 'technical'`);
    expect(row.reseller_scoped).toBe(false);
  });
});
