// A read request enters no AsyncLocalStorage scope: on Node 20 the first one turns on promise
// hooks for the life of the process, about a fifth of a profile request's CPU. The request's
// trace travels with its response (traceOf(ctx.res)) instead (request-log.test.ts covers what it logs).
import { AsyncLocalStorage } from 'node:async_hooks';
import { PROFILE_QUERY } from '../../bench/queries';
import { makeCustomer, makeUser } from '../../testing/factories';
import { startTestApi, type TestApi } from '../../testing/harness';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi({ exposeStatementCount: false });
  token = (await makeUser(api.db, 'admin')).token;
});
afterAll(() => api.teardown());

test('the whole profile and a failing read run without an AsyncLocalStorage scope', async () => {
  const c = await makeCustomer(api.db);
  const run = jest.spyOn(AsyncLocalStorage.prototype, 'run');
  const enterWith = jest.spyOn(AsyncLocalStorage.prototype, 'enterWith');
  try {
    const ok = await api.gql(PROFILE_QUERY, { id: c.id }, { token });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.customer.id).toBe(c.id);
    const missing = await api.gql('{ customer(id: "nope") { id } }', {}, { token });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(run).not.toHaveBeenCalled();
    expect(enterWith).not.toHaveBeenCalled();
  } finally {
    run.mockRestore();
    enterWith.mockRestore();
  }
});
