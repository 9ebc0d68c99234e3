import { startTestApi, type TestApi } from '../../testing/harness';
import { makeUser } from '../../testing/factories';

let api: TestApi;
beforeAll(async () => {
  // As in production: nobody reads the count, so nothing counts.
  api = await startTestApi({ exposeStatementCount: false });
});
afterAll(() => api.teardown());

test('without exposeStatementCount the API neither counts nor reports SQL statements', async () => {
  const { token } = await makeUser(api.db, 'admin');
  const r = await api.gql('{ me { id } }', {}, { token });
  expect(r.errors).toBeUndefined();
  expect(r.headers.get('x-sql-statements')).toBeNull();
});
