// The session cache: a cached caller costs no SQL statement, and every change that ends or
// changes what it may do takes effect on the next request: at once in the process that made it
// through the API, and in every other process as soon as the notification reaches it (sent at
// commit; the tests wait for that explicitly, since it races the next HTTP request by a hair).
import { startApi } from '../../../app/server';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';
import { codes, startTestApi, type GqlResult, type TestApi } from '../../../testing/harness';
import { sessionCacheOf } from '../session-cache';
import { hashToken, newToken, SESSION_PREFIX } from '../tokens';

let api: TestApi;
/** A second API instance on the same database and schema: its own pool, cache and LISTEN connection. */
let other: Awaited<ReturnType<typeof startApi>>;
let adminToken: string;

const secondApi = (sessionCacheSeconds: number) =>
  startApi({ databaseUrl: process.env.SIGHTLINE_TEST_DATABASE_URL!, schema: api.schema, port: 0, host: '127.0.0.1', exposeStatementCount: true, runJobs: false, sessionCacheSeconds });

beforeAll(async () => {
  api = await startTestApi({ sessionCacheSeconds: 3600 });
  other = await secondApi(3600);
  adminToken = (await makeUser(api.db, 'admin')).token;
});
afterAll(async () => {
  await other.stop();
  await api.teardown();
});

const ME = '{ me { id role permissions } }';

async function ask(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<GqlResult> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return { ...((await res.json()) as object), status: res.status, headers: res.headers, statements: Number(res.headers.get('x-sql-statements')) };
}

/** Asks `me` on the first API until it is served from its cache (the second time); returns the answer. */
async function cached(token: string) {
  const first = await ask(api.url, ME, {}, token);
  expect(first.errors).toBeUndefined();
  const second = await ask(api.url, ME, {}, token);
  expect(second.statements).toBe(0);
  expect(second.data).toEqual(first.data);
  return second.data.me as { id: string; role: string; permissions: string[] };
}

const me = (token: string) => ask(api.url, ME, {}, token);
/** Waits until the first API has heard every change committed so far. */
const heard = () => sessionCacheOf(api.db)!.heard();

async function until(done: () => boolean) {
  for (let i = 0; i < 250 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(done()).toBe(true);
}

test('a cached session or API token costs no SQL statement', async () => {
  const { token } = await makeUser(api.db, 'support');
  expect((await me(token)).statements).toBe(1);
  await cached(token);
  const created = await ask(api.url, 'mutation { createApiToken(input: { name: "BI tool", role: "reporting" }) { token } }', {}, adminToken);
  expect(created.errors).toBeUndefined();
  const apiToken = created.data.createApiToken.token;
  expect((await me(apiToken)).statements).toBeGreaterThanOrEqual(1); // + its last_used_at, once a minute
  await heard(); // the eviction that write sends has arrived (it races the next request otherwise)
  expect((await me(apiToken)).statements).toBe(1); // that write evicted it everywhere: read again, not written
  expect((await me(apiToken)).statements).toBe(0);
});

test('SESSION_CACHE_SECONDS=0 turns the cache off: every request looks its session up', async () => {
  const uncached = await secondApi(0);
  try {
    const { token } = await makeUser(api.db, 'support');
    for (let i = 0; i < 3; i++) expect((await ask(uncached.url, ME, {}, token)).statements).toBe(1);
  } finally {
    await uncached.stop();
  }
});

describe.each([
  ['this API', () => ({ url: api.url, db: api.db, elsewhere: false })],
  ['another API process on the same database', () => ({ url: other.url, db: other.db, elsewhere: true })],
])('a change made through %s takes effect on the next request', (_via, via) => {
  const asAdmin = (query: string, variables: Record<string, unknown> = {}) => ask(via().url, query, variables, adminToken);
  /** A change through this API's services needs no wait; one made elsewhere, or by SQL, is heard when its notification arrives. */
  const settled = (bySql = false) => (bySql || via().elsewhere ? heard() : undefined);

  test('signing out', async () => {
    const { token } = await makeUser(api.db, 'support');
    await cached(token);
    expect((await ask(via().url, 'mutation { logout }', {}, token)).data.logout).toBe(true);
    await settled();
    expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
  });

  test('a session revoked in the database', async () => {
    const { user, token } = await makeUser(api.db, 'support');
    await cached(token);
    await via().db.query('UPDATE session SET revoked_at = now() WHERE user_id = $1', [user.id]);
    await settled(true);
    expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
  });

  test('a password reset by an administrator', async () => {
    const { user, token } = await makeUser(api.db, 'support');
    await cached(token);
    const r = await asAdmin('mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { user { id } } }', { i: { userId: user.id, password: 'another-long-password' } });
    expect(r.errors).toBeUndefined();
    await settled();
    expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
  });

  test('the user deactivated', async () => {
    const { user, token } = await makeUser(api.db, 'support');
    await cached(token);
    expect((await asAdmin('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: user.id })).data.deactivateUser.active).toBe(false);
    await settled();
    expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
  });

  test('the user deleted', async () => {
    const { user, token } = await makeUser(api.db, 'support');
    await cached(token);
    await via().db.query('DELETE FROM app_user WHERE id = $1', [user.id]);
    await settled(true);
    expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
  });

  test("the user's role changed", async () => {
    const { user, token } = await makeUser(api.db, 'support');
    expect((await cached(token)).role).toBe('support');
    expect((await asAdmin('mutation($u: ID!) { assignRole(userId: $u, role: "billing") { role } }', { u: user.id })).data.assignRole.role).toBe('billing');
    await settled();
    const r = await me(token);
    expect(r.data.me.role).toBe('billing');
    expect(r.statements).toBe(1);
  });

  test("a permission taken from the user's role", async () => {
    const role = `cache_${Math.random().toString(36).slice(2, 8)}`;
    expect((await asAdmin('mutation($n: String!) { createRole(input: { name: $n, permissions: ["notes:read", "auditTrail:read"] }) { name } }', { n: role })).errors).toBeUndefined();
    const { user, token } = await makeUser(api.db, 'support');
    await api.db.query('UPDATE app_user SET role_id = (SELECT id FROM role WHERE name = $2) WHERE id = $1', [user.id, role]);
    await heard();
    expect((await cached(token)).permissions).toContain('notes:read');
    expect((await asAdmin('mutation($r: String!) { revokePermission(role: $r, permission: "notes:read") { name } }', { r: role })).errors).toBeUndefined();
    await settled();
    expect((await me(token)).data.me.permissions).toEqual(["auditTrail:read"]);
  });

  test('an API token revoked', async () => {
    const created = await asAdmin('mutation { createApiToken(input: { name: "Script", role: "reporting" }) { token apiToken { id } } }');
    const { token, apiToken } = created.data.createApiToken;
    await me(token); // writes last_used_at, which evicts it
    await heard(); // that eviction arrives before the token is cached, not between the two asks of `cached`
    await cached(token);
    expect((await asAdmin('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: apiToken.id })).data.revokeApiToken.revokedAt).toBeTruthy();
    await settled();
    expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
  });

  test("a reseller's user moved to another reseller sees only the new reseller's customers", async () => {
    const [from, to] = [await makeReseller(api.db), await makeReseller(api.db)];
    const customer = await makeCustomer(api.db, { resellerId: from.id });
    const { user, token } = await makeUser(api.db, 'reseller', { resellerId: from.id });
    const read = () => ask(api.url, 'query($id: ID!) { customer(id: $id) { id } }', { id: customer.id }, token);
    await cached(token);
    expect((await read()).data.customer.id).toBe(customer.id);
    await via().db.query('UPDATE app_user SET reseller_id = $2 WHERE id = $1', [user.id, to.id]);
    await settled(true);
    expect((await read()).data?.customer ?? null).toBeNull();
  });

  test("a reseller deleted, with its users", async () => {
    const reseller = await makeReseller(api.db);
    const { token } = await makeUser(api.db, 'reseller', { resellerId: reseller.id });
    await cached(token);
    await via().db.query('DELETE FROM reseller WHERE id = $1', [reseller.id]);
    await settled(true);
    expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
  });
});

test('a change that is rolled back evicts nothing', async () => {
  const [one, two] = [await makeUser(api.db, 'support'), await makeUser(api.db, 'support')];
  await cached(one.token);
  await cached(two.token);
  const rollback = api.db.transaction(async (em) => {
    await em.query('UPDATE session SET revoked_at = now() WHERE user_id = $1', [one.user.id]);
    await em.query(`UPDATE role SET permissions = '{}' WHERE name = 'support'`);
    throw new Error('changed my mind');
  });
  await expect(rollback).rejects.toThrow('changed my mind');
  // A committed change after it, heard: a notification of the rolled-back one would have come first.
  await api.db.query('UPDATE session SET revoked_at = now() WHERE user_id = $1', [two.user.id]);
  await heard();
  expect(codes(await me(two.token))).toEqual(['UNAUTHENTICATED']);
  const r = await me(one.token);
  expect(r.errors).toBeUndefined();
  expect(r.statements).toBe(0);
});

test('a session ends when it expires, cached or not', async () => {
  const { user } = await makeUser(api.db, 'support');
  const token = newToken(SESSION_PREFIX);
  await api.db.query(`INSERT INTO session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '3 seconds')`, [hashToken(token), user.id]);
  await cached(token);
  await new Promise((r) => setTimeout(r, 3100));
  const r = await me(token);
  expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  expect(r.errors![0].message).toMatch(/expired/);
});

test('without its LISTEN connection the cache serves nothing, until it is back and flushed', async () => {
  const [one, two] = [await makeUser(api.db, 'support'), await makeUser(api.db, 'support')];
  await cached(one.token);
  await cached(two.token);
  const cache = sessionCacheOf(api.db)!;
  // Hold the reconnection back, to look at the cache while it is down.
  const held = jest.spyOn(cache, 'connect').mockResolvedValue(undefined);
  await api.db.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`sightline-session-cache ${api.schema}`]);
  await until(() => !cache.serving);
  // Nobody hears this revocation's notification: the database is asked, every time.
  await api.db.query('UPDATE session SET revoked_at = now() WHERE user_id = $1', [one.user.id]);
  expect(codes(await me(one.token))).toEqual(['UNAUTHENTICATED']);
  for (let i = 0; i < 2; i++) expect((await me(two.token)).statements).toBe(1);
  // Back: flushed, then caching again.
  held.mockRestore();
  await cache.connect();
  expect(cache.serving).toBe(true);
  expect((await me(two.token)).statements).toBe(1);
  expect((await me(two.token)).statements).toBe(0);
  expect(codes(await me(one.token))).toEqual(['UNAUTHENTICATED']);
});
