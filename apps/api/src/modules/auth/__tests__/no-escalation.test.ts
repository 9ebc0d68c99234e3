// ACCESS.md rule 6: nobody creates or changes a user, token or role to have more permissions or
// a wider scope than they have themselves. Every refusal is FORBIDDEN (NOT_FOUND for a user or
// token of another reseller) and changes nothing.
import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';

let api: TestApi;
let resellerA: string, resellerB: string;
let scopedAdmin: string; // the admin role, limited to reseller A
let userManager: { token: string; id: string }; // unscoped, with admin:roles and little else
let globalAdmin: { token: string; id: string };
let customerA: string, customerB: string;

beforeAll(async () => {
  api = await startTestApi();
  resellerA = (await makeReseller(api.db)).id;
  resellerB = (await makeReseller(api.db)).id;
  scopedAdmin = (await makeUser(api.db, 'admin', { resellerId: resellerA })).token;
  const admin = await makeUser(api.db, 'admin');
  globalAdmin = { token: admin.token, id: admin.user.id };
  await api.db.query(`INSERT INTO role (name, permissions) VALUES ('user_manager', '{admin:roles,accountDetails:read,notes:read}')`);
  const manager = await makeUser(api.db, 'user_manager');
  userManager = { token: manager.token, id: manager.user.id };
  customerA = (await makeCustomer(api.db, { resellerId: resellerA })).id;
  customerB = (await makeCustomer(api.db, { resellerId: resellerB })).id;
});
afterAll(() => api.teardown());

const as = (token: string) => ({ token });
const CREATE_TOKEN = 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id reseller { id } } } }';
const CREATE_USER = 'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { user { id reseller { id } } } }';
const ASSIGN = 'mutation($u: ID!, $r: String!) { assignRole(userId: $u, role: $r) { role } }';
const RESET = 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { link { token } } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivateUser(id: $id) { active } }';
const REVOKE_TOKEN = 'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }';
const GRANT = 'mutation($r: String!, $p: String!) { grantPermission(role: $r, permission: $p) { permissions } }';
const REVOKE = 'mutation($r: String!, $p: String!) { revokePermission(role: $r, permission: $p) { permissions } }';
const CREATE_ROLE = 'mutation($i: CreateRoleInput!) { createRole(input: $i) { name } }';
const CUSTOMER = 'query($id: ID!) { customer(id: $id) { id } }';

let seq = 0;
const newEmail = () => `esc-${process.pid}-${++seq}@test.sightline.test`;
/** Everything a refused change could have touched. */
const snapshot = async () =>
  (await api.db.query(`SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM api_token)::int AS tokens,
     (SELECT count(*) FROM role)::int AS roles, (SELECT count(*) FROM reseller)::int AS resellers,
     (SELECT count(*) FROM audit_entry)::int AS audits, (SELECT count(*) FROM password_link)::int AS links,
     (SELECT count(*) FROM session WHERE revoked_at IS NULL)::int AS sessions,
     (SELECT string_agg(name || ':' || array_to_string(permissions, ','), ';' ORDER BY name) FROM role) AS grants,
     (SELECT string_agg(id || ':' || role_id || ':' || active || ':' || coalesce(password_hash, ''), ';' ORDER BY id) FROM app_user) AS user_rows`))[0];

describe('an admin limited to reseller A', () => {
  test('cannot create an unscoped token or one for another reseller, which would see other customers', async () => {
    const before = await snapshot();
    const unscoped = await api.gql(CREATE_TOKEN, { i: { name: 'Everything', role: 'admin' } }, as(scopedAdmin));
    const other = await api.gql(CREATE_TOKEN, { i: { name: 'Other', role: 'reporting', resellerId: resellerB } }, as(scopedAdmin));
    expect([codes(unscoped), codes(other)]).toEqual([['FORBIDDEN'], ['FORBIDDEN']]);
    expect(unscoped.errors![0].message).toMatch(/one reseller/);
    expect(await snapshot()).toEqual(before);

    // Within its own reseller it may, and that token sees only A's customers.
    const own = await api.gql(CREATE_TOKEN, { i: { name: 'Own', role: 'admin', resellerId: resellerA } }, as(scopedAdmin));
    expect(own.data.createApiToken.apiToken.reseller.id).toBe(resellerA);
    const token = own.data.createApiToken.token;
    expect((await api.gql(CUSTOMER, { id: customerA }, as(token))).data.customer.id).toBe(customerA);
    expect(codes(await api.gql(CUSTOMER, { id: customerB }, as(token)))).toEqual(['NOT_FOUND']);
  });

  test('creates users only for reseller A', async () => {
    const before = await snapshot();
    const attempts = [
      await api.gql(CREATE_USER, { i: { email: newEmail(), name: 'X', role: 'admin' } }, as(scopedAdmin)),
      await api.gql(CREATE_USER, { i: { email: newEmail(), name: 'X', role: 'support', resellerId: resellerB } }, as(scopedAdmin)),
    ];
    expect(attempts.map(codes)).toEqual([['FORBIDDEN'], ['FORBIDDEN']]);
    expect(await snapshot()).toEqual(before);
    const ok = await api.gql(CREATE_USER, { i: { email: newEmail(), name: 'X', role: 'support', resellerId: resellerA } }, as(scopedAdmin));
    expect(ok.data.createStaffUser.user.reseller.id).toBe(resellerA);
  });

  test("cannot touch users or tokens outside reseller A: they read as not found", async () => {
    const { user: other } = await makeUser(api.db, 'support', { resellerId: resellerB });
    const otherToken = await api.gql(CREATE_TOKEN, { i: { name: 'B portal', role: 'reseller', resellerId: resellerB } }, as(globalAdmin.token));
    const before = await snapshot();
    const attempts = [
      await api.gql(RESET, { i: { userId: globalAdmin.id, password: 'taken-over-password' } }, as(scopedAdmin)),
      await api.gql(RESET, { i: { userId: globalAdmin.id } }, as(scopedAdmin)),
      await api.gql(DEACTIVATE, { id: globalAdmin.id }, as(scopedAdmin)),
      await api.gql(ASSIGN, { u: other.id, r: 'reporting' }, as(scopedAdmin)),
      await api.gql(REVOKE_TOKEN, { id: otherToken.data.createApiToken.apiToken.id }, as(scopedAdmin)),
    ];
    expect(attempts.map(codes)).toEqual(attempts.map(() => ['NOT_FOUND']));
    expect(await snapshot()).toEqual(before);
  });

  test('lists only its own users, tokens and reseller', async () => {
    for (const resellerId of [resellerA, resellerB]) {
      await api.gql(CREATE_TOKEN, { i: { name: 'Listed portal', role: 'reseller', resellerId } }, as(globalAdmin.token));
    }
    const r = await api.gql('{ staffUsers { reseller { id } } apiTokens { reseller { id } } resellers { id } }', {}, as(scopedAdmin));
    expect(r.errors).toBeUndefined();
    expect(r.data.staffUsers.length).toBeGreaterThan(0);
    expect(r.data.apiTokens.length).toBeGreaterThan(0);
    expect(new Set([...r.data.staffUsers, ...r.data.apiTokens].map((x: any) => x.reseller?.id))).toEqual(new Set([resellerA]));
    expect(r.data.resellers).toEqual([{ id: resellerA }]);
  });

  test('cannot change the roles every reseller shares, nor add resellers', async () => {
    const before = await snapshot();
    const attempts = [
      await api.gql(GRANT, { r: 'reseller', p: 'customer:delete' }, as(scopedAdmin)),
      await api.gql(REVOKE, { r: 'support', p: 'accountDetails:read' }, as(scopedAdmin)),
      await api.gql(CREATE_ROLE, { i: { name: 'shadow_admin', permissions: ['accountDetails:read'] } }, as(scopedAdmin)),
      await api.gql('mutation { createReseller(input: { name: "Shadow Reseller" }) { id } }', {}, as(scopedAdmin)),
    ];
    expect(attempts.map(codes)).toEqual(attempts.map(() => ['FORBIDDEN']));
    expect(await snapshot()).toEqual(before);
  });
});

describe('an unscoped user manager (admin:roles, few other permissions)', () => {
  test('cannot hand out a role with permissions it lacks, to a new user or token', async () => {
    const before = await snapshot();
    const attempts = [
      await api.gql(CREATE_TOKEN, { i: { name: 'Admin token', role: 'admin' } }, as(userManager.token)),
      await api.gql(CREATE_USER, { i: { email: newEmail(), name: 'X', role: 'support', password: 'long-enough-password' } }, as(userManager.token)),
    ];
    expect(attempts.map(codes)).toEqual([['FORBIDDEN'], ['FORBIDDEN']]);
    expect(attempts[0].errors![0].message).toMatch(/^You cannot give this API token that role: it would give permissions you do not have yourself \(accountDetails:write, .* and \d+ more\)$/);
    expect(await snapshot()).toEqual(before);
  });

  test('cannot raise itself or another user, nor take over a user who has more', async () => {
    const { user: salesUser } = await makeUser(api.db, 'sales');
    const before = await snapshot();
    const attempts = [
      await api.gql(ASSIGN, { u: userManager.id, r: 'admin' }, as(userManager.token)),
      await api.gql(ASSIGN, { u: salesUser.id, r: 'admin' }, as(userManager.token)),
      await api.gql(RESET, { i: { userId: globalAdmin.id, password: 'taken-over-password' } }, as(userManager.token)),
      await api.gql(RESET, { i: { userId: globalAdmin.id } }, as(userManager.token)),
      await api.gql(DEACTIVATE, { id: globalAdmin.id }, as(userManager.token)),
    ];
    expect(attempts.map(codes)).toEqual(attempts.map(() => ['FORBIDDEN']));
    expect(attempts[2].errors![0].message).toMatch(/^You cannot change this user: they have permissions you do not have yourself \(/);
    expect(await snapshot()).toEqual(before);
  });

  test('grants and creates roles only with permissions it holds', async () => {
    const before = await snapshot();
    const attempts = [
      await api.gql(GRANT, { r: 'user_manager', p: 'customer:delete' }, as(userManager.token)),
      await api.gql(CREATE_ROLE, { i: { name: 'deleter', permissions: ['accountDetails:read', 'customer:delete'] } }, as(userManager.token)),
    ];
    expect(attempts.map(codes)).toEqual([['FORBIDDEN'], ['FORBIDDEN']]);
    expect(await snapshot()).toEqual(before);

    // Within its own permissions it may.
    const role = await api.gql(CREATE_ROLE, { i: { name: 'reader', permissions: ['accountDetails:read'] } }, as(userManager.token));
    expect(role.data.createRole.name).toBe('reader');
    expect((await api.gql(GRANT, { r: 'reader', p: 'notes:read' }, as(userManager.token))).data.grantPermission.permissions).toEqual(['accountDetails:read', 'notes:read']);
    const user = await api.gql(CREATE_USER, { i: { email: newEmail(), name: 'Reader', role: 'reader', password: 'long-enough-password' } }, as(userManager.token));
    expect(user.errors).toBeUndefined();
  });
});
