// What the API gives away about itself: the schema only to signed-in callers (or nobody), no
// "Did you mean" hints of any kind, no X-Powered-By.
import { getIntrospectionQuery } from 'graphql';
import { codes, startTestApi, type TestApi } from '../../testing/harness';
import { makeUser } from '../../testing/factories';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = (await makeUser(api.db, 'support')).token;
});
afterAll(() => api.teardown());

describe('introspection', () => {
  const asks = [
    ['the full introspection query', getIntrospectionQuery()],
    ['__type', '{ __type(name: "Customer") { fields { name } } }'],
    ['__schema inside a fragment', '{ ...Q } fragment Q on Query { __schema { queryType { name } } }'],
  ];

  test.each(asks)('%s is refused without signing in, before anything runs', async (_label, query) => {
    const r = await api.gql(query);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.errors![0].message).toBe('Sign in to read the schema');
    expect(r.data ?? null).toBeNull();
    expect(r.status).toBe(401);
  });

  test('is answered for a signed-in caller; __typename needs no session', async () => {
    const r = await api.gql('{ __type(name: "Customer") { name } }', {}, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data.__type.name).toBe('Customer');
    expect((await api.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  test('is refused to everyone with GRAPHQL_INTROSPECTION=0', async () => {
    const closed = await startTestApi({ introspection: false });
    try {
      const { token: adminToken } = await makeUser(closed.db, 'admin');
      const r = await closed.gql('{ __schema { queryType { name } } }', {}, { token: adminToken });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.data ?? null).toBeNull();
      expect((await closed.gql('{ me { role } }', {}, { token: adminToken })).data.me.role).toBe('admin');
    } finally {
      await closed.teardown();
    }
  });
});

describe('no error suggests a name the caller did not write', () => {
  // The query, its variables, and the name graphql-js would have suggested.
  const mistakes: [string, string, Record<string, unknown>, string][] = [
    ['a field', '{ customers(first: 1) { totalCont } }', {}, '"totalCount"'],
    ['an argument', '{ customers(frist: 1) { totalCount } }', {}, '"first"'],
    ['an enum value in the query', '{ customers(first: 1, filter: { statuses: [ACTIV] }) { totalCount } }', {}, 'ACTIVE'],
    ['an enum value in a variable', 'query($s: [CustomerStatus!]) { customers(first: 1, filter: { statuses: $s }) { totalCount } }', { s: ['ACTIV'] }, 'ACTIVE'],
    ['an input field', '{ customers(first: 1, filter: { serach: "x" }) { totalCount } }', {}, '"search"'],
    ['a type', 'query($f: CustomerFiltr) { customers(first: 1, filter: $f) { totalCount } }', {}, '"CustomerFilter"'],
  ];

  test.each(mistakes)('%s', async (_label, query, variables, suggestion) => {
    const r = await api.gql(query, variables, { token });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const messages = r.errors!.map((e) => e.message).join('\n');
    expect(messages).not.toMatch(/Did you mean|Suggestion/);
    expect(messages).not.toContain(suggestion);
  });
});

test('no X-Powered-By header, on /graphql or /healthz', async () => {
  const r = await api.gql('{ __typename }');
  expect(r.headers.get('x-powered-by')).toBeNull();
  const health = await fetch(api.url.replace('/graphql', '/healthz'));
  expect(health.headers.get('x-powered-by')).toBeNull();
});
