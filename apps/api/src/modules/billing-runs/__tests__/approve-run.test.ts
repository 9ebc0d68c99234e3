import { randomUUID } from 'node:crypto';
import { systemContext } from '../../../kernel/request-context';
import { inTransaction } from '../../../kernel/transaction';
import { startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer } from '../../../testing/factories';
import { approveInvoice } from '../../billing';
import { approveRun, createRun, runBilling } from '../billing-run.service';
import { addMonths, monthStart } from '../periods';

/**
 * "Approve all drafts of a run" is one unit of work, beside single approvals of the same
 * invoices: no deadlock, every invoice approved once, numbers gapless per brand.
 */
let api: TestApi;
let pkg: string;
const M = monthStart(new Date().toISOString().slice(0, 10));
const ctx = () => systemContext(api.db, 'test:approve-run');
const customers: string[] = [];
const CUSTOMERS = 16;

/** A run of `month` over the test's customers, run to the end: its drafts. */
async function billedRun(month: string): Promise<{ runId: string; drafts: string[] }> {
  const run = await inTransaction(api.db, (em) => createRun(em, ctx(), month));
  await runBilling(ctx(), run.id, { concurrency: 2 });
  const rows = await api.db.query(`SELECT invoice_id AS id FROM billed_period WHERE run_id = $1 AND invoice_id IS NOT NULL`, [run.id]);
  return { runId: run.id, drafts: rows.map((r: { id: string }) => r.id) };
}

beforeAll(async () => {
  api = await startTestApi();
  [{ id: pkg }] = await api.db.query(`INSERT INTO data_package (name, download_kbps, upload_kbps, monthly_price_cents) VALUES ('Fibre 20', 20000, 10000, 20000) RETURNING id`);
  for (let i = 0; i < CUSTOMERS; i++) {
    const c = (await makeCustomer(api.db)).id;
    customers.push(c);
    // Two brands, interleaved: the run takes both counters.
    if (i % 2) await api.db.query(`UPDATE billing_account SET bill_style = 'Sightline UK' WHERE customer_id = $1`, [c]);
    await api.db.query(`INSERT INTO data_account (customer_id, username, password_hash, package_id, start_date) VALUES ($1, $2, 'x', $3, $4)`, [c, `ar${i}-${process.pid}@isp.test`, pkg, addMonths(M, -12)]);
  }
});
afterAll(() => api.teardown());

test('approve-all beside single approvals of the same run: no deadlock, each approved once, gapless per brand', async () => {
  const approvedNow: string[] = [];
  for (let round = 0; round < 5; round++) {
    const { runId, drafts } = await billedRun(addMonths(M, -5 + round));
    expect(drafts).toHaveLength(CUSTOMERS);
    // Single approvals of every other draft of the run, in reverse order, racing the run's approval.
    const singles = drafts.filter((_, i) => i % 2 === round % 2).reverse();
    const [all, ...one] = await Promise.allSettled([
      approveRun(ctx(), runId),
      ...singles.map((id) => approveInvoice(ctx(), { id, idempotencyKey: randomUUID() })),
    ]);
    // No deadlock (nor any other error) for the run; a single approval either approved its
    // invoice or, coming after the run, was told it is not a draft any more (CONFLICT).
    if (all.status === 'rejected') throw all.reason;
    const singlesApproved = one.filter((r) => r.status === 'fulfilled').length;
    for (const r of one) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Only a draft/) });
    // Between them every draft was approved exactly once.
    expect(all.value + singlesApproved).toBe(CUSTOMERS);
    approvedNow.push(...drafts);
  }
  const rows: { id: string; brand: string; number: string; state: string }[] = await api.db.query(`SELECT id, brand, number, state FROM invoice WHERE id = ANY($1)`, [approvedNow]);
  expect(rows.every((r) => r.state === 'approved' && r.number)).toBe(true);
  for (const brand of ['Sightline', 'Sightline UK']) {
    const numbers = rows.filter((r) => r.brand === brand).map((r) => Number(r.number.slice(3))).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  }
  // Approved once: one approval audit row per invoice.
  const audits = await api.db.query(`SELECT target, count(*)::int AS n FROM audit_entry WHERE action = 'invoice.approve' AND target = ANY($1) GROUP BY target`, [approvedNow.map((id) => `invoice:${id}`)]);
  expect(audits).toHaveLength(approvedNow.length);
  expect(audits.every((a: { n: number }) => a.n === 1)).toBe(true);
});

test('all or nothing: an approval that fails half-way leaves every draft of the run a draft and no number taken', async () => {
  const { runId, drafts } = await billedRun(addMonths(M, 1));
  const counters = () => api.db.query(`SELECT brand, last_number FROM invoice_number_counter ORDER BY brand`);
  const before = await counters();
  const auditsBefore = (await api.db.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n;
  // The last draft the run approves refuses its update (as a failing disk or a bug would).
  const [{ id: last }] = await api.db.query(`SELECT id FROM invoice WHERE id = ANY($1) ORDER BY created_at DESC, id DESC LIMIT 1`, [drafts]);
  await api.db.query(`CREATE FUNCTION refuse_approval() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
  await api.db.query(`CREATE TRIGGER refuse_approval BEFORE UPDATE ON invoice FOR EACH ROW WHEN (OLD.id = '${last}') EXECUTE FUNCTION refuse_approval()`);
  await expect(approveRun(ctx(), runId)).rejects.toThrow(/refused/);
  const states = await api.db.query(`SELECT DISTINCT state FROM invoice WHERE id = ANY($1)`, [drafts]);
  expect(states).toEqual([{ state: 'draft' }]);
  expect(await counters()).toEqual(before);
  expect((await api.db.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n).toBe(auditsBefore);

  await api.db.query(`DROP TRIGGER refuse_approval ON invoice; DROP FUNCTION refuse_approval()`);
  expect(await approveRun(ctx(), runId)).toBe(drafts.length);
  const audit = await api.db.query(`SELECT new_value FROM audit_entry WHERE action = 'billing-run.approve' AND target = $1`, [`billing_run:${runId}`]);
  expect(audit).toHaveLength(1);
});
