import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startChildApi, type ChildApi } from '../../testing/child-api';

// A real outage: the API runs as `npm start` runs it (src/main.ts in a process of its own,
// background jobs on) on a PostgreSQL server of its own, which the test stops and starts again. While it is down the API answers at once with 503
// and SERVICE_UNAVAILABLE (readiness and GraphQL alike), logs one line per request and one
// warning for the outage, and comes back by itself when the server does.

const SERVER_SCRIPT = path.join(__dirname, '../../../test/postgres-server.mjs');
const dataDir = mkdtempSync(path.join(tmpdir(), 'sightline-outage-'));
let server: ChildProcess;
let port = 0;
let api: ChildApi;
let token: string;
const ADMIN = { email: 'outage-admin@example.com', password: 'a long enough password' };

/** Starts the server (on `port` once it has one) and resolves with its URL. */
function startServer(): Promise<string> {
  server = spawn(process.execPath, [SERVER_SCRIPT, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`postgres-server exited with ${code}`)));
    createInterface({ input: server.stdout! }).once('line', (line) => {
      const started = JSON.parse(line) as { url: string; port: number };
      port = started.port;
      resolve(started.url);
    });
  });
}

function stopServer(): Promise<void> {
  return new Promise((resolve) => {
    server.removeAllListeners('exit');
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}

beforeAll(async () => {
  const url = await startServer();
  api = await startChildApi({ DATABASE_URL: url, SIGHTLINE_ADMIN_EMAIL: ADMIN.email, SIGHTLINE_ADMIN_PASSWORD: ADMIN.password });
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: ADMIN.email, p: ADMIN.password } }),
  });
  token = (await res.json()).data.login.token;
}, 60_000);

afterAll(async () => {
  api?.process.kill('SIGTERM');
  await api?.exited;
  if (server.exitCode === null) await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const base = () => api.url.replace('/graphql', '');
const me = () =>
  fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'query Me { me { id } }' }),
  });
const signIn = () =>
  fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(email: "nobody@example.com", password: "wrong password") { token } }' }),
  });

test('up: ready, and serving', async () => {
  expect((await fetch(`${base()}/healthz`)).status).toBe(200);
  const ready = await fetch(`${base()}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
  expect((await (await me()).json()).data.me.id).toBeTruthy();
});

test('down: alive but not ready, 503 SERVICE_UNAVAILABLE at once, one warning for the outage', async () => {
  const linesBefore = api.lines.length;
  await stopServer();

  expect((await fetch(`${base()}/healthz`)).status).toBe(200);
  const ready = await fetch(`${base()}/readyz`);
  expect(ready.status).toBe(503);
  expect(ready.headers.get('retry-after')).toBe('5');
  expect(await ready.json()).toEqual({ status: 'unavailable', code: 'SERVICE_UNAVAILABLE', reason: 'database unreachable' });

  const started = Date.now();
  const answers = [];
  for (let round = 0; round < 10; round++) answers.push(...(await Promise.all([me(), me(), me(), me(), signIn()])));
  expect(Date.now() - started).toBeLessThan(10_000); // no request waits for a connection that cannot come
  for (const res of answers) {
    const text = await res.text();
    expect(`${res.status} ${text}`).toMatch(/^503 /);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(text).not.toMatch(/ECONNREFUSED|\s+at \S+ \(|node_modules/);
  }

  // Give the job workers' polls and the pool time to meet the outage too.
  await new Promise((r) => setTimeout(r, 1500));
  const during = api.lines.slice(linesBefore);
  // One line per request, under the id it was answered with.
  for (const res of answers) {
    const lines = during.filter((l) => l.reqId === res.headers.get('x-request-id'));
    expect(lines).toEqual([expect.objectContaining({ msg: 'request', status: 503, errors: ['SERVICE_UNAVAILABLE'] })]);
  }
  const others = during.filter((l) => l.msg !== 'request');
  expect(others.map((l) => l.msg)).toEqual(['database unavailable']);
  expect(others[0]).toMatchObject({ level: 'warn', cause: expect.stringMatching(/^(57P01|ECONNREFUSED)$/) });
  expect(JSON.stringify(during)).not.toMatch(/"stack"/);
}, 60_000);

test('back: ready again by itself, with the same session', async () => {
  await startServer();
  let ready = 0;
  for (const started = Date.now(); Date.now() - started < 20_000; await new Promise((r) => setTimeout(r, 200))) {
    ready = (await fetch(`${base()}/readyz`)).status;
    if (ready === 200) break;
  }
  expect(ready).toBe(200);
  const res = await me();
  expect(res.status).toBe(200);
  expect((await res.json()).data.me.id).toBeTruthy();
}, 60_000);
