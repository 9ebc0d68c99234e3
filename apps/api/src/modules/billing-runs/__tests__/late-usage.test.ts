import { systemContext } from '../../../kernel/request-context';
import { inTransaction } from '../../../kernel/transaction';
import { startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer } from '../../../testing/factories';
import { createRun, runBilling } from '../billing-run.service';
import { addMonths, monthStart } from '../periods';

/** Calls imported after their month's run (late CDRs) are billed by the next run, once. */
let api: TestApi;
const M = monthStart(new Date().toISOString().slice(0, 10));
const month = (n: number) => addMonths(M, n);
const ctx = () => systemContext(api.db, 'job:billing-runs.run');
const run = async (m: string, customerId: string) => runBilling(ctx(), (await inTransaction(api.db, (em) => createRun(em, ctx(), m, customerId))).id);
const callLines = (c: string) =>
  api.db.query(`SELECT l.period_start::text AS month, l.net_cents::int AS net FROM invoice_line l WHERE l.customer_id = $1 AND l.kind = 'usage' ORDER BY l.period_start`, [c]);

async function customerWithLine() {
  const c = (await makeCustomer(api.db)).id;
  const [{ id }] = await api.db.query(`INSERT INTO voip_line (customer_id, number, line_type, monthly_charge_cents, start_date) VALUES ($1, $2, 'sip_account', 0, $3) RETURNING id`, [
    c,
    `+2721555${c.replace(/\D/g, '').slice(0, 4)}`,
    month(-12),
  ]);
  return { c, line: id as string };
}
const calls = (line: string, c: string, m: string, cents: number) =>
  api.db.query(`INSERT INTO voip_call_rollup (line_id, month, call_class, customer_id, calls, duration_seconds, billed_seconds, charge_cents) VALUES ($1, $2, 'national', $3, 3, 300, 300, $4)`, [line, m, c, cents]);

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.teardown());

test('calls of a month whose run has passed are billed by the next run, and only once', async () => {
  const { c, line } = await customerWithLine();
  await calls(line, c, month(-4), 100);
  await run(month(-3), c); // bills month(-4)'s calls: inside its arrears window
  await run(month(-2), c); // nothing for month(-3) yet
  // The CDRs of month(-3) arrive late, after month(-2)'s run: outside any later arrears window.
  await calls(line, c, month(-3), 700);
  await run(month(-1), c);
  expect(await callLines(c)).toEqual([
    { month: month(-4), net: 100 },
    { month: month(-3), net: 700 },
  ]);
  // Billed once: the run of the month after, and the same run again, add nothing.
  await run(month(0), c);
  await run(month(0), c);
  expect(await callLines(c)).toHaveLength(2);
  // The key is the database's: a second charge of the same line and month is refused.
  await expect(
    api.db.query(
      `INSERT INTO billed_charge (customer_id, source, source_id, month, kind, start_date, end_date, days, net_cents, line_id)
       SELECT customer_id, source, source_id, month, kind, start_date, end_date, days, net_cents, line_id FROM billed_charge WHERE source = 'voip_calls' AND source_id = $1 AND month = $2`,
      [line, month(-3)],
    ),
  ).rejects.toThrow(/billed_charge_once/);
});

test('usage from before the customer was first billed by a run (the previous system billed it) is never billed', async () => {
  const { c, line } = await customerWithLine();
  await calls(line, c, month(-6), 900);
  await calls(line, c, month(-3), 300);
  await run(month(-2), c); // the first run: its arrears are month(-3)
  expect(await callLines(c)).toEqual([{ month: month(-3), net: 300 }]);
  await run(month(-1), c);
  await calls(line, c, month(-2), 50);
  await run(month(0), c);
  expect(await callLines(c)).toEqual([
    { month: month(-3), net: 300 },
    { month: month(-2), net: 50 },
  ]);
});

describe('data overage is billed on the package in effect during the usage month', () => {
  const GB = 1_000_000_000;
  const pkg = async (name: string, capGb: number | null, centsPerGb: number) =>
    (
      await api.db.query(
        `INSERT INTO data_package (name, download_kbps, upload_kbps, monthly_price_cents, data_cap_bytes, overage_billed, overage_cents_per_gb)
         VALUES ($1, 10000, 5000, 0, $2, $3, $4) RETURNING id`,
        [`${name} ${Math.random().toString(36).slice(2, 8)}`, capGb === null ? null : capGb * GB, capGb !== null, centsPerGb],
      )
    )[0].id as string;
  async function account(packageId: string) {
    const c = (await makeCustomer(api.db)).id;
    const [{ id }] = await api.db.query(`INSERT INTO data_account (customer_id, username, password_hash, package_id, start_date) VALUES ($1, $2, 'x', $3, $4) RETURNING id`, [
      c,
      `ov-${c.slice(0, 8)}@isp.test`,
      packageId,
      month(-12),
    ]);
    return { c, a: id as string };
  }
  /** An applied change, as the package-change job records it; the account is on `to` from then. */
  async function changed(c: string, a: string, from: string, to: string, effective: string) {
    await api.db.query(
      `INSERT INTO package_change (customer_id, data_account_id, from_package_id, to_package_id, effective_date, state, submitted_by_name, settled_at) VALUES ($1, $2, $3, $4, $5, 'applied', 'test', now())`,
      [c, a, from, to, effective],
    );
    await api.db.query(`UPDATE data_account SET package_id = $2 WHERE id = $1`, [a, to]);
  }
  async function used(c: string, a: string, days: [string, number][]) {
    for (const [day, gb] of days) await api.db.query(`INSERT INTO usage_daily (customer_id, data_account_id, day, upload_bytes, download_bytes) VALUES ($1, $2, $3, 0, $4)`, [c, a, day, gb * GB]);
    const total = days.reduce((s, [, gb]) => s + gb, 0);
    await api.db.query(`INSERT INTO usage_monthly (customer_id, data_account_id, month, upload_bytes, download_bytes) VALUES ($1, $2, $3, 0, $4)`, [c, a, monthStart(days[0][0]), total * GB]);
  }
  const overage = (c: string) =>
    api.db.query(`SELECT quantity_milli AS milli, unit_price_cents::int AS price, net_cents::int AS net, description FROM invoice_line WHERE customer_id = $1 AND kind = 'usage'`, [c]);
  const day = (m: string, d: number) => `${m.slice(0, 8)}${String(d).padStart(2, '0')}`;
  const dim = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate();

  test('changed after the month: the old package (capped, billed) applies, not today\'s uncapped one', async () => {
    const capped = await pkg('Capped 10', 10, 100);
    const uncapped = await pkg('Uncapped', null, 0);
    const { c, a } = await account(capped);
    await used(c, a, [[day(month(-2), 10), 15]]);
    await changed(c, a, capped, uncapped, month(-1));
    await run(month(-1), c);
    expect(await overage(c)).toEqual([expect.objectContaining({ milli: 5_000, price: 100, net: 500 })]);
  });

  /**
   * Two months back, an account on Small 10 (10 GB, 100 c/GB) moved to Big 30 (30 GB, 200 c/GB)
   * on the 16th, with `onSmall` GB used on the 5th and `onBig` GB on the 20th; billed by the
   * next run. Returns the customer and the days of that month.
   */
  async function changedMidMonth(onSmall: number, onBig: number) {
    const small = await pkg('Small 10', 10, 100);
    const big = await pkg('Big 30', 30, 200);
    const m = month(-2);
    const { c, a } = await account(small);
    await used(c, a, [
      [day(m, 5), onSmall],
      [day(m, 20), onBig],
    ]);
    await changed(c, a, small, big, day(m, 16));
    await run(month(-1), c);
    return { c, days: dim(m) };
  }

  test('changed mid-month: each stretch against its own package\'s cap, prorated to its days, at its price', async () => {
    // 12 GB on the small package (days 1–15), 1 GB on the big one (16 to the month end).
    const { c, days } = await changedMidMonth(12, 1);
    // Small: 12 GB against 10 GB × 15/days, in thousandths of a GB, rounded up.
    const milli = Math.ceil(((12 * days - 10 * 15) * 1000) / days);
    const [line] = await overage(c);
    expect(line).toMatchObject({ milli, price: 100, net: Math.round((milli * 100) / 1000) });
    expect(line.description).toMatch(/prorated 01–15/);
    expect(await overage(c)).toHaveLength(1);
  });

  test('above both caps in one month: one line, each stretch at its own price', async () => {
    const { c, days } = await changedMidMonth(12, 40);
    const smallMilli = Math.ceil(((12 * days - 10 * 15) * 1000) / days);
    const bigMilli = Math.ceil(((40 * days - 30 * (days - 15)) * 1000) / days);
    const [line] = await overage(c);
    expect(line).toMatchObject({ milli: 1000, net: Math.round((smallMilli * 100) / 1000) + Math.round((bigMilli * 200) / 1000) });
    expect(line.description).toMatch(/Small 10 .*01–15.*; Big 30 .*16–/);
  });
});
