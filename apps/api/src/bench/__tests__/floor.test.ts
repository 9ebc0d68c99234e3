// The bench's floor is one hand-written statement over every widget's tables: it must keep
// running as modules change their tables, or the bench's ratios mean nothing.
import { startTestApi, type TestApi } from '../../testing/harness';
import { makeCustomer } from '../../testing/factories';
import { FLOOR_SQL } from '../queries';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.teardown());

test('the floor SQL runs on the current schema and returns the customer with every widget column', async () => {
  const c = await makeCustomer(api.db);
  const rows = await api.db.query(FLOOR_SQL, [c.id]);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ id: c.id, account_number: c.accountNumber });
  for (const column of ['contacts', 'notes', 'data_accounts', 'sessions', 'data_usage', 'voip_lines', 'billing_account', 'invoices', 'payments', 'ledger_items', 'pending_lines', 'billed_charges', 'billed_periods'])
    expect(rows[0]).toHaveProperty(column);
});
