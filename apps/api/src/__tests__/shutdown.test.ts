import pg from 'pg';
import { startChildApi, type ChildApi } from '../testing/child-api';

// SIGTERM drains: the real entry point (src/main.ts, its own process) stops taking
// connections, lets the request in flight finish, and exits 0.

const serverUrl = process.env.SIGHTLINE_TEST_DATABASE_URL!;
const database = `shutdown_${process.pid}`;
const ADMIN = { email: 'drain-admin@example.com', password: 'a long enough password' };
let admin: pg.Client;
let api: ChildApi;

const databaseUrl = () => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

beforeAll(async () => {
  // A database of its own: the entry point migrates the public schema.
  admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  api = await startChildApi({ DATABASE_URL: databaseUrl(), SIGHTLINE_ADMIN_EMAIL: ADMIN.email, SIGHTLINE_ADMIN_PASSWORD: ADMIN.password });
}, 60_000);

afterAll(async () => {
  if (api.process.exitCode === null) api.process.kill('SIGKILL');
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

test('a request in flight when SIGTERM arrives completes; then the process exits 0', async () => {
  const login = await gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN.email, p: ADMIN.password });
  const token = login.body.data.login.token;
  const created = await gql('mutation { createCustomer(input: { name: "Slow Lane Farm" }) { id accountDetails { version } } }', {}, token);
  const { id, accountDetails } = created.body.data.createCustomer;

  // Make the next change slow for real: hold the customer's row lock in another transaction.
  const locker = new pg.Client({ connectionString: databaseUrl() });
  await locker.connect();
  await locker.query('BEGIN');
  await locker.query('SELECT 1 FROM customer WHERE id = $1 FOR UPDATE', [id]);
  const slow = gql(
    'mutation($input: UpdateAccountDetailsInput!) { updateAccountDetails(input: $input) { name } }',
    { input: { customerId: id, expectedVersion: accountDetails.version, name: 'Fast Lane Farm' } },
    token,
  );
  for (let waiting = 0; waiting === 0; await new Promise((r) => setTimeout(r, 50))) {
    const { rows } = await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [database]);
    waiting = rows[0].n;
  }

  api.process.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  expect(api.process.exitCode).toBeNull(); // still draining
  await expect(fetch(api.url.replace('/graphql', '/healthz'))).rejects.toThrow(); // no new connections

  await locker.query('COMMIT');
  await locker.end();
  const answer = await slow;
  expect(answer).toEqual({ status: 200, body: { data: { updateAccountDetails: { name: 'Fast Lane Farm' } } } });
  expect(await api.exited).toBe(0);
  expect(api.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down: draining requests and jobs', 'stopped']));
}, 60_000);
