import { systemContext } from '../../../kernel/request-context';
import { inTransaction } from '../../../kernel/transaction';
import { startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeUser } from '../../../testing/factories';
import { billing } from '../../billing/__tests__/helpers';
import { createRun, runBilling } from '../billing-run.service';
import { addMonths, monthStart } from '../periods';

/**
 * Seed 004: a Final Bill customer gets a final invoice; the first run after the balance is
 * settled (and nothing new is left to bill) drops the customer, audited, in that customer's
 * billing transaction.
 */
let api: TestApi;
let b: ReturnType<typeof billing>;
let pkg: string;
const M = monthStart(new Date().toISOString().slice(0, 10));
const month = (n: number) => addMonths(M, n);
const ctx = () => systemContext(api.db, 'job:billing-runs.run');
const run = async (m: string, customerId: string) => runBilling(ctx(), (await inTransaction(api.db, (em) => createRun(em, ctx(), m, customerId))).id);
const statusOf = async (id: string) => (await api.db.query(`SELECT status FROM customer WHERE id = $1`, [id]))[0].status;
const periods = (id: string) => api.db.query(`SELECT period_start::text AS start, outcome, final_bill AS "finalBill", invoice_id AS "invoiceId" FROM billed_period WHERE customer_id = $1 ORDER BY period_start`, [id]);

/** A Final Bill customer whose one data account ended on the last day of `endMonth`. */
async function finalBillCustomer(endMonth: string) {
  const c = (await makeCustomer(api.db, { status: 'final_bill' as any })).id;
  await api.db.query(
    `INSERT INTO data_account (customer_id, username, password_hash, package_id, start_date, end_date)
     VALUES ($1, $2, 'x', $3, $4, ($5::date + interval '1 month' - interval '1 day')::date)`,
    [c, `fb-${c.slice(0, 8)}@isp.test`, pkg, addMonths(endMonth, -6), endMonth],
  );
  return c;
}

beforeAll(async () => {
  api = await startTestApi();
  b = billing(api, (await makeUser(api.db, 'admin')).token);
  [{ id: pkg }] = await api.db.query(`INSERT INTO data_package (name, download_kbps, upload_kbps, monthly_price_cents) VALUES ('Fibre 10', 10000, 5000, 10000) RETURNING id`);
});
afterAll(() => api.teardown());

test('final invoice, paid to zero: the next run drops the customer, audited, and writes nothing else', async () => {
  const c = await finalBillCustomer(month(-3));
  await run(month(-3), c);
  const [final] = await periods(c);
  expect(final).toMatchObject({ outcome: 'invoiced', finalBill: true });
  const inv = await b.approve(final.invoiceId);
  expect(inv.totalCents).toBeGreaterThan(0);
  expect(await statusOf(c)).toBe('final_bill');
  await b.pay(c, inv.totalCents);
  expect(await b.balance(c)).toBe(0);

  const invoicesBefore = (await api.db.query(`SELECT count(*)::int AS n FROM invoice WHERE customer_id = $1`, [c]))[0].n;
  await run(month(-2), c);
  expect(await statusOf(c)).toBe('dropped');
  expect((await periods(c))[1]).toMatchObject({ start: month(-2), outcome: 'dropped', invoiceId: null });
  expect((await api.db.query(`SELECT count(*)::int AS n FROM invoice WHERE customer_id = $1`, [c]))[0].n).toBe(invoicesBefore);
  const audit = await api.db.query(`SELECT field, old_value, new_value FROM audit_entry WHERE customer_id = $1 AND action = 'billing-run.final-bill-drop'`, [c]);
  expect(audit).toEqual([{ field: 'status', old_value: 'final_bill', new_value: 'dropped' }]);

  // Dropped bills nothing: later runs leave it alone.
  await run(month(-1), c);
  expect(await periods(c)).toHaveLength(2);
});

test('not settled yet: another invoice, still Final Bill', async () => {
  const c = await finalBillCustomer(month(-3));
  await run(month(-3), c);
  const [final] = await periods(c);
  const inv = await b.approve(final.invoiceId);
  await b.pay(c, inv.totalCents - 1);
  await run(month(-2), c);
  expect(await statusOf(c)).toBe('final_bill');
  // Seed 004: invoices keep coming each run until the balance is cleared (an empty one here).
  expect((await periods(c))[1]).toMatchObject({ outcome: 'invoiced', finalBill: true });
});

test('settled but late usage arrived: it is invoiced first, the drop waits for the run after', async () => {
  const c = await finalBillCustomer(month(-3));
  await run(month(-3), c);
  const inv = await b.approve((await periods(c))[0].invoiceId);
  await b.pay(c, inv.totalCents);
  // Calls of the last month in service, imported late.
  const [{ id: line }] = await api.db.query(`INSERT INTO voip_line (customer_id, number, line_type, monthly_charge_cents, start_date, end_date) VALUES ($1, '+27215550999', 'sip_account', 0, $2, $3) RETURNING id`, [
    c,
    month(-6),
    month(-3),
  ]);
  await api.db.query(`INSERT INTO voip_call_rollup (line_id, month, call_class, customer_id, calls, duration_seconds, billed_seconds, charge_cents) VALUES ($1, $2, 'national', $3, 2, 100, 120, 250)`, [line, month(-3), c]);
  await run(month(-2), c);
  expect(await statusOf(c)).toBe('final_bill');
  const second = (await periods(c))[1];
  expect(second).toMatchObject({ outcome: 'invoiced', finalBill: true });
  const late = await b.approve(second.invoiceId);
  expect(late.totalCents).toBe(250 + 38);
  await b.pay(c, late.totalCents);
  await run(month(-1), c);
  expect(await statusOf(c)).toBe('dropped');
});

test('a Final Bill customer with nothing owed still gets the final invoice before being dropped', async () => {
  const c = await finalBillCustomer(month(-4));
  // Everything was billed before Final Bill: the run of month(-3) has nothing to charge.
  await run(month(-3), c);
  const [first] = await periods(c);
  expect(first).toMatchObject({ outcome: 'invoiced', finalBill: true });
  expect(await statusOf(c)).toBe('final_bill');
  // A draft final invoice, not approved: not settled in seed 004's sense yet.
  await run(month(-2), c);
  expect(await statusOf(c)).toBe('final_bill');
});
