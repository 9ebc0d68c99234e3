import { captureLogs } from '../../testing/log-capture';
import { makeUser } from '../../testing/factories';
import { startTestApi, type TestApi } from '../../testing/harness';

// The log as an operator reads it: one JSON line per request, with the request id, the
// actor and the operation; an unexpected error's stack once, under the same request id.

const logs = captureLogs();
let api: TestApi;
let token: string;
let userId: string;
beforeAll(async () => {
  api = await startTestApi({ logger: logs.logger });
  const made = await makeUser(api.db, 'admin');
  token = made.token;
  userId = made.user.id;
});
afterAll(() => api.teardown());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });

const requestLine = (reqId: string) => logs.waitFor((l) => l.msg === 'request' && l.reqId === reqId);

test('a request: one line with its id (taken from x-request-id when sane), actor, operation, status and duration', async () => {
  const res = await post({ query: 'query WhoAmI { me { id } }' }, { 'x-request-id': 'lb-7f3a.42' });
  expect(res.headers.get('x-request-id')).toBe('lb-7f3a.42');
  const line = await requestLine('lb-7f3a.42');
  expect(line).toEqual({
    level: 'info',
    time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    msg: 'request',
    reqId: 'lb-7f3a.42',
    method: 'POST',
    path: '/graphql',
    status: 200,
    ms: expect.any(Number),
    operation: 'WhoAmI',
    actor: `staff:${userId}`,
  });
  expect(logs.lines.filter((l) => l.reqId === 'lb-7f3a.42')).toHaveLength(1);
});

test.each([
  ['missing', undefined],
  ['with spaces and quotes', 'a b"c'],
  ['too long', 'x'.repeat(200)],
])('an x-request-id %s is replaced by a new UUID', async (_what, incoming) => {
  const res = await post({ query: '{ me { id } }' }, incoming === undefined ? {} : { 'x-request-id': incoming });
  const id = res.headers.get('x-request-id')!;
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect((await requestLine(id)).operation).toBe('(anonymous query)');
});

test('errors: their codes on the request line; a client mistake logs no stack', async () => {
  const res = await post({ query: '{ customer(id: "nope") { id } }' });
  const line = await requestLine(res.headers.get('x-request-id')!);
  expect(line.errors).toEqual(['NOT_FOUND']);
  const bad = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
  const badLine = await requestLine(bad.headers.get('x-request-id')!);
  expect(badLine).toMatchObject({ status: 400, errors: ['BAD_USER_INPUT'] });
  expect(logs.lines.filter((l) => l.level === 'error')).toEqual([]);
});

test('an unexpected error: its stack logged once, under the request id; the client sees only INTERNAL_SERVER_ERROR', async () => {
  // A real failure the code does not expect: the table behind `resellers` is gone.
  await api.db.query('ALTER TABLE reseller RENAME TO reseller_away');
  try {
    const res = await post({ query: 'query Resellers { resellers { id } }' });
    const body = await res.json();
    expect(body.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    const reqId = res.headers.get('x-request-id')!;
    await requestLine(reqId);
    const errors = logs.lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ reqId, msg: 'unexpected error', err: { type: 'QueryFailedError', message: expect.stringContaining('reseller') } });
    expect((errors[0].err as { stack: string }).stack).toMatch(/\n\s+at /);
  } finally {
    await api.db.query('ALTER TABLE reseller_away RENAME TO reseller');
  }
});

test('health checks that pass are logged at debug (a load balancer polls them)', async () => {
  const res = await fetch(api.url.replace('/graphql', '/readyz'));
  expect(res.status).toBe(200);
  expect(await requestLine(res.headers.get('x-request-id')!)).toMatchObject({ level: 'debug', path: '/readyz', status: 200 });
});

test('every line is one JSON object with a level, a time and a message', () => {
  expect(logs.lines.length).toBeGreaterThan(5);
  for (const l of logs.lines) expect(l).toEqual(expect.objectContaining({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) }));
});
