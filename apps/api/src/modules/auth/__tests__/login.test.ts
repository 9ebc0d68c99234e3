import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeUser, TEST_PASSWORD } from '../../../testing/factories';

let api: TestApi;
let email: string;
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt me { email role permissions } } }';

beforeAll(async () => {
  // Low limits so the rate limit is reachable in a test.
  api = await startTestApi({ loginLimit: { perEmailAddress: 3, perAddress: 50, windowSeconds: 60, perEmail: 50, perEmailWindowSeconds: 60 } });
  email = (await makeUser(api.db, 'support')).user.email;
});
afterAll(() => api.teardown());

test('login returns a session token, sets an httpOnly cookie, and the session works both ways', async () => {
  const r = await api.gql(LOGIN, { e: email.toUpperCase(), p: TEST_PASSWORD });
  expect(r.errors).toBeUndefined();
  expect(r.data.login.me).toMatchObject({ email, role: 'support' });
  expect(r.data.login.me.permissions).toContain('notes:write');
  const setCookie = r.headers.get('set-cookie')!;
  expect(setCookie).toMatch(/^sightline_session=sls_[\w-]+;/);
  expect(setCookie).toMatch(/HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Lax/i);
  const cookie = setCookie.split(';')[0];
  const viaCookie = await api.gql('{ me { email } }', {}, { cookie });
  const viaBearer = await api.gql('{ me { email } }', {}, { token: r.data.login.token });
  expect(viaCookie.data.me.email).toBe(email);
  expect(viaBearer.data.me.email).toBe(email);
  // the password hash is argon2id, never the password
  const [{ password_hash }] = await api.db.query('SELECT password_hash FROM app_user WHERE email = $1', [email]);
  expect(password_hash).toMatch(/^\$argon2id\$/);
});

test('a wrong password or unknown email is UNAUTHENTICATED with one message for both', async () => {
  const wrong = await api.gql(LOGIN, { e: email, p: 'not-the-password' });
  const unknown = await api.gql(LOGIN, { e: 'nobody@test.sightline.test', p: 'whatever' });
  expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
  expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  expect(wrong.headers.get('set-cookie')).toBeNull();
});

test('logout revokes the session and clears the cookie', async () => {
  const { data } = await api.gql(LOGIN, { e: email, p: TEST_PASSWORD });
  const out = await api.gql('mutation { logout }', {}, { token: data.login.token });
  expect(out.data.logout).toBe(true);
  expect(out.headers.get('set-cookie')).toMatch(/sightline_session=;.*Expires=Thu, 01 Jan 1970/);
  expect(codes(await api.gql('{ me { email } }', {}, { token: data.login.token }))).toEqual(['UNAUTHENTICATED']);
});

test('logout with an API token does nothing and says so: the token keeps working', async () => {
  const admin = await makeUser(api.db, 'admin');
  const created = await api.gql('mutation { createApiToken(input: { name: "Reporting script", role: "reporting" }) { token } }', {}, { token: admin.token });
  const token = created.data.createApiToken.token;
  const out = await api.gql('mutation { logout }', {}, { token });
  expect(out.errors).toBeUndefined();
  expect(out.data.logout).toBe(false);
  expect(out.headers.get('set-cookie')).toBeNull();
  expect((await api.gql('{ me { name } }', {}, { token })).data.me.name).toBe('Reporting script');
});

test('an expired session says so', async () => {
  const { data } = await api.gql(LOGIN, { e: email, p: TEST_PASSWORD });
  await api.db.query(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`, [email]);
  const r = await api.gql('{ me { email } }', {}, { token: data.login.token });
  expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  expect(r.errors![0].message).toMatch(/expired/);
});

test('a deactivated user cannot sign in or use an old session', async () => {
  const { user, token } = await makeUser(api.db, 'billing');
  await api.db.query('UPDATE app_user SET active = false WHERE id = $1', [user.id]);
  expect(codes(await api.gql('{ me { email } }', {}, { token }))).toEqual(['UNAUTHENTICATED']);
  expect(codes(await api.gql(LOGIN, { e: user.email, p: TEST_PASSWORD }))).toEqual(['UNAUTHENTICATED']);
});

test('login is rate-limited per email and IP', async () => {
  const { user } = await makeUser(api.db, 'sales');
  const attempts = [];
  for (let i = 0; i < 4; i++) attempts.push(codes(await api.gql(LOGIN, { e: user.email, p: 'wrong-password' })));
  expect(attempts).toEqual([['UNAUTHENTICATED'], ['UNAUTHENTICATED'], ['UNAUTHENTICATED'], ['TOO_MANY_REQUESTS']]);
  // even the right password is refused until the window passes
  expect(codes(await api.gql(LOGIN, { e: user.email, p: TEST_PASSWORD }))).toEqual(['TOO_MANY_REQUESTS']);
});

test('me describes the caller', async () => {
  const { token, user } = await makeUser(api.db, 'debt_collector');
  const r = await api.gql('{ me { id email name role permissions reseller { id } kind } }', {}, { token });
  expect(r.data.me).toMatchObject({ id: user.id, email: user.email, role: 'debt_collector', reseller: null, kind: 'STAFF' });
  expect(r.data.me.permissions).toEqual(expect.arrayContaining(['debtorNotes:write', 'suspension:write']));
  expect(r.data.me.permissions).not.toContain('addresses:read');
});
