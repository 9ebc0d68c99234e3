import { startTestApi, type TestApi } from '../../../testing/harness';
import { makeUser } from '../../../testing/factories';
import { seedDemoData } from '../../../app/seed';

let api: TestApi;
let seconds: number;
beforeAll(async () => {
  api = await startTestApi();
  const started = Date.now();
  await seedDemoData(api.db, { customers: 400 });
  seconds = (Date.now() - started) / 1000;
}, 180_000);
afterAll(() => api.teardown());

test('every demo customer has billing details, and debit order numbers are stored encrypted', async () => {
  const [row] = await api.db.query(`
    SELECT (SELECT count(*) FROM customer)::int AS customers, (SELECT count(*) FROM billing_account)::int AS accounts,
           (SELECT count(DISTINCT payment_method) FROM billing_account)::int AS methods,
           (SELECT count(*) FROM billing_account WHERE payment_method = 'debit_order' AND debit_account_number_enc NOT LIKE 'v1:%')::int AS plain`);
  expect(row).toEqual({ customers: 400, accounts: 400, methods: 4, plain: 0 });
});

test('twelve months of approved invoices, payments, credit notes and adjustments; the balance identity holds for every customer', async () => {
  const [row] = await api.db.query(`
    SELECT (SELECT count(*) FROM invoice WHERE state <> 'approved')::int AS unapproved,
           (SELECT max(n) FROM (SELECT count(*) n FROM invoice GROUP BY customer_id) x)::int AS most_invoices,
           (SELECT count(*) FROM credit_note)::int > 0 AS credit_notes,
           (SELECT count(*) FROM adjustment)::int > 0 AS adjustments,
           (SELECT count(*) FROM customer c JOIN billing_account b ON b.customer_id = c.id WHERE c.balance_cents <> b.opening_balance_cents
              + COALESCE((SELECT sum(total_cents) FROM invoice WHERE customer_id = c.id AND state IN ('approved', 'sent')), 0)
              - COALESCE((SELECT sum(amount_cents) FROM payment WHERE customer_id = c.id), 0)
              - COALESCE((SELECT sum(amount_cents) FROM credit_note WHERE customer_id = c.id), 0)
              + COALESCE((SELECT sum(amount_cents) FROM adjustment WHERE customer_id = c.id), 0))::int AS wrong_balances,
           (SELECT count(*) FROM (SELECT source_id, sum(amount_cents) s FROM allocation GROUP BY source_id) a
              JOIN payment p ON p.id = a.source_id WHERE a.s > p.amount_cents)::int AS over_allocated`);
  expect(row).toEqual({ unapproved: 0, most_invoices: 12, credit_notes: true, adjustments: true, wrong_balances: 0, over_allocated: 0 });
  // Invoice numbers run without gaps per brand.
  const gaps = await api.db.query(`SELECT brand, count(*)::int AS n, max(substr(number, 4)::int) AS top FROM invoice GROUP BY brand`);
  for (const g of gaps) expect(g.top).toBe(g.n);
});

test('the demo ledger has its audit trail, like a real one: every invoice created and approved, every payment, credit note and adjustment', async () => {
  const missing = await api.db.query(`
    SELECT kind, count(*)::int AS n FROM (
      SELECT 'invoice.create' AS kind FROM invoice i WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'invoice.create' AND a.target = 'invoice:' || i.id AND a.customer_id = i.customer_id)
      UNION ALL SELECT 'invoice.approve' FROM invoice i WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'invoice.approve' AND a.target = 'invoice:' || i.id)
      UNION ALL SELECT 'payment.record' FROM payment p WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'payment.record' AND a.target = 'payment:' || p.id)
      UNION ALL SELECT 'credit-note.issue' FROM credit_note n WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'credit-note.issue' AND a.target = 'credit_note:' || n.id)
      UNION ALL SELECT 'adjustment.add' FROM adjustment j WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.action = 'adjustment.add' AND a.target = 'adjustment:' || j.id)
    ) x GROUP BY kind`);
  expect(missing).toEqual([]);
  // One row each, not more; an approval records its number, at the approval date.
  const [dup] = await api.db.query(`SELECT count(*)::int AS n FROM (SELECT target FROM audit_entry WHERE action = 'invoice.approve' GROUP BY target HAVING count(*) > 1) d`);
  expect(dup.n).toBe(0);
  const [approval] = await api.db.query(
    `SELECT a.new_value::json->>'number' AS number, i.number AS invoice_number, a.at = i.approved_at AS same_time FROM audit_entry a JOIN invoice i ON a.target = 'invoice:' || i.id WHERE a.action = 'invoice.approve' LIMIT 1`,
  );
  expect(approval).toMatchObject({ number: approval.invoice_number, same_time: true });
});

test('the age analysis report shows every bucket, from the rollup', async () => {
  const token = (await makeUser(api.db, 'finance_manager')).token;
  const r = await api.gql('{ ageAnalysisReport(first: 5) { totalCount rows { accountNumber } totals { currency customers currentCents days30Cents days60Cents days90Cents days120PlusCents } } }', {}, { token });
  expect(r.errors).toBeUndefined();
  const zar = r.data.ageAnalysisReport.totals.find((t: any) => t.currency === 'ZAR');
  for (const bucket of ['currentCents', 'days30Cents', 'days60Cents', 'days90Cents', 'days120PlusCents']) expect(zar[bucket]).toBeGreaterThan(0);
  expect(r.data.ageAnalysisReport.rows).toHaveLength(5);
  // Most customers pay on time: nothing past due (this month's invoice may still be open).
  const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM age_rollup WHERE days30_cents + days60_cents + days90_cents + days120_cents = 0`);
  expect(n).toBeGreaterThan(240);
  expect(n).toBeLessThan(380);
});

test('is bulk: 400 customers seed in seconds (one statement per table, not per row)', () => {
  expect(seconds).toBeLessThan(60);
});
