import { ERROR_CODE_LIST } from '@sightline/access';
import fc from 'fast-check';
import { bareSchema } from '../compose';
import { captureLogs } from '../../testing/log-capture';
import { makeCustomer, makeNote, makeReseller, makeUser } from '../../testing/factories';
import { startTestApi, type TestApi } from '../../testing/harness';
import {
  forgedCursor,
  forgedId,
  hostileString,
  literal,
  rootFields,
  scalarPaths,
  selectionFor,
  valueOf,
  wrongType,
  type Value,
} from '../../testing/hostile-input';

// Thousands of hostile requests, generated from the schema (every query and mutation, every
// argument: wrong types, injection strings, NUL bytes and odd unicode, huge and deep values,
// forged ids and cursors) and from HTTP itself (bodies that are not GraphQL, alias and batch
// bombs, deep and huge documents). Whatever comes in: no 5xx, no INTERNAL_SERVER_ERROR, no
// stack or path in an answer, no unexpected error in the log, no row changed, and the API
// still answers. Every mutation carries one poisoned argument (an id that names nothing, a
// NUL byte, a value of the wrong type), so a change would be a bug, not bad luck.

// A failure names its seed and path (FUZZ_SEED=<seed> replays the run) and the request, not
// fast-check's whole counterexample (an alias bomb is 30 kB).
fc.configureGlobal({
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
  endOnFailure: true,
  asyncReporter: async (run) => {
    if (run.failed) throw new Error(`fuzz failed (seed ${run.seed}, path ${run.counterexamplePath}): ${String(run.errorInstance).slice(0, 2000)}`);
  },
});

const logs = captureLogs('warn');
let api: TestApi;
let admin: string;
let resellerUser: string;
let customerIds: string[];
const schema = bareSchema();

beforeAll(async () => {
  api = await startTestApi({ logger: logs.logger });
  admin = (await makeUser(api.db, 'admin')).token;
  const reseller = await makeReseller(api.db);
  resellerUser = (await makeUser(api.db, 'reseller', { resellerId: reseller.id })).token;
  const customers = await Promise.all([makeCustomer(api.db), makeCustomer(api.db, { resellerId: reseller.id }), makeCustomer(api.db)]);
  customerIds = customers.map((c) => c.id);
  await makeNote(api.db, customerIds[0]);
});
afterAll(() => api.teardown());

/** Every table of the test's schema, counted and hashed row by row (the audit trail included). */
/** Not data: the sign-in limiter's counters are meant to move when hostile sign-ins arrive. */
const STATE_TABLES = new Set(['login_attempt']);

async function checksum(): Promise<Record<string, string>> {
  const tables: { name: string }[] = (
    await api.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`,
      [api.schema],
    )
  ).filter((t: { name: string }) => !STATE_TABLES.has(t.name));
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await api.db.query(`SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM "${api.schema}"."${name}" t`);
    sums[name] = `${row.n}:${row.h}`;
  }
  return sums;
}

const KNOWN_CODES = new Set<string>(ERROR_CODE_LIST);
const LEAK = /<html|<pre>|stacktrace|\n\s+at \S+ \(|\/work\/|node_modules|\.[jt]s:\d+:\d+|QueryFailedError|TypeError|ReferenceError/;
let requests = 0;

/** Sends one request and checks the invariants every answer must keep. */
async function hostile(init: { method?: string; url?: string; body?: string; headers?: Record<string, string> }) {
  requests++;
  const res = await fetch(init.url ?? api.url, { method: init.method ?? 'POST', headers: init.headers ?? { 'content-type': 'application/json' }, body: init.body });
  const text = await res.text();
  const context = `${res.status} ${text.slice(0, 300)}\nrequest: ${String(init.body).slice(0, 300)}`;
  if (res.status >= 500) throw new Error(`5xx: ${context}`);
  if (LEAK.test(text)) throw new Error(`leaks the server's insides: ${context}`);
  let body: { errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`not JSON: ${context}`);
  }
  for (const e of body.errors ?? []) {
    const code = e.extensions?.code;
    if (!code || !KNOWN_CODES.has(code) || code === 'INTERNAL_SERVER_ERROR') throw new Error(`error code ${code}: ${context}`);
  }
}

const auth = fc.constantFrom<'admin' | 'reseller' | 'none'>('admin', 'admin', 'reseller', 'none');
const headersFor = (who: 'admin' | 'reseller' | 'none', extra: Record<string, string> = {}) => ({
  'content-type': 'application/json',
  ...(who === 'none' ? {} : { authorization: `Bearer ${who === 'admin' ? admin : resellerUser}` }),
  ...extra,
});

/** Sets `value` at `path` inside `args`, making the objects on the way (an id to forge, a string to poison). */
function setAt(args: Record<string, Value>, path: string[], value: Value) {
  let at: Record<string, Value> = args;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) at[key] = {};
    at = at[key] as Record<string, Value>;
  }
  at[path[path.length - 1]] = value;
}

// `logout` ends the fuzzing session itself: the one mutation without an argument to poison.
const mutations = rootFields(schema, 'mutation').filter((f) => f.args.length > 0);
const queries = rootFields(schema, 'query');

/** One root field with generated arguments, as variables or written into the document. */
function operationArb(root: 'query' | 'mutation') {
  const fields = root === 'query' ? queries : mutations;
  return fc.constantFrom(...fields).chain((field) => {
    // Queries may read real records; a mutation's ids are always forged.
    const ids = root === 'query' ? fc.oneof(fc.constantFrom(...customerIds), forgedId) : forgedId;
    const args = fc.tuple(...field.args.map((a) => fc.option(valueOf(a.type, { ids }), { nil: undefined, freq: 8 }).map((v) => [a.name, v] as const)));
    const poison = fc.record({ kind: fc.constantFrom('id', 'text', 'type'), pick: fc.nat(), text: fc.constantFrom('\u0000', 'a\u0000b', '\ud800'), id: forgedId, wrong: wrongType });
    return fc.record({ field: fc.constant(field), args, poison, inline: fc.boolean(), who: auth });
  });
}

type Operation = ReturnType<typeof operationArb> extends fc.Arbitrary<infer T> ? T : never;

function buildOperation(root: 'query' | 'mutation', op: Operation) {
  const { field, poison, inline } = op;
  const args: Record<string, Value> = {};
  for (const [name, value] of op.args) if (value !== undefined) args[name] = value;
  if (root === 'mutation') {
    // One argument that must make the mutation change nothing.
    const ids = field.args.flatMap((a) => scalarPaths(a.type, 'ID', [a.name]));
    const texts = field.args.flatMap((a) => scalarPaths(a.type, 'String', [a.name]));
    if (poison.kind === 'id' && ids.length) setAt(args, ids[poison.pick % ids.length], poison.id);
    else if (poison.kind === 'text' && texts.length) setAt(args, texts[poison.pick % texts.length], poison.text);
    else {
      const arg = field.args[poison.pick % field.args.length];
      args[arg.name] = poison.wrong === null && !String(arg.type).endsWith('!') ? 'not this' : poison.wrong;
    }
  }
  const names = Object.keys(args);
  const argType = (name: string) => String(field.args.find((a) => a.name === name)!.type);
  const selection = selectionFor(field);
  if (inline) {
    const list = names.map((n) => `${n}: ${literal(args[n])}`).join(', ');
    return { query: `${root} { ${field.name}${list ? `(${list})` : ''}${selection} }` };
  }
  const defs = names.map((n) => `$${n}: ${argType(n)}`).join(', ');
  const list = names.map((n) => `${n}: $${n}`).join(', ');
  return { query: `${root}${defs ? `(${defs})` : ''} { ${field.name}${list ? `(${list})` : ''}${selection} }`, variables: args };
}

let before: Record<string, string>;
beforeAll(async () => {
  before = await checksum();
});

// ~5,200 requests, about 30 s on a 2-core machine. FUZZ_SEED replays a run.
const RUNS = { operations: 3000, http: 1000, cursors: 400 };

test('every query and mutation, with hostile arguments generated from the schema', async () => {
  for (const root of ['query', 'mutation'] as const) {
    await fc.assert(
      fc.asyncProperty(operationArb(root), async (op) => {
        await hostile({ body: JSON.stringify(buildOperation(root, op)), headers: headersFor(op.who) });
      }),
      { numRuns: RUNS.operations / 2 },
    );
  }
}, 120_000);

test('requests that are not GraphQL, bombs, and huge or deep documents', async () => {
  const me = '{ me { id } }';
  const body = fc.oneof(
    fc.json({ maxDepth: 4 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constant({ query: me }), { minLength: 2, maxLength: 100 }).map((batch) => JSON.stringify(batch)),
    fc.integer({ min: 10, max: 3000 }).map((n) => JSON.stringify({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }` })),
    fc.integer({ min: 10, max: 400 }).map((n) => JSON.stringify({ query: `{ me ${'@include(if: true) '.repeat(n)}{ id } }` })),
    fc.integer({ min: 10, max: 5000 }).map((n) => JSON.stringify({ query: `{ ${'me { reseller { '.repeat(n)} id ${'} } '.repeat(n)}}` })),
    fc.integer({ min: 10, max: 100_000 }).map((n) => JSON.stringify({ query: `{ me { ${'id '.repeat(n)} } }` })),
    fc.integer({ min: 10, max: 4000 }).map((n) => JSON.stringify({ query: `{ customers(first: 1, filter: { search: ${'['.repeat(n)}"a"${']'.repeat(n)} }) { totalCount } }` })),
    fc.record({ query: fc.oneof(hostileString, fc.constant(me), wrongType), operationName: fc.oneof(hostileString, wrongType), variables: wrongType, extensions: wrongType }).map((b) => JSON.stringify(b)),
    fc.record({ extensions: fc.record({ persistedQuery: fc.record({ version: fc.oneof(fc.constant(1), wrongType), sha256Hash: fc.oneof(hostileString, fc.stringMatching(/^[0-9a-f]{64}$/)) }) }) }).map((b) => JSON.stringify(b)),
  );
  const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'text/plain', 'application/graphql', 'multipart/form-data; boundary=x', '');
  const accept = fc.constantFrom('application/json', 'application/graphql-response+json', '*/*', 'text/html', '');
  await fc.assert(
    fc.asyncProperty(body, contentType, accept, auth, fc.boolean(), async (b, type, acc, who, asGet) => {
      const headers = headersFor(who, { 'content-type': type, accept: acc });
      // URLSearchParams, not encodeURIComponent: a slice may split a surrogate pair, which
      // encodeURIComponent refuses (URIError) and a browser sends as U+FFFD.
      const search = new URLSearchParams({ query: b.slice(0, 6000), variables: b.slice(0, 200) });
      if (asGet) await hostile({ method: 'GET', url: `${api.url}?${search}`, headers: { ...headers, 'apollo-require-preflight': '1' } });
      else await hostile({ body: b, headers });
    }),
    { numRuns: RUNS.http },
  );
}, 120_000);

test('forged cursors and ids', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('after', 'before'), forgedCursor, fc.integer({ min: -5, max: 200 }), forgedId, auth, async (dir, cursor, n, id, who) => {
      const size = dir === 'after' ? 'first' : 'last';
      const queries = [
        { query: `query($c: String, $n: Int) { customers(${size}: $n, ${dir}: $c) { totalCount edges { cursor } } }`, variables: { c: cursor, n } },
        { query: 'query($id: ID!, $c: String) { customer(id: $id) { id auditTrail(first: 5, after: $c) { edges { cursor } } } }', variables: { id: customerIds[0], c: cursor } },
        { query: 'query($id: ID!) { customer(id: $id) { id name notes { id } } }', variables: { id } },
      ];
      for (const q of queries) await hostile({ body: JSON.stringify(q), headers: headersFor(who) });
    }),
    { numRuns: RUNS.cursors },
  );
}, 120_000);

test('afterwards: no row changed, nothing unexpected logged, and the API still answers', async () => {
  expect(requests).toBeGreaterThan(5000);
  expect(await checksum()).toEqual(before);
  expect(logs.lines.filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
  const r = await api.gql('{ me { id } customers(first: 1) { totalCount } }', {}, { token: admin });
  expect(r.errors).toBeUndefined();
  expect(r.data.customers.totalCount).toBe(3);
});
