// The SQL statement budget, derived from the modules' probes: a fixed cost plus each widget's
// own batched loaders, the same for 50 customers as for one.
import { startTestApi, type TestApi } from '../../testing/harness';
import { makeContact, makeCustomer, makeNote, makeReseller, makeUser } from '../../testing/factories';
import { everyWidgetSelection } from '../../testing/probes';
import { PROBES } from '../compose';
import { batchedReadsSent } from '../../kernel/db/batched-reads';
import { seedDemoData } from '../seed';

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

/**
 * Writes (round trips) of loader statements a profile may take, however many widgets it has:
 * every widget loader goes out in the first; only the recurring-billing widget's charges,
 * which need each customer's next billing period from the first, go in a second.
 */
const LOADER_WRITES = 2;

/** Loader statements and writes of one request. */
async function sent(query: string, variables: Record<string, unknown>) {
  const before = batchedReadsSent(api.db)!;
  const r = await api.gql(query, variables, { token });
  const after = batchedReadsSent(api.db)!;
  expect(r.errors).toBeUndefined();
  return { r, queries: after.queries - before.queries, writes: after.turns - before.turns };
}

describe('loaders of a profile go to PostgreSQL together', () => {
  // A demo customer with every kind of row (invoices with lines, data accounts, VoIP lines, payments,
  // billed periods), so that a loader that waits for another's answer shows as an extra write.
  let rich: string;
  beforeAll(async () => {
    await seedDemoData(api.db, { customers: 30 });
    [{ id: rich }] = await api.db.query(
      `SELECT c.id FROM customer c
        WHERE EXISTS (SELECT 1 FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id WHERE i.customer_id = c.id)
          AND EXISTS (SELECT 1 FROM data_account a WHERE a.customer_id = c.id)
          AND EXISTS (SELECT 1 FROM voip_line v WHERE v.customer_id = c.id)
          AND EXISTS (SELECT 1 FROM payment p WHERE p.customer_id = c.id)
        ORDER BY c.account_number LIMIT 1`,
    );
  }, 120_000);

  test('customer(id) with every widget: every loader in at most LOADER_WRITES writes, one statement per loader at most', async () => {
    for (const id of [rich, (await api.db.query('SELECT id FROM customer WHERE name = $1', [`${tag} 02`]))[0].id]) {
      const { r, queries, writes } = await sent(`query($id: ID!) { customer(id: $id) { ${EVERY_WIDGET} } }`, { id });
      // The session look-up and the customer go before, on the main pool; every widget loader after.
      // Widgets that share a loader (e.g. contacts) send its statement once, so at most the sum.
      expect(queries).toBeGreaterThan(0);
      expect(queries).toBeLessThanOrEqual(WIDGET_STATEMENTS);
      expect(writes).toBeLessThanOrEqual(LOADER_WRITES);
      expect(r.statements).toBe(FIXED + queries);
    }
  });

  // The same bound for one widget as for sixteen: a chained loader (one that needs another's
  // answer first) fails here for its own widget, whatever else the profile asks.
  test.each(PROBES.map((p) => [p.field, p] as const))('customer(id) { %s }: its loaders in one write (recurring billing: two)', async (_field, probe) => {
    const { writes } = await sent(`query($id: ID!) { customer(id: $id) { id ${probe.field} ${probe.selection} } }`, { id: rich });
    expect(writes).toBeLessThanOrEqual(probe.field === 'recurringBilling' ? LOADER_WRITES : 1);
  });
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
