import { createHash } from 'node:crypto';
import { createLogger } from '../../kernel/log';
import { makeUser } from '../../testing/factories';
import { startTestApi, type TestApi } from '../../testing/harness';

// Every client mistake is a 4xx (or a 200 carrying errors, where the GraphQL-over-HTTP spec
// says so) with a code, in the GraphQL response format, never a 500, an HTML page or a stack.
// The API runs as `npm start` runs it (NODE_ENV=development), where Express's own error page
// would show the stack.

let api: TestApi;
let token: string;
const previousEnv = process.env.NODE_ENV;
beforeAll(async () => {
  process.env.NODE_ENV = 'development';
  api = await startTestApi({ logger: createLogger({ level: 'silent' }) });
  token = (await makeUser(api.db, 'admin')).token;
});
afterAll(async () => {
  process.env.NODE_ENV = previousEnv;
  await api.teardown();
});

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface Answer {
  status: number;
  type: string;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
}

/** POSTs `body` as is (a string: possibly not JSON) and reads the answer as text first. */
async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': JSON_TYPE, authorization: `Bearer ${token}`, ...headers },
    body,
  });
  const text = await res.text();
  let parsed: Answer['body'] = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // asserted below: every answer is JSON
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, body: parsed };
}

const send = (payload: unknown, headers?: Record<string, string>) => post(JSON.stringify(payload), headers);

/** JSON in the GraphQL response format, with a code, and nothing of the server's insides. */
function expectClean(a: Answer, code: string) {
  expect(a.type).toMatch(/^application\/(graphql-response\+)?json; charset=utf-8$/);
  expect(a.body.errors?.[0]?.extensions?.code).toBe(code);
  expect(a.text).not.toMatch(/<html|<pre>|stacktrace|\s+at \S+ \(|\/work\/|node_modules|\.ts:\d+/i);
  expect(a.status).toBeLessThan(500);
}

describe('a request body the API cannot read', () => {
  it('malformed JSON: 400 BAD_USER_INPUT', async () => {
    const a = await post('{"query": ');
    expect(a.status).toBe(400);
    expectClean(a, 'BAD_USER_INPUT');
    expect(a.body.errors![0].message).toBe('The request body is not valid JSON');
  });

  it('larger than the limit: 413 BAD_USER_INPUT', async () => {
    const a = await send({ query: '{ me { id } }', padding: 'x'.repeat(1_100_000) });
    expect(a.status).toBe(413);
    expectClean(a, 'BAD_USER_INPUT');
    expect(a.body.errors![0].message).toBe('The request body is larger than 1 MB');
  });

  it('an unsupported charset: 415 BAD_USER_INPUT', async () => {
    const a = await send({ query: '{ me { id } }' }, { 'content-type': 'application/json; charset=latin1' });
    expect(a.status).toBe(415);
    expectClean(a, 'BAD_USER_INPUT');
  });

  it('the answer takes the media type the client prefers', async () => {
    const a = await post('{', { accept: GRAPHQL_RESPONSE });
    expect(a.type).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
    expectClean(a, 'BAD_USER_INPUT');
  });

  it('another path: 404 NOT_FOUND as JSON', async () => {
    const res = await fetch(api.url.replace('/graphql', '/nowhere'));
    expect(res.status).toBe(404);
    expect((await res.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('nesting is refused before anything recurses through it', () => {
  const levels = 3000;
  const list = `${'['.repeat(levels)}"a"${']'.repeat(levels)}`;

  it.each([
    ['a list literal', `{ customers(first: 1, filter: { search: ${list} }) { totalCount } }`],
    ['selections', `{ me ${'{ reseller '.repeat(levels)} { id } ${'}'.repeat(levels)} }`],
    ['input objects', `{ customers(first: 1, filter: ${'{ a: '.repeat(levels)} 1 ${'}'.repeat(levels)}) { totalCount } }`],
  ])('in the document (%s): 400 BAD_USER_INPUT for Apollo clients, 200 with errors for application/json', async (_what, query) => {
    const forApollo = await send({ query }, { accept: `${GRAPHQL_RESPONSE},${JSON_TYPE};q=0.9` });
    expect(forApollo.status).toBe(400);
    expectClean(forApollo, 'BAD_USER_INPUT');
    expect(forApollo.body.errors![0].message).toMatch(/^This query nests too deeply \(more than \d+ levels/);
    const plain = await send({ query });
    expect(plain.status).toBe(200);
    expectClean(plain, 'BAD_USER_INPUT');
  });

  it('in variables: 400 BAD_USER_INPUT', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const a = await post(`{"query":"query($s: [CustomerStatus!]) { customers(first: 1, filter: { statuses: $s }) { totalCount } }","variables":{"s":${deep}}}`);
    expect(a.status).toBe(400);
    expectClean(a, 'BAD_USER_INPUT');
    expect(a.body.errors![0].message).toMatch(/^The variables nest too deeply/);
  });
});

describe('a forged cursor', () => {
  const cursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
  it.each([
    ['not UUIDs', cursor(['a', 'b'])],
    ['wrong types', cursor([1, {}])],
    ['a NUL byte', cursor(['a\u0000', '00000000-0000-4000-a000-000000000001'])],
    ['not base64 JSON', '!!!'],
  ])('(%s) is BAD_USER_INPUT on after/before', async (_what, c) => {
    for (const [arg, size] of [['after', 'first'], ['before', 'last']]) {
      const a = await send({ query: `query($c: String) { customers(${size}: 1, ${arg}: $c) { totalCount } }`, variables: { c } });
      expectClean(a, 'BAD_USER_INPUT');
      expect(a.body.errors![0].extensions!.field).toBe(arg);
    }
  });
});

describe('text that cannot be stored is refused in every string input, before anything runs', () => {
  it.each([
    ['a mutation input (variable)', 'mutation($n: String!) { createReseller(input: { name: $n }) { id } }', { n: 'a\u0000b' }, 'name'],
    ['a whole input object', 'mutation($i: CreateResellerInput!) { createReseller(input: $i) { id } }', { i: { name: 'a\u0000' } }, 'name'],
    ['a search filter', 'query($s: String) { customers(first: 1, filter: { search: $s }) { totalCount } }', { s: '\u0000' }, 'search'],
    ['a sign-in', 'mutation($e: String!) { login(email: $e, password: "x") { token } }', { e: 'a\u0000@example.com' }, 'email'],
    ['a lone surrogate', 'mutation($n: String!) { createReseller(input: { name: $n }) { id } }', { n: 'a\ud800b' }, 'name'],
    ['a literal in the document', 'mutation { createReseller(input: { name: "a\\u0000b" }) { id } }', {}, 'name'],
  ])('%s: BAD_USER_INPUT with the field', async (_what, query, variables, field) => {
    const a = await send({ query, variables });
    expectClean(a, 'BAD_USER_INPUT');
    expect(a.body.errors![0].extensions!.field).toBe(field);
    expect(a.body.data).toBeUndefined();
  });

  it('leaves well-formed unicode alone (an emoji is a surrogate pair)', async () => {
    const a = await send({ query: 'mutation($n: String!) { createReseller(input: { name: $n }) { name } }', variables: { n: 'Ubuntu 🦓 Wireless' } });
    expect(a.body.errors).toBeUndefined();
  });
});

describe('ids that name nothing', () => {
  it.each([
    ['revokeApiToken', 'mutation { revokeApiToken(id: "not-a-uuid") { id } }', 'NOT_FOUND'],
    ['assignRole', 'mutation { assignRole(userId: "not-a-uuid", role: "admin") { id } }', 'NOT_FOUND'],
    ['customer', '{ customer(id: "not-a-uuid") { id } }', 'NOT_FOUND'],
  ])('%s with a non-UUID id: %s', async (_what, query, code) => {
    expectClean(await send({ query }), code);
  });

  it('createStaffUser with an unknown reseller: BAD_USER_INPUT on resellerId', async () => {
    const a = await send({
      query: 'mutation { createStaffUser(input: { name: "X", email: "x@example.com", role: "reseller", resellerId: "00000000-0000-4000-a000-0000000000ff" }) { user { id } } }',
    });
    expectClean(a, 'BAD_USER_INPUT');
    expect(a.body.errors![0].extensions!.field).toBe('resellerId');
  });
});

describe('operations the API cannot pick or run', () => {
  it.each([
    ['an unknown operationName', { query: 'query A { me { id } }', operationName: 'B' }, 400],
    ['several anonymous operations', { query: '{ me { id } } { me { name } }' }, 200],
    ['a subscription', { query: 'subscription { me { id } }' }, 200],
    ['a syntax error', { query: '{ me { id ' }, 200],
    ['a variable of the wrong type', { query: 'query($n: Int) { customers(first: $n) { totalCount } }', variables: { n: 'x' } }, 200],
    ['no query', {}, 400],
    ['a batch', [{ query: '{ me { id } }' }], 400],
  ])('%s: BAD_USER_INPUT', async (_what, payload, status) => {
    const a = await send(payload);
    expect(a.status).toBe(status);
    expectClean(a, 'BAD_USER_INPUT');
  });
});

describe('automatic persisted queries, as Apollo clients use them', () => {
  const query = '{ me { id } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const persisted = { persistedQuery: { version: 1, sha256Hash } };

  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND; with the text it is stored; then the hash alone runs', async () => {
    const miss = await send({ extensions: persisted });
    expect(miss.status).toBe(200);
    expect(miss.body.errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    const register = await send({ query, extensions: persisted });
    expect(register.body.errors).toBeUndefined();
    const hit = await send({ extensions: persisted });
    expect(hit.body).toEqual(register.body);
  });

  it('a hash that does not match the text: BAD_USER_INPUT', async () => {
    const a = await send({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(a.status).toBe(400);
    expectClean(a, 'BAD_USER_INPUT');
  });
});
