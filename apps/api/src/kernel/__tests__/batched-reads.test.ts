import { readsFor } from '../db/batched-reads';
import { startTestApi, type TestApi } from '../../testing/harness';
import { makeCustomer, makeUser } from '../../testing/factories';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.teardown());

test('loader statements are planned once per connection (generic plans), never again per batch of keys', async () => {
  const { token } = await makeUser(api.db, 'admin');
  const ids = [(await makeCustomer(api.db)).id, (await makeCustomer(api.db)).id];
  const profile = 'query($id: ID!) { customer(id: $id) { id contacts { id } notes { id } addresses { id } auditTrail { edges { node { id } } } } }';
  // Two loader writes per request, the lanes in turn: every lane carries loader statements.
  for (let i = 0; i < 8; i++) expect((await api.gql(profile, { id: ids[i % 2] }, { token })).errors).toBeUndefined();
  // Asked in one turn of the event loop: one lane answers about its own session.
  const [[mode], plans] = await Promise.all([
    readsFor(api.db).query('SHOW plan_cache_mode'),
    readsFor(api.db).query(`SELECT statement, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name LIKE 'sl\\_%'`),
  ]);
  expect(mode.plan_cache_mode).toBe('force_generic_plan');
  expect(plans.some((p: { statement: string; generic: number }) => p.statement.includes('FROM customer_note x') && p.generic >= 1)).toBe(true);
  expect(plans.filter((p: { custom: number }) => p.custom > 0)).toEqual([]);
  // The main pool (services, transactions, searches) keeps PostgreSQL's default choice.
  expect((await api.db.query('SHOW plan_cache_mode'))[0].plan_cache_mode).toBe('auto');
});
