import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { systemContext } from '../../../kernel/request-context';
import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeUser } from '../../../testing/factories';
import { createRun, runBilling } from '../billing-run.service';
import { addMonths, daysInMonth, monthStart } from '../periods';
import { inTransaction } from '../../../kernel/transaction';
import { roundCents } from '../periods';
import { invoiceDocData, renderInvoicePdf } from '../invoice-pdf';

const pdfDir = mkdtempSync(path.join(tmpdir(), 'invoices-'));
process.env.INVOICE_PDF_DIR = pdfDir;

let api: TestApi;
let admin: string;
let support: string;
let billingClerk: string;
let pkg: string;
const M = monthStart(new Date().toISOString().slice(0, 10));
const NEXT = addMonths(M, 1);
const PREV = addMonths(M, -1);
const day = (month: string, d: number) => `${month.slice(0, 8)}${String(d).padStart(2, '0')}`;
const vat = (net: number) => roundCents((net * 1500) / 10000);

const gql = async (query: string, variables: Record<string, unknown> = {}, token = admin) => {
  const r = await api.gql(query, variables, { token });
  if (r.errors) throw new Error(`${r.errors[0].extensions?.code}: ${r.errors[0].message}`);
  return r.data as any;
};
let seq = 0;
async function dataAccount(customerId: string, start: string, end: string | null = null, packageId = pkg) {
  const [r] = await api.db.query(
    `INSERT INTO data_account (customer_id, username, password_hash, package_id, start_date, end_date) VALUES ($1, $2, 'x', $3, $4, $5) RETURNING id`,
    [customerId, `br${++seq}-${process.pid}@isp.test`, packageId, start, end],
  );
  return r.id as string;
}
async function voipLine(customerId: string, start: string, monthly: number) {
  const [r] = await api.db.query(
    `INSERT INTO voip_line (customer_id, number, line_type, monthly_charge_cents, start_date) VALUES ($1, $2, 'sip_account', $3, $4) RETURNING id`,
    [customerId, `+2721555${String(1000 + ++seq)}`, monthly, start],
  );
  return r.id as string;
}
const counts = async () =>
  (
    await api.db.query(`SELECT (SELECT count(*) FROM invoice_line)::int AS lines, (SELECT count(*) FROM invoice)::int AS invoices,
                               (SELECT count(*) FROM billed_period)::int AS periods, (SELECT count(*) FROM billed_charge)::int AS charges`)
  )[0];
const linesOf = (customerId: string) =>
  api.db.query(`SELECT l.kind, l.description, l.net_cents::int AS net, l.vat_cents::int AS vat, l.invoice_id AS "invoiceId", i.state FROM invoice_line l LEFT JOIN invoice i ON i.id = l.invoice_id WHERE l.customer_id = $1 ORDER BY l.net_cents DESC`, [customerId]);
const ctx = () => systemContext(api.db, 'job:billing-runs.run');
const newRun = (month: string, customerId: string | null = null) => inTransaction(api.db, (em) => createRun(em, ctx(), month, customerId));

let active: string, doNotBill: string, dropped: string, finalBill: string;
let lineId: string;

beforeAll(async () => {
  api = await startTestApi();
  admin = (await makeUser(api.db, 'admin')).token;
  support = (await makeUser(api.db, 'support')).token;
  billingClerk = (await makeUser(api.db, 'billing')).token;
  [{ id: pkg }] = await api.db.query(`INSERT INTO data_package (name, download_kbps, upload_kbps, monthly_price_cents) VALUES ('Fibre 50', 50000, 25000, 30000) RETURNING id`);
  active = (await makeCustomer(api.db, { name: 'Active Customer' })).id;
  doNotBill = (await makeCustomer(api.db, { status: 'active_do_not_bill' as any })).id;
  dropped = (await makeCustomer(api.db, { status: 'dropped' as any })).id;
  finalBill = (await makeCustomer(api.db, { status: 'final_bill' as any })).id;
  // Active: a data account from the 10th of this month (prorated), a VoIP line for months with calls last month.
  await dataAccount(active, day(M, 10));
  lineId = await voipLine(active, addMonths(M, -3), 9_900);
  await api.db.query(`INSERT INTO voip_call_rollup (line_id, month, call_class, customer_id, calls, duration_seconds, billed_seconds, charge_cents) VALUES ($1, $2, 'national', $3, 12, 3000, 3060, 1234)`, [lineId, PREV, active]);
  await dataAccount(doNotBill, addMonths(M, -6));
  await dataAccount(dropped, addMonths(M, -6));
  await dataAccount(finalBill, addMonths(M, -6), day(M, 20));
});
afterAll(() => api.teardown());

describe('the widget shows what the next run bills', () => {
  test('recurring in advance (prorated), usage in arrears, VAT; a dropped customer shows nothing', async () => {
    const q = 'query($id: ID!) { customer(id: $id) { recurringBilling { periodStart periodEnd statusRule chargesTotalCents charges { source description usage days netCents vatCents totalCents pending } pendingCharges { id } lastRuns { periodStart } } } }';
    const rb = (await gql(q, { id: active })).customer.recurringBilling;
    expect(rb.periodStart).toBe(M);
    const dim = daysInMonth(M);
    const prorated = roundCents((30_000 * (dim - 9)) / dim);
    expect(rb.charges.map((c: any) => [c.source, c.usage, c.days, c.netCents])).toEqual(
      expect.arrayContaining([
        ['DATA_ACCOUNT', false, dim - 9, prorated],
        ['VOIP_LINE', false, dim, 9_900],
        ['VOIP_CALLS', true, 0, 1_234],
      ]),
    );
    expect(rb.charges).toHaveLength(3);
    expect(rb.chargesTotalCents).toBe(prorated + vat(prorated) + 9_900 + vat(9_900) + 1_234 + vat(1_234));
    const gone = (await gql(q, { id: dropped })).customer.recurringBilling;
    expect(gone.charges).toEqual([]);
    expect(gone.statusRule).toMatch(/Dropped/);
  });

  test('"generate recurring billing" writes the pending charges once; refreshing replaces them', async () => {
    const gen = 'mutation($id: ID!) { generateRecurringBilling(customerId: $id) { recurringBilling { charges { pending } pendingCharges { id kind } } } }';
    const first = (await gql(gen, { id: doNotBill })).generateRecurringBilling.recurringBilling;
    expect(first.pendingCharges).toHaveLength(1);
    expect(first.charges.every((c: any) => c.pending)).toBe(true);
    const again = (await gql(gen, { id: doNotBill })).generateRecurringBilling.recurringBilling;
    expect(again.pendingCharges).toHaveLength(1);
    expect(again.pendingCharges[0].id).not.toBe(first.pendingCharges[0].id);
    // A role without recurringBilling:write is refused and nothing changes.
    const r = await api.gql(gen, { id: doNotBill }, { token: (await makeUser(api.db, 'technical')).token });
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });

  test('one-off charges: added through the ledger, removed while pending', async () => {
    const c = (await makeCustomer(api.db)).id;
    const add = await gql('mutation($i: AddChargeInput!) { addCharge(input: $i) { id } }', { i: { customerId: c, kind: 'ONE_OFF', description: 'Installation', unitPriceCents: 50_000, idempotencyKey: randomUUID() } }, billingClerk);
    const after = await gql('mutation($id: ID!) { removePendingCharge(lineId: $id) { recurringBilling { pendingCharges { id } } } }', { id: add.addCharge.id }, billingClerk);
    expect(after.removePendingCharge.recurringBilling.pendingCharges).toEqual([]);
    const missing = await api.gql('mutation($id: ID!) { removePendingCharge(lineId: $id) { id } }', { id: add.addCharge.id }, { token: billingClerk });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
  });
});

describe('a billing run', () => {
  let runId: string;

  test('bills by status: Active invoiced, Do Not Bill accumulates, Final Bill invoiced, Dropped nothing', async () => {
    runId = (await newRun(M)).id;
    const run = await runBilling(ctx(), runId);
    expect(run.state).toBe('done');
    expect(run.done).toBe(run.total);

    const a = await linesOf(active);
    const dim = daysInMonth(M);
    expect(a.map((l: any) => [l.kind, l.net, l.state])).toEqual([
      ['recurring', roundCents((30_000 * (dim - 9)) / dim), 'draft'],
      ['recurring', 9_900, 'draft'],
      ['usage', 1_234, 'draft'],
    ]);
    expect(new Set(a.map((l: any) => l.invoiceId)).size).toBe(1);

    const dnb = await linesOf(doNotBill);
    expect(dnb).toHaveLength(1); // the pending charge generated by hand was not billed twice
    expect(dnb[0].invoiceId).toBeNull();

    // Final Bill: charged up to the final bill date (the 20th), invoiced.
    const fb = await linesOf(finalBill);
    expect(fb.map((l: any) => [l.net, l.state])).toEqual([[roundCents((30_000 * 20) / dim), 'draft']]);

    expect(await linesOf(dropped)).toEqual([]);
    const outcomes = await api.db.query(`SELECT customer_id, outcome FROM billed_period WHERE run_id = $1`, [runId]);
    const by = new Map(outcomes.map((o: any) => [o.customer_id, o.outcome]));
    expect([by.get(active), by.get(doNotBill), by.get(finalBill), by.get(dropped)]).toEqual(['invoiced', 'accumulated', 'invoiced', undefined]);
  });

  test('running it again (another run of the same month) writes nothing', async () => {
    const before = await counts();
    const again = await runBilling(ctx(), (await newRun(M)).id);
    expect(again.state).toBe('done');
    expect(again.invoices).toBe(0);
    expect(await counts()).toEqual(before);
    // The same run resumed from the top: nothing either.
    await runBilling(ctx(), runId);
    expect(await counts()).toEqual(before);
  });

  test('the unique key, not a check in code: a second billed_period row for the period is refused by the database', async () => {
    await expect(api.db.query(`INSERT INTO billed_period (customer_id, period_start, period_end, outcome) VALUES ($1, $2, $3, 'nothing')`, [active, M, day(M, 28)])).rejects.toThrow(/duplicate key/);
  });

  test('a run that dies half-way resumes without duplicates; progress goes through the jobs API', async () => {
    const extra = [];
    for (let i = 0; i < 5; i++) {
      const id = (await makeCustomer(api.db)).id;
      await dataAccount(id, addMonths(M, -2));
      extra.push(id);
    }
    const id = (await newRun(NEXT)).id;
    await expect(runBilling(ctx(), id, { failAfter: 3, concurrency: 1 })).rejects.toThrow(/stopped after 3/);
    const [failed] = await api.db.query(`SELECT state, error FROM billing_run WHERE id = $1`, [id]);
    expect(failed.state).toBe('failed');
    const half = await api.db.query(`SELECT count(*)::int AS n FROM billed_period WHERE run_id = $1`, [id]);
    expect(half[0].n).toBe(3);

    // The worker retries the job: it resumes the same run.
    const send = await gql('mutation { startBillingRun(input: { month: "' + NEXT.slice(0, 7) + '" }) { id jobId } }');
    expect(send.startBillingRun.jobId).toBeTruthy();
    expect(await api.jobs.runNext('billing-runs.run')).toBe(send.startBillingRun.jobId);
    const jobs = await gql('query { jobs(filter: { name: "billing-runs.run" }) { id state progressDone progressTotal } }');
    const job = jobs.jobs.find((j: any) => j.id === send.startBillingRun.jobId);
    expect(job.state).toBe('COMPLETED');
    expect(job.progressTotal).toBeGreaterThan(0);
    expect(job.progressDone).toBe(job.progressTotal);

    // Every due customer billed exactly once for the next month, whichever run did it.
    const periods = await api.db.query(`SELECT customer_id, count(*)::int AS n FROM billed_period WHERE period_start = $1 GROUP BY customer_id`, [NEXT]);
    expect(periods.every((p: any) => p.n === 1)).toBe(true);
    for (const c of extra) {
      const rows = await api.db.query(`SELECT count(*)::int AS n FROM billed_charge WHERE customer_id = $1 AND month = $2`, [c, NEXT]);
      expect(rows[0].n).toBe(1);
    }
    const dup = await api.db.query(`SELECT source_id, month, kind, count(*) FROM billed_charge GROUP BY 1, 2, 3 HAVING count(*) > 1`);
    expect(dup).toEqual([]);
  });

  test('bills data above the cap in arrears where the package bills overage, once', async () => {
    const c = (await makeCustomer(api.db)).id;
    const cap = 10 * 1_000_000_000;
    const [{ id: capped }] = await api.db.query(
      `INSERT INTO data_package (name, download_kbps, upload_kbps, monthly_price_cents, data_cap_bytes, overage_billed, overage_cents_per_gb)
       VALUES ('Capped 10 GB', 20000, 10000, 20000, $1, true, 1500) RETURNING id`,
      [cap],
    );
    const account = await dataAccount(c, addMonths(M, -3), null, capped);
    // Last month: 2.5 GB above the cap (upload + download).
    await api.db.query(`INSERT INTO usage_monthly (customer_id, data_account_id, month, upload_bytes, download_bytes) VALUES ($1, $2, $3, $4, $5)`, [
      c,
      account,
      PREV,
      2_000_000_000,
      cap + 500_000_000,
    ]);
    const run = await runBilling(ctx(), (await newRun(M, c)).id);
    expect(run.state).toBe('done');
    const overage = (await linesOf(c)).filter((l: any) => /cap/.test(l.description));
    // 2.500 GB × 1,500 cents per GB, VAT at the customer's 15%.
    expect(overage.map((l: any) => [l.kind, l.net, l.vat])).toEqual([['usage', 3_750, vat(3_750)]]);
    const before = await counts();
    await runBilling(ctx(), (await newRun(M, c)).id);
    expect(await counts()).toEqual(before);
  });

  test('empty invoices (seed 004): Final Bill always gets one, "create anyway" too, "roll forward" none', async () => {
    const finalEmpty = (await makeCustomer(api.db, { status: 'final_bill' as any })).id;
    const anyway = (await makeCustomer(api.db)).id;
    const rolled = (await makeCustomer(api.db)).id;
    await api.db.query(`UPDATE billing_account SET low_invoice_rule = 'create_anyway' WHERE customer_id = $1`, [anyway]);
    await api.db.query(`UPDATE billing_account SET low_invoice_rule = 'roll_forward' WHERE customer_id = $1`, [rolled]);
    const invoices = (id: string) => api.db.query(`SELECT state, total_cents::int AS total FROM invoice WHERE customer_id = $1`, [id]);
    for (const id of [finalEmpty, anyway, rolled]) await runBilling(ctx(), (await newRun(M, id)).id);
    expect(await invoices(finalEmpty)).toEqual([{ state: 'draft', total: 0 }]);
    expect(await invoices(anyway)).toEqual([{ state: 'draft', total: 0 }]);
    expect(await invoices(rolled)).toEqual([]);
  });

  test('refunds the days billed beyond an end date set after billing', async () => {
    const c = (await makeCustomer(api.db)).id;
    const acc = await dataAccount(c, addMonths(M, -2));
    await gql('mutation($id: ID!) { generateRecurringInvoice(customerId: $id) { id state } }', { id: c });
    await api.db.query(`UPDATE data_account SET end_date = $2 WHERE id = $1`, [acc, day(M, 15)]);
    await runBilling(ctx(), (await newRun(NEXT, c)).id);
    const lines = await linesOf(c);
    const dim = daysInMonth(M);
    const refund = lines.find((l: any) => l.net < 0);
    expect(refund.net).toBe(-roundCents((30_000 * (dim - 15)) / dim));
    expect(refund.description).toMatch(/^Refund/);
    expect(lines.filter((l: any) => l.net > 0)).toHaveLength(1); // nothing billed for the month after the end
  });

  test('"generate recurring invoice" bills the next period once, as a DRAFT', async () => {
    const c = (await makeCustomer(api.db)).id;
    await dataAccount(c, addMonths(M, -2));
    const inv = (await gql('mutation($id: ID!) { generateRecurringInvoice(customerId: $id) { id state totalCents } }', { id: c })).generateRecurringInvoice;
    expect(inv).toMatchObject({ state: 'DRAFT', totalCents: 30_000 + vat(30_000) });
    // The run of this month finds the customer billed.
    const before = await counts();
    await runBilling(ctx(), (await newRun(M, c)).id);
    expect(await counts()).toEqual(before);
  });
});

describe('approval', () => {
  test('approving all drafts of a run alongside single approvals keeps numbers gapless per brand', async () => {
    const [{ id: runM }] = await api.db.query(`SELECT run_id AS id FROM billed_period WHERE period_start = $1 AND invoice_id IS NOT NULL AND run_id IS NOT NULL LIMIT 1`, [M]);
    const singles = await api.db.query(`SELECT i.id FROM invoice i WHERE i.state = 'draft' AND i.id NOT IN (SELECT invoice_id FROM billed_period WHERE run_id = $1 AND invoice_id IS NOT NULL)`, [runM]);
    const approve = 'mutation($i: ApproveInvoiceInput!) { approveInvoice(input: $i) { number } }';
    await Promise.all([
      gql('mutation($id: ID!) { approveBillingRun(runId: $id) { approved } }', { id: runM }),
      ...singles.map((s: any) => gql(approve, { i: { id: s.id, idempotencyKey: randomUUID() } })),
    ]);
    const numbers = (await api.db.query(`SELECT number FROM invoice WHERE brand = 'Sightline' AND number IS NOT NULL`)).map((r: any) => Number(r.number.slice(3))).sort((a: number, b: number) => a - b);
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual(numbers.map((_: number, i: number) => i + 1));
    const left = await api.db.query(`SELECT count(*)::int AS n FROM billed_period bp JOIN invoice i ON i.id = bp.invoice_id WHERE bp.run_id = $1 AND i.state = 'draft'`, [runM]);
    expect(left[0].n).toBe(0);
  });

  test('a user without billing:run cannot approve a run', async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM billing_run LIMIT 1`);
    const r = await api.gql('mutation($id: ID!) { approveBillingRun(runId: $id) { approved } }', { id }, { token: support });
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });
});

describe('invoice PDFs', () => {
  const DOWNLOAD = 'mutation($id: ID!, $length: BillLength!) { downloadInvoice(invoiceId: $id, length: $length) { fileName url sha256 stored } }';
  const bytesOf = (url: string) => Buffer.from(url.replace(/^data:application\/pdf;base64,/, ''), 'base64');

  test('short, long and full are PDFs, each longer than the last', async () => {
    const [{ id }] = await api.db.query(`SELECT invoice_id AS id FROM billed_period WHERE customer_id = $1 AND period_start = $2`, [active, M]);
    const sizes = [];
    for (const length of ['SHORT', 'LONG', 'FULL']) {
      const d = (await gql(DOWNLOAD, { id, length })).downloadInvoice;
      const bytes = bytesOf(d.url);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(d.sha256);
      sizes.push(bytes.length);
    }
    expect(sizes[0]).toBeLessThan(sizes[1]);
    expect(sizes[1]).toBeLessThan(sizes[2]);
  });

  test('the stored PDF of an approved invoice never changes: same bytes after a VAT change and a rename', async () => {
    const [{ id }] = await api.db.query(`SELECT invoice_id AS id FROM billed_period WHERE customer_id = $1 AND period_start = $2`, [active, M]);
    const first = (await gql(DOWNLOAD, { id, length: 'FULL' })).downloadInvoice;
    expect(first.stored).toBe(true);
    const file = path.join(pdfDir, 'Sightline', first.fileName);
    expect(existsSync(file)).toBe(true);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(first.sha256);

    const [{ version }] = await api.db.query(`SELECT version FROM billing_account WHERE customer_id = $1`, [active]);
    await gql('mutation($i: UpdateBillingDetailsInput!) { updateBillingDetails(input: $i) { version } }', { i: { customerId: active, expectedVersion: version, vatRateBasisPoints: 1600 } });
    await api.db.query(`UPDATE customer SET name = 'Renamed Customer' WHERE id = $1`, [active]);

    // More calls booked for that month: a fresh rendering of the full length would differ now.
    await api.db.query(`UPDATE voip_call_rollup SET charge_cents = charge_cents + 5000 WHERE line_id = $1`, [lineId]);
    const fresh = await renderInvoicePdf(await invoiceDocData(api.db.manager, id), 'full');
    expect(createHash('sha256').update(fresh).digest('hex')).not.toBe(first.sha256);

    const later = (await gql(DOWNLOAD, { id, length: 'FULL' })).downloadInvoice;
    expect(later.stored).toBe(true);
    expect(later.sha256).toBe(first.sha256);
    expect(later.url).toBe(first.url);
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(first.sha256);
  });

  test('a draft is rendered each time and not stored', async () => {
    const c = (await makeCustomer(api.db)).id;
    await dataAccount(c, addMonths(M, -2));
    const inv = (await gql('mutation($id: ID!) { generateRecurringInvoice(customerId: $id) { id } }', { id: c })).generateRecurringInvoice;
    const d = (await gql(DOWNLOAD, { id: inv.id, length: 'LONG' })).downloadInvoice;
    expect(d.stored).toBe(false);
    const stored = await api.db.query(`SELECT count(*)::int AS n FROM invoice_document WHERE invoice_id = $1`, [inv.id]);
    expect(stored[0].n).toBe(0);
  });
});
