import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';

let api: TestApi;
let adminToken: string;
let resellerId: string;

beforeAll(async () => {
  api = await startTestApi();
  adminToken = (await makeUser(api.db, 'admin')).token;
  resellerId = (await makeReseller(api.db)).id;
});
afterAll(() => api.teardown());

const CREATE = 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id name prefix role reseller { id } revokedAt } } }';

test('token lifecycle: created by an admin, shown once, stored hashed, used as Bearer, revoked', async () => {
  const created = await api.gql(CREATE, { i: { name: 'Reporting BI', role: 'reporting' } }, { token: adminToken });
  expect(created.errors).toBeUndefined();
  const { token, apiToken } = created.data.createApiToken;
  expect(token).toMatch(/^slt_/);
  expect(token.startsWith(apiToken.prefix)).toBe(true);
  const [row] = await api.db.query('SELECT token_hash FROM api_token WHERE id = $1', [apiToken.id]);
  expect(row.token_hash).not.toContain(token);
  expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  // listed without the secret
  const list = await api.gql('{ apiTokens { id name prefix role } }', {}, { token: adminToken });
  expect(JSON.stringify(list.data)).not.toContain(token);
  expect(list.data.apiTokens.map((t: any) => t.id)).toContain(apiToken.id);

  const me = await api.gql('{ me { kind name role permissions } }', {}, { token });
  expect(me.data.me).toMatchObject({ kind: 'API_TOKEN', name: 'Reporting BI', role: 'reporting' });
  // reporting is read-only
  expect(codes(await api.gql('mutation { createCustomer(input: { name: "x" }) { id } }', {}, { token }))).toEqual(['FORBIDDEN']);

  const revoked = await api.gql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: apiToken.id }, { token: adminToken });
  expect(revoked.data.revokeApiToken.revokedAt).not.toBeNull();
  expect(codes(await api.gql('{ me { name } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
  // the audit trail has both events
  const audit = await api.db.query(`SELECT action FROM audit_entry WHERE target = $1 ORDER BY id`, [`api_token:${apiToken.id}`]);
  expect(audit.map((a: any) => a.action)).toEqual(['api_token.create', 'api_token.revoke']);
});

test('a reseller token needs a reseller; bad input changes nothing', async () => {
  const before = await api.db.query('SELECT count(*)::int AS n FROM api_token');
  const r = await api.gql(CREATE, { i: { name: 'Partner', role: 'reseller' } }, { token: adminToken });
  expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  expect(r.errors![0].extensions!.field).toBe('resellerId');
  const unknownRole = await api.gql(CREATE, { i: { name: 'Partner', role: 'nope' } }, { token: adminToken });
  expect(unknownRole.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  expect(await api.db.query('SELECT count(*)::int AS n FROM api_token')).toEqual(before);
});

test('an expired token is refused', async () => {
  const r = await api.gql(CREATE, { i: { name: 'Short lived', role: 'reseller', resellerId, expiresAt: new Date(Date.now() + 60_000).toISOString() } }, { token: adminToken });
  const { token, apiToken } = r.data.createApiToken;
  expect(apiToken.reseller.id).toBe(resellerId);
  expect((await api.gql('{ me { name } }', {}, { token })).errors).toBeUndefined();
  await api.db.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [apiToken.id]);
  expect(codes(await api.gql('{ me { name } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
});

test('only admin:roles may manage tokens and roles', async () => {
  const { token } = await makeUser(api.db, 'finance_manager');
  expect(codes(await api.gql(CREATE, { i: { name: 'x', role: 'reporting' } }, { token }))).toEqual(['FORBIDDEN']);
  expect(codes(await api.gql('{ roles { name } }', {}, { token }))).toEqual(['FORBIDDEN']);
  expect(codes(await api.gql('mutation { grantPermission(role: "support", permission: "auditTrail:read") { name } }', {}, { token }))).toEqual(['FORBIDDEN']);
});

test('roles live in the database: create, grant, revoke, assign — effective on the next request', async () => {
  const customer = await makeCustomer(api.db);
  const created = await api.gql('mutation { createRole(input: { name: "auditor", description: "Reads the audit trail", permissions: ["accountDetails:read"] }) { name permissions builtin } }', {}, { token: adminToken });
  expect(created.data.createRole).toEqual({ name: 'auditor', permissions: ['accountDetails:read'], builtin: false });
  const { user, token } = await makeUser(api.db, 'sales');
  const assigned = await api.gql('mutation($u: ID!) { assignRole(userId: $u, role: "auditor") { role } }', { u: user.id }, { token: adminToken });
  expect(assigned.data.assignRole.role).toBe('auditor');

  const read = () => api.gql('query($id: ID!) { customer(id: $id) { auditTrail { edges { cursor } } } }', { id: customer.id }, { token });
  expect(codes(await read())).toEqual(['FORBIDDEN']);
  const granted = await api.gql('mutation { grantPermission(role: "auditor", permission: "auditTrail:read") { permissions } }', {}, { token: adminToken });
  expect(granted.data.grantPermission.permissions).toEqual(['accountDetails:read', 'auditTrail:read']);
  expect((await read()).errors).toBeUndefined();
  await api.gql('mutation { revokePermission(role: "auditor", permission: "auditTrail:read") { permissions } }', {}, { token: adminToken });
  expect(codes(await read())).toEqual(['FORBIDDEN']);
});

test('unknown permissions, duplicate role names and stripping admin of admin:roles are refused', async () => {
  const unknown = await api.gql('mutation { grantPermission(role: "support", permission: "everything:write") { name } }', {}, { token: adminToken });
  expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'permission' });
  const dup = await api.gql('mutation { createRole(input: { name: "support" }) { name } }', {}, { token: adminToken });
  expect(codes(dup)).toEqual(['CONFLICT']);
  const strip = await api.gql('mutation { revokePermission(role: "admin", permission: "admin:roles") { name } }', {}, { token: adminToken });
  expect(codes(strip)).toEqual(['CONFLICT']);
  const badName = await api.gql('mutation { createRole(input: { name: "Bad Name!" }) { name } }', {}, { token: adminToken });
  expect(badName.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
});

test('an admin creates a staff user with a password, who can then sign in', async () => {
  const r = await api.gql('mutation { createStaffUser(input: { email: "New.Agent@Test.Sightline.test", name: "New Agent", password: "a-long-enough-password", role: "support" }) { user { id email role passwordSet } link { token } } }', {}, { token: adminToken });
  expect(r.data.createStaffUser).toMatchObject({ user: { email: 'new.agent@test.sightline.test', role: 'support', passwordSet: true }, link: null });
  const login = await api.gql('mutation { login(email: "new.agent@test.sightline.test", password: "a-long-enough-password") { me { name } } }');
  expect(login.data.login.me.name).toBe('New Agent');
  const again = await api.gql('mutation { createStaffUser(input: { email: "new.agent@test.sightline.test", name: "Dup", password: "a-long-enough-password", role: "support" }) { user { id } } }', {}, { token: adminToken });
  expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  const short = await api.gql('mutation { createStaffUser(input: { email: "x@test.sightline.test", name: "X", password: "short", role: "support" }) { user { id } } }', {}, { token: adminToken });
  expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
});

test('a token records when it was last used, at most once a minute', async () => {
  const { data } = await api.gql(CREATE, { i: { name: 'Usage BI', role: 'reporting' } }, { token: adminToken });
  const { token, apiToken } = data.createApiToken;
  const lastUsed = async () => (await api.db.query('SELECT last_used_at FROM api_token WHERE id = $1', [apiToken.id]))[0].last_used_at as Date | null;
  expect(await lastUsed()).toBeNull();
  await api.gql('{ me { name } }', {}, { token });
  const first = await lastUsed();
  expect(first).toBeInstanceOf(Date);
  // Within the minute: no second write.
  await api.gql('{ me { name } }', {}, { token });
  expect((await lastUsed())!.getTime()).toBe(first!.getTime());
  // Older than a minute: the next request refreshes it.
  await api.db.query(`UPDATE api_token SET last_used_at = now() - interval '5 minutes' WHERE id = $1`, [apiToken.id]);
  const stale = await lastUsed();
  await api.gql('{ me { name } }', {}, { token });
  expect((await lastUsed())!.getTime()).toBeGreaterThan(stale!.getTime() + 60_000);
  const list = await api.gql('{ apiTokens { id lastUsedAt } }', {}, { token: adminToken });
  expect(list.data.apiTokens.find((t: any) => t.id === apiToken.id).lastUsedAt).not.toBeNull();
});

test('revoking an unknown token is NOT_FOUND; a token for an unknown reseller is BAD_USER_INPUT', async () => {
  const revoke = 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }';
  expect(codes(await api.gql(revoke, { id: '00000000-0000-4000-a000-000000000999' }, { token: adminToken }))).toEqual(['NOT_FOUND']);
  expect(codes(await api.gql(revoke, { id: 'not-a-uuid' }, { token: adminToken }))).toEqual(['NOT_FOUND']);
  const r = await api.gql(CREATE, { i: { name: 'Ghost', role: 'reseller', resellerId: '00000000-0000-4000-a000-000000000999' } }, { token: adminToken });
  expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resellerId' });
});

test('roles say whether they are reseller-scoped', async () => {
  const r = await api.gql('{ roles { name resellerScoped } }', {}, { token: adminToken });
  const scoped = r.data.roles.filter((x: any) => x.resellerScoped).map((x: any) => x.name);
  expect(scoped).toEqual(['reseller']);
});
