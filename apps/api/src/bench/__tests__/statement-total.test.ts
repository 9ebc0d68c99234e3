// The bench counts SQL statements from each contender's running total, with no per-request
// scope in the contender: the total must move by exactly what each request sent.
import { startTestApi, type TestApi } from '../../testing/harness';
import { makeCustomer, makeUser } from '../../testing/factories';
import { runLoad, readStatements, type StatementReading } from '../load';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ exposeStatementTotal: true });
  token = (await makeUser(api.db, 'admin')).token;
});
afterAll(() => api.teardown());

test("x-sql-statements-total moves by each request's own x-sql-statements", async () => {
  const c = await makeCustomer(api.db);
  const ask = async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query($id: ID!) { customer(id: $id) { id name contacts { id } } }', variables: { id: c.id } }),
    });
    expect((await res.json()).errors).toBeUndefined();
    return { own: Number(res.headers.get('x-sql-statements')), total: Number(res.headers.get('x-sql-statements-total')) };
  };
  const first = await ask();
  const second = await ask();
  expect(second.own).toBeGreaterThan(0);
  expect(second.total - first.total).toBe(second.own);
});

test('a load over running totals reports the statements per request between the first and last answer', async () => {
  let total = 1000;
  const task = async (): Promise<StatementReading> => ({ total: (total += 3) });
  const result = await runLoad(task, 2, 0.3, { warmupSeconds: 0 });
  expect(result.requests).toBeGreaterThan(10);
  expect(result.statements).toBe(3);
  expect(readStatements(new Headers({ 'x-sql-statements-total': '42' }))).toEqual({ total: 42 });
  expect(readStatements(new Headers({ 'x-sql-statements': '7' }))).toEqual({ request: 7 });
});
