import { startApi } from '../../../app/server';
import { trustProxySetting } from '../../../kernel/config';
import { startTestApi, type TestApi } from '../../../testing/harness';
import { makeUser, TEST_PASSWORD } from '../../../testing/factories';
import { addressKey, type LoginLimits } from '../rate-limit';

// Small limits so each is reachable in a test.
const LIMITS: LoginLimits = { perEmailAddress: 3, perAddress: 6, windowSeconds: 60, perEmail: 8, perEmailWindowSeconds: 60 };
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const WRONG = 'not-the-password';

let api: TestApi;
beforeAll(async () => {
  // Trusts loopback (the default), so this test stands in for the web app, which sets X-Forwarded-For.
  api = await startTestApi({ loginLimit: LIMITS });
});
afterAll(() => api.teardown());

let seq = 0;
const newEmail = () => `nobody-${process.pid}-${++seq}@test.sightline.test`;
/** Signs in at `target` (an API's /graphql URL) as a client at `address`; the error codes. */
async function signIn(target: { url: string }, email: string, password: string, address?: string): Promise<string[]> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return (body.errors ?? []).map((e) => e.extensions?.code ?? '');
}

async function attempts(n: number, email: (i: number) => string, password: string, address: (i: number) => string, target: { url: string } = api) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await signIn(target, email(i), password, address(i)));
  return out;
}
const times = (n: number, code: string) => Array.from({ length: n }, () => [code]);
const succeeded = (n: number) => Array.from({ length: n }, () => []);

test('wrong passwords lock one email at one address, not the email elsewhere nor the address for others', async () => {
  const { user } = await makeUser(api.db, 'support');
  const { user: neighbour } = await makeUser(api.db, 'support');
  expect(await attempts(4, () => user.email, WRONG, () => '203.0.113.10')).toEqual([...times(3, 'UNAUTHENTICATED'), ['TOO_MANY_REQUESTS']]);
  // Even the right password waits at that address…
  expect(await signIn(api, user.email, TEST_PASSWORD, '203.0.113.10')).toEqual(['TOO_MANY_REQUESTS']);
  // …but works from another address, and a colleague behind the same address signs in.
  expect(await signIn(api, user.email, TEST_PASSWORD, '198.51.100.20')).toEqual([]);
  expect(await signIn(api, neighbour.email, TEST_PASSWORD, '203.0.113.10')).toEqual([]);
});

test("successful sign-ins do not spend the address's budget", async () => {
  const { user } = await makeUser(api.db, 'billing');
  // Twice the per-address limit of sign-ins from one office…
  expect(await attempts(2 * LIMITS.perAddress, () => user.email, TEST_PASSWORD, () => '192.0.2.30')).toEqual(succeeded(2 * LIMITS.perAddress));
  // …leave the whole budget for wrong passwords (each for another email, so only the address limit counts).
  expect(await attempts(LIMITS.perAddress + 1, newEmail, WRONG, () => '192.0.2.30')).toEqual([
    ...times(LIMITS.perAddress, 'UNAUTHENTICATED'),
    ['TOO_MANY_REQUESTS'],
  ]);
});

test('one email is limited across every address together, more slowly', async () => {
  const { user } = await makeUser(api.db, 'sales');
  // One wrong password from each of many addresses: under every per-address limit.
  const address = (i: number) => `100.64.${seq}.${i + 1}`;
  expect(await attempts(LIMITS.perEmail + 1, () => user.email, WRONG, address)).toEqual([
    ...times(LIMITS.perEmail, 'UNAUTHENTICATED'),
    ['TOO_MANY_REQUESTS'],
  ]);
  expect(await signIn(api, user.email, TEST_PASSWORD, '100.64.255.1')).toEqual(['TOO_MANY_REQUESTS']);
});

test('IPv6 addresses count by their /64, so rotating within it buys nothing', async () => {
  expect(await attempts(LIMITS.perAddress + 1, newEmail, WRONG, (i) => `2001:db8:77:1::${(i + 1).toString(16)}`)).toEqual([
    ...times(LIMITS.perAddress, 'UNAUTHENTICATED'),
    ['TOO_MANY_REQUESTS'],
  ]);
  expect(addressKey('2001:db8:77:1:a:b:c:d')).toBe(addressKey('2001:db8:77:1::9'));
  expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  expect(addressKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
  expect(addressKey('203.0.113.5')).toBe('203.0.113.5');
});

test('the counters live in PostgreSQL, hashed, and every API replica counts the same attempts', async () => {
  const replica = await startApi({
    databaseUrl: process.env.SIGHTLINE_TEST_DATABASE_URL!,
    schema: api.schema,
    port: 0,
    host: '127.0.0.1',
    runJobs: false,
    loginLimit: LIMITS,
  });
  try {
    const { user } = await makeUser(api.db, 'technical');
    // Alternating between the two: each sees two attempts, together four.
    const results = [];
    for (const target of [api, replica, api, replica]) results.push(await signIn(target, user.email, WRONG, '203.0.113.40'));
    expect(results).toEqual([...times(3, 'UNAUTHENTICATED'), ['TOO_MANY_REQUESTS']]);
  } finally {
    await replica.stop();
  }
  const rows: { key: string; points: number }[] = await api.db.query('SELECT key, points FROM login_attempt');
  expect(rows.length).toBeGreaterThan(0);
  expect(JSON.stringify(rows)).not.toMatch(/@|203\.0\.113/);
});

describe('which address counts (TRUST_PROXY)', () => {
  test('the setting reads like Express trust proxy; unset trusts loopback only', () => {
    expect(trustProxySetting(undefined)).toBe('loopback');
    expect(trustProxySetting('')).toBe('loopback');
    expect(trustProxySetting('0')).toBe(0);
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting('2')).toBe(2);
    expect(trustProxySetting('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });

  test('trusting no proxy: a forged X-Forwarded-For changes nothing', async () => {
    const direct = await startTestApi({ loginLimit: LIMITS, trustProxy: false });
    try {
      const { user } = await makeUser(direct.db, 'support');
      expect(await attempts(4, () => user.email, WRONG, (i) => `198.18.0.${i + 1}`, direct)).toEqual([...times(3, 'UNAUTHENTICATED'), ['TOO_MANY_REQUESTS']]);
    } finally {
      await direct.teardown();
    }
  });

  test('trusting one hop: the address that hop saw counts, not what the client wrote before it', async () => {
    const oneHop = await startTestApi({ loginLimit: LIMITS, trustProxy: 1 });
    try {
      const { user } = await makeUser(oneHop.db, 'support');
      const forged = (i: number) => `10.${i}.0.1, 198.51.100.77`;
      expect(await attempts(4, () => user.email, WRONG, forged, oneHop)).toEqual([...times(3, 'UNAUTHENTICATED'), ['TOO_MANY_REQUESTS']]);
      // The same email from the address the hop reports differently is its own count.
      expect(await signIn(oneHop, user.email, TEST_PASSWORD, '10.0.0.1, 198.51.100.78')).toEqual([]);
    } finally {
      await oneHop.teardown();
    }
  });
});
