// The demo data set's usage: 13 months of rollups, raw accounting for the last days, open sessions.
import { seedDemoData } from '../../../app/seed';
import { startTestApi, type TestApi } from '../../../testing/harness';
import { makeUser } from '../../../testing/factories';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedDemoData(api.db, { customers: 120 });
});
afterAll(() => api.teardown());

test('active demo accounts have 13 months of monthly rollups, daily ones for recent days, and raw accounting booked', async () => {
  const [s] = await api.db.query(
    `SELECT (SELECT count(DISTINCT month)::int FROM usage_monthly) AS months,
            (SELECT count(DISTINCT data_account_id)::int FROM usage_monthly) AS accounts_with_usage,
            (SELECT count(*)::int FROM data_account) AS accounts,
            (SELECT count(DISTINCT day)::int FROM usage_daily) AS days,
            (SELECT count(*)::int FROM radacct WHERE acctstoptime IS NOT NULL) AS finished,
            (SELECT count(*)::int FROM radacct WHERE acctstoptime IS NULL) AS open,
            (SELECT count(*)::int FROM usage_alert) AS alerts`,
  );
  expect(s.months).toBe(13);
  expect(s.accounts_with_usage / s.accounts).toBeGreaterThan(0.9);
  expect(s.days).toBeGreaterThanOrEqual(10);
  expect(s.finished).toBeGreaterThan(100);
  expect(s.open).toBeGreaterThan(0);
  expect(s.alerts).toBeGreaterThan(0);
  // The raw accounting of the last days is booked in the daily rollups, exactly.
  const [m] = await api.db.query(
    `SELECT (SELECT sum(acctoutputoctets) FROM radacct WHERE acctstoptime IS NOT NULL)::text AS raw,
            (SELECT sum(download_bytes) FROM usage_daily WHERE day >= current_date - 3 AND day < current_date)::text AS booked`,
  );
  expect(m.booked).toBe(m.raw);
});

test('the rollup job finds nothing new after the seed', async () => {
  const before = await api.db.query('SELECT sum(download_bytes)::text AS d, sum(upload_bytes)::text AS u FROM usage_monthly');
  await api.jobs.send('usage.rollup', {});
  await api.jobs.runNext('usage.rollup');
  expect(await api.db.query('SELECT sum(download_bytes)::text AS d, sum(upload_bytes)::text AS u FROM usage_monthly')).toEqual(before);
});

test('a demo customer online shows its session, and its usage for the year', async () => {
  const [{ customer_id }] = await api.db.query(
    `SELECT a.customer_id FROM radacct r JOIN data_account a ON a.username = r.username WHERE r.acctstoptime IS NULL LIMIT 1`,
  );
  const support = (await makeUser(api.db, 'support')).token;
  const r = await api.gql(
    `query($id: ID!) { customer(id: $id) { activeSessions { nasName macAddress downloadBytes } dataUsage { years totals { period downloadBytes } } } }`,
    { id: customer_id },
    { token: support },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data.customer.activeSessions[0].nasName).toMatch(/^tower-\d$/);
  expect(r.data.customer.activeSessions[0].macAddress).toMatch(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/);
  expect(r.data.customer.dataUsage.totals.length).toBeGreaterThan(0);
});
