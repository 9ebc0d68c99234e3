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
/** The customer (or the page of customers); the session was looked up once and is cached since. */
const FIXED = 1;

beforeAll(async () => {
  api = await startTestApi({ sessionCacheSeconds: 3600 });
  const { user, token: t } = await makeUser(api.db, 'admin');
  token = t;
  const reseller = await makeReseller(api.db);
  for (let i = 0; i < 60; i++) {
    const c = await makeCustomer(api.db, { name: `${tag} ${String(i).padStart(2, '0')}`, resellerId: reseller.id, accountManagerId: user.id });
    await makeContact(api.db, c.id);
    await makeNote(api.db, c.id, { popup: i % 5 === 0 });
  }
  await api.gql('{ me { id } }', {}, { token }); // the session is looked up here, then cached
});
afterAll(() => api.teardown());

// A list page of every widget would pass the query cost limit (10,000) at 50 rows, so the page
// is asked in two halves of the widgets, each with short nested pages; each half must cost the
// same statements for 50 customers as for one.
const HALVES = [PROBES.slice(0, Math.ceil(PROBES.length / 2)), PROBES.slice(Math.ceil(PROBES.length / 2))];
const listOf = (probes: typeof PROBES, first: number) =>
  api.gql(
    `query($s: String) { customers(first: ${first}, filter: { search: $s }) { totalCount edges { node { id accountNumber name status\n ${everyWidgetSelection(probes).replace(/\(first: \d+\)/g, '(first: 2)')} } } } }`,
    { s: tag },
    { token },
  );

test.each(HALVES.map((probes, i) => [i + 1, probes] as const))(
  'customers(first: 50) with every widget (half %i) costs the same number of SQL statements as first: 1',
  async (_half, probes) => {
    await listOf(probes, 1); // warm: a module may look something up once per process
    const one = await listOf(probes, 1);
    const fifty = await listOf(probes, 50);
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data.customers.edges).toHaveLength(50);
    expect(fifty.statements).toBe(one.statements);
    // + the total count
    expect(fifty.statements).toBeLessThanOrEqual(FIXED + 1 + probes.reduce((n, p) => n + p.statements, 0));
  },
);

test('customer(id) with every widget is one statement per widget loader, not per row', async () => {
  const [{ id }] = await api.db.query('SELECT id FROM customer WHERE name = $1', [`${tag} 01`]);
  const r = await api.gql(`query($id: ID!) { customer(id: $id) { ${EVERY_WIDGET} } }`, { id }, { token });
  expect(r.errors).toBeUndefined();
  expect(r.statements).toBeLessThanOrEqual(FIXED + WIDGET_STATEMENTS);
});

test('customer(id) with every widget sends its loaders to PostgreSQL together: one write per level of loaders, not one per widget', async () => {
  const [{ id }] = await api.db.query('SELECT id FROM customer WHERE name = $1', [`${tag} 02`]);
  const before = batchedReadsSent(api.db)!;
  const r = await api.gql(`query($id: ID!) { customer(id: $id) { ${EVERY_WIDGET} } }`, { id }, { token });
  const after = batchedReadsSent(api.db)!;
  expect(r.errors).toBeUndefined();
  // The session look-up and the customer go before, on the main pool; every widget loader after, together.
  // Widgets that share a loader (e.g. contacts) send its statement once, so at most the sum.
  expect(after.queries - before.queries).toBeGreaterThan(0);
  expect(after.queries - before.queries).toBeLessThanOrEqual(WIDGET_STATEMENTS);
  // Loaders that fire together share one write; a loader that needs another's answer first
  // (an account's package, a billing account's lines) waits for the next write.
  expect(after.turns - before.turns).toBeLessThanOrEqual(Math.ceil((after.queries - before.queries) / 3));
  expect(r.statements).toBe(FIXED + (after.queries - before.queries));
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
