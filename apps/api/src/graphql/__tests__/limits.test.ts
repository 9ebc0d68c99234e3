import { codes, startTestApi, type TestApi } from '../../testing/harness';
import { makeUser } from '../../testing/factories';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = (await makeUser(api.db, 'admin')).token;
});
afterAll(() => api.teardown());

test('a query deeper than the limit is refused before it runs', async () => {
  const deep = 'customers { edges { node { '.repeat(6) + 'id' + ' } } }'.repeat(6);
  const r = await api.gql(`{ ${deep} }`, {}, { token });
  expect(codes(r)[0]).toBe('BAD_USER_INPUT');
  expect(r.errors![0].message).toMatch(/depth/i);
  expect(r.statements).toBeLessThanOrEqual(1); // auth only, no customer query ran
});

test('too many aliases are refused', async () => {
  const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
  const r = await api.gql(`{ ${aliases} }`, {}, { token });
  expect(codes(r)[0]).toBe('BAD_USER_INPUT');
  expect(r.errors![0].message).toMatch(/alias/i);
});

test('unknown fields are BAD_USER_INPUT without suggesting field names', async () => {
  const r = await api.gql('{ me { passwrd } }', {}, { token });
  expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  expect(r.errors![0].message).not.toMatch(/Did you mean/);
});

test('errors never carry stack traces', async () => {
  const r = await api.gql('{ customer(id: "x") { id } }', {}, { token });
  expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.ts/);
});
