import { startTestApi, type TestApi } from '../../testing/harness';
import { makeCustomer, makeUser } from '../../testing/factories';

let api: TestApi;
beforeAll(async () => {
  // One connection, so every statement of every request runs on the session we inspect.
  api = await startTestApi({ poolSize: 1, batchedReads: false });
});
afterAll(() => api.teardown());

const prepared = async (): Promise<string[]> =>
  (await api.db.query(`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'sl\\_%' ORDER BY statement`)).map((r: { statement: string }) => r.statement);

test('parameterised statements are prepared once per connection and reused by later requests', async () => {
  const { token } = await makeUser(api.db, 'admin');
  const [a, b] = [await makeCustomer(api.db), await makeCustomer(api.db)];
  const profile = 'query($id: ID!) { customer(id: $id) { id contacts { id } notes { id } addresses { id } } }';
  expect((await api.gql(profile, { id: a.id }, { token })).errors).toBeUndefined();
  const afterFirst = await prepared();
  expect(afterFirst.some((s) => s.includes('FROM customer_note x'))).toBe(true); // the notes loader
  expect(afterFirst.some((s) => s.includes('FROM session s'))).toBe(true); // the session lookup
  for (const id of [a.id, b.id, b.id]) expect((await api.gql(profile, { id }, { token })).errors).toBeUndefined();
  expect(await prepared()).toEqual(afterFirst);
});

test('a search is sent unnamed, so PostgreSQL plans it for its own term every time', async () => {
  const { token } = await makeUser(api.db, 'admin');
  const list = 'query($s: String) { customers(first: 5, filter: { search: $s }) { totalCountAtLeast edges { node { id } } } }';
  for (const s of ['ab', 'abcdef', 'ab', 'abcdef', 'x', 'xyz', 'xyz', 'xyz', 'xyz', 'xyz', 'xyz']) {
    expect((await api.gql(list, { s }, { token })).errors).toBeUndefined();
  }
  const statements = await prepared();
  expect(statements.some((s) => s.includes('FROM session s'))).toBe(true); // the same requests' other statements are prepared
  expect(statements.filter((s) => /search_text"? LIKE|lower\(/.test(s))).toEqual([]);
});
