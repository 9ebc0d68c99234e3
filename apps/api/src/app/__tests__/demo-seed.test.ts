import { DEFAULT_ROLE_NAMES } from '@sightline/access';
import { startTestApi, type TestApi } from '../../testing/harness';
import { setAsideForLoad } from '../../kernel/db/bulk-load';
import { DEMO_DOMAIN, DEMO_PASSWORD, DEMO_RESELLERS, seedDemoData } from '../seed';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // In parts of 25, one after the other in one transaction, as a seed that is not bulk runs them.
  await seedDemoData(api.db, { customers: 60, part: 25 });
});
afterAll(() => api.teardown());

const demoEmails = [
  ...DEFAULT_ROLE_NAMES.filter((r) => r !== 'reseller').map((r) => `${r}@${DEMO_DOMAIN}`),
  `reseller-a@${DEMO_DOMAIN}`,
  `reseller-b@${DEMO_DOMAIN}`,
];

test.each(demoEmails.map((e) => [e]))('the demo login %s works with the demo password', async (email) => {
  const r = await api.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { me { role reseller { id } } } }', { e: email, p: DEMO_PASSWORD });
  expect(r.errors).toBeUndefined();
  const role = email.startsWith('reseller-') ? 'reseller' : email.split('@')[0];
  expect(r.data.login.me.role).toBe(role);
  if (email.startsWith('reseller-a')) expect(r.data.login.me.reseller.id).toBe(DEMO_RESELLERS[0].id);
});

test('some demo customers belong to each reseller and the rest to none', async () => {
  const rows = await api.db.query('SELECT reseller_id, count(*)::int AS n FROM customer GROUP BY reseller_id ORDER BY reseller_id NULLS LAST');
  expect(rows).toEqual([
    { reseller_id: DEMO_RESELLERS[0].id, n: 6 },
    { reseller_id: DEMO_RESELLERS[1].id, n: 6 },
    { reseller_id: null, n: 48 },
  ]);
});

test('the data set is deterministic and realistic', async () => {
  const other = await startTestApi();
  try {
    await seedDemoData(other.db, { customers: 60, part: 25 });
    const names = (db: TestApi['db']) => db.query('SELECT account_number, name, emails, phone, physical_city FROM customer ORDER BY account_number');
    const a = await names(api.db);
    expect(await names(other.db)).toEqual(a);
    expect(a[0].account_number).toBe('SL100001');
    expect(a.every((c: any) => /^\+(27|44) [\d ]+$/.test(c.phone))).toBe(true);
    expect(a.every((c: any) => c.emails[0].includes('@'))).toBe(true);
    const [{ contacts }] = await api.db.query('SELECT count(*)::int AS contacts FROM contact');
    expect(contacts).toBeGreaterThanOrEqual(60);
  } finally {
    await other.teardown();
  }
});

test('generated account numbers continue after the seeded ones', async () => {
  const [{ n }] = await api.db.query(`SELECT 'SL' || nextval('customer_account_number_seq') AS n`);
  expect(n).toBe('SL100061');
});

test('refuses to create demo users in production', async () => {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await expect(seedDemoData(api.db, { customers: 1 })).rejects.toThrow(/production/);
  } finally {
    process.env.NODE_ENV = before;
  }
});

test('the demo set has its history: an audit row for every customer and every note it made', async () => {
  const [counts] = await api.db.query(`
    SELECT (SELECT count(*)::int FROM customer) AS customers,
           (SELECT count(*)::int FROM customer_note) AS notes,
           (SELECT count(*)::int FROM audit_entry WHERE action = 'customer.create' AND client = 'seed' AND actor_name = 'Demo data') AS created,
           (SELECT count(*)::int FROM audit_entry WHERE action = 'note.add' AND client = 'seed') AS noted`);
  expect(counts.created).toBe(counts.customers);
  expect(counts.noted).toBe(counts.notes);
  expect(counts.notes).toBeGreaterThan(0);
  const [{ analyzed }] = await api.db.query(`SELECT count(*)::int AS analyzed FROM pg_stat_user_tables WHERE relname = 'customer' AND schemaname = $1 AND last_analyze IS NOT NULL`, [api.schema]);
  expect(analyzed).toBe(1);
});

describe('a big seed (parts side by side, indexes and foreign keys built after the load)', () => {
  // What the migrations made: every index, constraint and trigger of the schema's tables (not of
  // the monthly partitions the seed adds), by definition and, for triggers, whether enabled.
  const schemaObjects = (db: TestApi['db']) =>
    db.query(`
      WITH t AS (SELECT oid FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition)
      SELECT 'index' AS kind, i.indexrelid::regclass::text AS name, regexp_replace(pg_get_indexdef(i.indexrelid), ' ON (ONLY )?\\S+\\.', ' ON ') AS def
        FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM t)
      UNION ALL
      SELECT 'constraint', conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN (SELECT oid FROM t)
      UNION ALL
      SELECT 'trigger', tgrelid::regclass::text || '.' || tgname, tgenabled::text FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM t)
      ORDER BY 1, 2`);
  // What the demo set holds, per customer: ledger, balance, age analysis and history counts.
  const fingerprint = (db: TestApi['db']) =>
    db.query(`
      SELECT c.account_number, c.balance_cents, to_jsonb(a) - 'customer_id' - 'computed_on' AS age,
             (SELECT count(*) || ':' || COALESCE(sum(total_cents), 0) FROM invoice i WHERE i.customer_id = c.id AND i.state = 'approved') AS invoices,
             (SELECT count(*) FROM invoice_line l WHERE l.customer_id = c.id) AS lines,
             (SELECT count(*) || ':' || COALESCE(sum(amount_cents), 0) FROM payment p WHERE p.customer_id = c.id) AS payments,
             (SELECT count(*) || ':' || COALESCE(sum(amount_cents), 0) FROM allocation l WHERE l.customer_id = c.id) AS allocations,
             (SELECT string_agg(action || '×' || n, ' ' ORDER BY action) FROM (SELECT action, count(*) AS n FROM audit_entry e WHERE e.customer_id = c.id GROUP BY action) x) AS audit,
             (SELECT count(*) FROM usage_monthly u WHERE u.customer_id = c.id) AS usage_months
        FROM customer c JOIN age_rollup a ON a.customer_id = c.id ORDER BY c.account_number`);

  test('loads the same demo set and leaves every index, constraint and trigger as it was', async () => {
    const bulk = await startTestApi();
    try {
      const before = await schemaObjects(bulk.db);
      expect(before.filter((o: { kind: string }) => o.kind === 'index').length).toBeGreaterThan(20);
      await seedDemoData(bulk.db, { customers: 60, bulk: true, part: 25, jobs: 2 });
      expect(await schemaObjects(bulk.db)).toEqual(before);
      const [{ distinct, n }] = await bulk.db.query(`SELECT count(DISTINCT (brand, number))::int AS distinct, count(*)::int AS n FROM invoice`);
      expect(distinct).toBe(n);
      const plain = await fingerprint(api.db);
      expect(plain).toHaveLength(60);
      expect(await fingerprint(bulk.db)).toEqual(plain);
    } finally {
      await bulk.teardown();
    }
  });

  test('a seed that fails part-way keeps the parts it finished and puts back every index, key and trigger', async () => {
    const broken = await startTestApi();
    try {
      const before = await schemaObjects(broken.db);
      // A load killed half-way leaves its set-aside recorded: the next seed puts it back first.
      await broken.db.transaction((em) => setAsideForLoad(em, { tables: ['payment', 'customer'], triggers: ['invoice_line.invoice_line_no_new_on_approved'] }));
      expect(await schemaObjects(broken.db)).not.toEqual(before);
      await seedDemoData(broken.db, { customers: 1 });
      expect(await schemaObjects(broken.db)).toEqual(before);
      // The second part (customers 26-50) will collide with this account number and fail.
      await broken.db.query(`UPDATE customer SET account_number = 'SL100031'`);
      await expect(seedDemoData(broken.db, { customers: 59, bulk: true, part: 25, jobs: 2 })).rejects.toThrow(/duplicate key/);
      expect(await schemaObjects(broken.db)).toEqual(before);
      const [{ n, first, record }] = await broken.db.query(
        `SELECT count(*)::int AS n, bool_or(account_number = 'SL100002') AS first, to_regclass('bulk_load_set_aside') AS record FROM customer`,
      );
      expect(first).toBe(true);
      expect([26, 35]).toContain(n);
      expect(record).toBeNull();
    } finally {
      await broken.teardown();
    }
  });

  test('an approved demo invoice refuses new lines once the seed is done', async () => {
    const [inv] = await api.db.query(`SELECT id, customer_id FROM invoice WHERE state = 'approved' LIMIT 1`);
    await expect(
      api.db.query(
        `INSERT INTO invoice_line (customer_id, invoice_id, kind, description, quantity_milli, unit_price_cents, vat_rate_bp, net_cents, vat_cents, total_cents)
         VALUES ($1, $2, 'recurring', 'late', 1000, 100, 1500, 100, 15, 115)`,
        [inv.customer_id, inv.id],
      ),
    ).rejects.toThrow(/approved invoice takes no new lines/);
  });
});

test('demo invoice numbers past INV999999 grow a digit, as the invoice service numbers them, and stay unique', async () => {
  const big = await startTestApi();
  try {
    // A ledger about to pass a million invoices (a million-customer seed makes nine million).
    await big.db.query(`INSERT INTO invoice_number_counter (brand, last_number) VALUES ('Sightline', 999990), ('Sightline UK', 999995)`);
    await seedDemoData(big.db, { customers: 20 });
    const [row] = await big.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT (brand, number))::int AS distinct_numbers, (array_agg(number ORDER BY length(number), number) FILTER (WHERE brand = 'Sightline'))[1] AS first,
              bool_and(number ~ '^INV[0-9]{6,}$') AS well_formed, count(*) FILTER (WHERE length(number) = 10)::int AS seven_digits
         FROM invoice`,
    );
    expect(row.n).toBeGreaterThan(20);
    expect(row.distinct_numbers).toBe(row.n);
    expect(row.first).toBe('INV999991');
    expect(row.well_formed).toBe(true);
    expect(row.seven_digits).toBeGreaterThan(0);
  } finally {
    await big.teardown();
  }
});
