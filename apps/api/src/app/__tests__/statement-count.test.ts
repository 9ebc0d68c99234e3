// The SQL statement budget, derived from the modules' probes: a fixed cost plus each widget's
// own batched loaders, the same for 50 customers as for one.
import { startTestApi, type TestApi } from '../../testing/harness';
import { makeContact, makeCustomer, makeNote, makeReseller, makeUser } from '../../testing/factories';
import { everyWidgetSelection } from '../../testing/probes';
import { PROBES } from '../compose';
import { batchedReadsSent } from '../../kernel/db/batched-reads';

let api: TestApi;
let token: string;
const tag = `Batch${Date.now()}`;
const EVERY_WIDGET = `id accountNumber name status\n    ${everyWidgetSelection(PROBES)}`;
const WIDGET_STATEMENTS = PROBES.reduce((n, p) => n + p.statements, 0);
/** The session look-up, then the customer (or the page of customers). */
const FIXED = 2;

beforeAll(async () => {
  api = await startTestApi();
  const { user, token: t } = await makeUser(api.db, 'admin');
  token = t;
  const reseller = await makeReseller(api.db);
  for (let i = 0; i < 60; i++) {
    const c = await makeCustomer(api.db, { name: `${tag} ${String(i).padStart(2, '0')}`, resellerId: reseller.id, accountManagerId: user.id });
    await makeContact(api.db, c.id);
    await makeNote(api.db, c.id, { popup: i % 5 === 0 });
  }
});
afterAll(() => api.teardown());

// A list page of every widget stays within the query cost limit with short nested pages.
const LIST_WIDGETS = EVERY_WIDGET.replace(/\(first: \d+\)/g, '(first: 2)');
const list = (first: number) =>
  api.gql(`query($s: String) { customers(first: ${first}, filter: { search: $s }) { totalCount edges { node { ${LIST_WIDGETS} } } } }`, { s: tag }, { token });

test('customers(first: 50) with every widget costs the same number of SQL statements as first: 1', async () => {
  const one = await list(1);
  const fifty = await list(50);
  expect(one.errors).toBeUndefined();
  expect(fifty.errors).toBeUndefined();
  expect(fifty.data.customers.edges).toHaveLength(50);
  expect(fifty.statements).toBe(one.statements);
  // + the total count
  expect(fifty.statements).toBeLessThanOrEqual(FIXED + 1 + WIDGET_STATEMENTS);
});

test('customer(id) with every widget is one statement per widget loader, not per row', async () => {
  const [{ id }] = await api.db.query('SELECT id FROM customer WHERE name = $1', [`${tag} 01`]);
  const r = await api.gql(`query($id: ID!) { customer(id: $id) { ${EVERY_WIDGET} } }`, { id }, { token });
  expect(r.errors).toBeUndefined();
  expect(r.statements).toBeLessThanOrEqual(FIXED + WIDGET_STATEMENTS);
});

test('customer(id) with every widget sends all its loaders to PostgreSQL in one write (one round trip), however many widgets', async () => {
  const [{ id }] = await api.db.query('SELECT id FROM customer WHERE name = $1', [`${tag} 02`]);
  const before = batchedReadsSent(api.db)!;
  const r = await api.gql(`query($id: ID!) { customer(id: $id) { ${EVERY_WIDGET} } }`, { id }, { token });
  const after = batchedReadsSent(api.db)!;
  expect(r.errors).toBeUndefined();
  // The session look-up and the customer go before, on the main pool; every widget loader after, together.
  expect(after.queries - before.queries).toBe(WIDGET_STATEMENTS);
  expect(after.turns - before.turns).toBe(1);
  expect(r.statements).toBe(FIXED + WIDGET_STATEMENTS);
});

test('the capped count is one statement for both of its fields, like totalCount', async () => {
  const page = (counts: string) => api.gql(`query($s: String) { customers(first: 5, filter: { search: $s }) { ${counts} edges { node { id } } } }`, { s: tag }, { token });
  const exact = await page('totalCount');
  const capped = await page('totalCountAtLeast totalCountIsCapped');
  expect(capped.errors).toBeUndefined();
  expect(capped.data.customers).toMatchObject({ totalCountAtLeast: 60, totalCountIsCapped: false });
  expect(capped.statements).toBe(exact.statements);
  expect(capped.statements).toBe(FIXED + 1);
});
