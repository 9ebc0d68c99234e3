import { seedDemoData } from '../../../app/seed';
import { startTestApi, type TestApi } from '../../../testing/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedDemoData(api.db, { customers: 120 });
});
afterAll(() => api.teardown());

test('most demo customers have data accounts on packages of their market, with RADIUS rows and some package history', async () => {
  const [{ customers, with_accounts }] = await api.db.query(
    `SELECT count(*)::int AS customers, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM data_account a WHERE a.customer_id = c.id))::int AS with_accounts FROM customer c`,
  );
  expect(with_accounts / customers).toBeGreaterThan(0.75);
  const mismatched = await api.db.query(
    `SELECT a.username FROM data_account a JOIN customer c ON c.id = a.customer_id JOIN data_package p ON p.id = a.package_id
      WHERE c.currency <> p.currency`,
  );
  expect(mismatched).toEqual([]);
  const [radius] = await api.db.query(
    `SELECT (SELECT count(*) FROM data_account)::int AS accounts,
            (SELECT count(*) FROM radcheck WHERE attribute = 'SSHA2-256-Password')::int AS passwords,
            (SELECT count(*) FROM radcheck WHERE attribute = 'Auth-Type')::int AS rejects,
            (SELECT count(*) FROM data_account WHERE status <> 'active')::int AS inactive,
            (SELECT count(*) FROM radreply WHERE attribute = 'Mikrotik-Rate-Limit')::int AS rates,
            (SELECT count(*) FROM data_account WHERE status = 'active')::int AS active`,
  );
  expect(radius.passwords).toBe(radius.accounts);
  expect(radius.rejects).toBe(radius.inactive);
  expect(radius.rates).toBe(radius.active);
  expect(radius.inactive).toBeGreaterThan(0);
  const states = await api.db.query(`SELECT state, count(*)::int AS n FROM package_change GROUP BY state ORDER BY state`);
  expect(states.map((s: any) => s.state)).toEqual(['scheduled', 'applied']);
  const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'dataAccount.add'`);
  expect(n).toBe(radius.accounts);
});

test('the demo accounts are the same on every machine', async () => {
  const other = await startTestApi();
  try {
    await seedDemoData(other.db, { customers: 120 });
    const rows = (db: TestApi['db']) =>
      db.query(`SELECT a.username, a.status, a.start_date::text, host(a.static_ip) AS ip, a.password_hash, p.name FROM data_account a JOIN data_package p ON p.id = a.package_id ORDER BY a.username`);
    expect(await rows(other.db)).toEqual(await rows(api.db));
  } finally {
    await other.teardown();
  }
});
