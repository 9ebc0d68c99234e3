import { startTestApi, type TestApi } from '../../../testing/harness';
import { seedDemoData } from '../../../app/seed';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedDemoData(api.db, { customers: 90 });
});
afterAll(() => api.teardown());

const summary = (db: TestApi['db']) =>
  db.query(`SELECT (SELECT count(DISTINCT customer_id)::int FROM voip_line) AS customers, (SELECT count(*)::int FROM voip_line) AS lines,
                   (SELECT count(*)::int FROM voip_call) AS calls, (SELECT coalesce(sum(charge_cents), 0)::int FROM voip_call) AS cents,
                   (SELECT count(*)::int FROM voip_call WHERE rating_method = 'unrated') AS unrated,
                   (SELECT count(*)::int FROM voip_tariff) AS tariffs`);

test('VoIP lines for about a third of the customers, rated calls, and rollups that add up to the calls', async () => {
  const [s] = await summary(api.db);
  expect(s.customers).toBe(30);
  expect(s.lines).toBeGreaterThanOrEqual(30);
  expect(s.tariffs).toBe(3);
  expect(s.calls).toBeGreaterThan(s.lines * 3);
  expect(s.unrated).toBe(0);
  const mismatch = await api.db.query(`
    SELECT line_id, month, call_class FROM voip_call_rollup r
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS calls, sum(billed_seconds)::bigint AS billed, sum(charge_cents)::bigint AS cents FROM voip_call c
         WHERE c.line_id = r.line_id AND c.call_class = r.call_class AND date_trunc('month', c.started_at AT TIME ZONE 'UTC')::date = r.month) s ON true
     WHERE (r.calls, r.billed_seconds, r.charge_cents) IS DISTINCT FROM (s.calls, s.billed, s.cents)`);
  expect(await api.db.query('SELECT count(*)::int AS n FROM voip_call_rollup')).not.toEqual([{ n: 0 }]);
  expect(mismatch).toEqual([]);
  const classes = await api.db.query('SELECT DISTINCT call_class FROM voip_call_rollup ORDER BY 1');
  expect(classes.length).toBeGreaterThanOrEqual(5);
  // No call before its line was in service.
  expect(await api.db.query('SELECT c.unique_id FROM voip_call c JOIN voip_line l ON l.id = c.line_id WHERE c.started_at::date < l.start_date')).toEqual([]);
});

test('is deterministic', async () => {
  const other = await startTestApi();
  try {
    await seedDemoData(other.db, { customers: 90 });
    expect(await summary(other.db)).toEqual(await summary(api.db));
    const numbers = (db: TestApi['db']) => db.query('SELECT number, start_date::text, monthly_charge_cents FROM voip_line ORDER BY number');
    expect(await numbers(other.db)).toEqual(await numbers(api.db));
  } finally {
    await other.teardown();
  }
});
