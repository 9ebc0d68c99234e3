import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';
import { billing, key } from './helpers';

let api: TestApi;
let admin: string;
let b: ReturnType<typeof billing>;

beforeAll(async () => {
  api = await startTestApi();
  admin = (await makeUser(api.db, 'admin')).token;
  b = billing(api, admin);
});
afterAll(() => api.teardown());

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** An approved invoice of `cents` (VAT 0) due `daysLate` days ago. */
async function invoiceDue(customerId: string, cents: number, daysLate: number) {
  await b.charge(customerId, cents);
  const inv = await b.invoice(customerId, { invoiceDate: ago(daysLate + 10), dueDate: ago(daysLate) });
  return b.approve(inv.id);
}

async function customerWithEveryBucket(resellerId: string | null = null) {
  const c = await makeCustomer(api.db, { resellerId });
  await api.db.query('UPDATE billing_account SET vat_rate_bp = 0 WHERE customer_id = $1', [c.id]);
  await invoiceDue(c.id, 100, -5); // not yet due
  await invoiceDue(c.id, 200, 10);
  await invoiceDue(c.id, 300, 45);
  await invoiceDue(c.id, 400, 75);
  await invoiceDue(c.id, 500, 200);
  await b.run('mutation($i: AddAdjustmentInput!) { addAdjustment(input: $i) { id } }', { i: { customerId: c.id, amountCents: 25, reason: 'Late fee', adjustedOn: ago(0), idempotencyKey: key() } });
  await b.pay(c.id, 50, { allocations: [] }); // unallocated (until the next ledger event applies it)
  return c;
}

test('buckets by days past due, the open items, and the balance they add up to', async () => {
  const c = await customerWithEveryBucket();
  const age = await b.age(c.id);
  expect(age).toMatchObject({ currentCents: 125, days30Cents: 200, days60Cents: 300, days90Cents: 400, days120PlusCents: 500, unallocatedCreditCents: 50, balanceCents: 1475 });
  expect(await b.balance(c.id)).toBe(1475);
  expect(age.openItems.map((i: any) => [i.kind, i.side, i.openCents, i.daysOverdue])).toEqual(
    expect.arrayContaining([
      ['INVOICE', 'DEBIT', 500, 200],
      ['ADJUSTMENT', 'DEBIT', 25, 0],
      ['PAYMENT', 'CREDIT', 50, 0],
    ]),
  );
  // Paying oldest due first empties the oldest bucket first.
  await b.pay(c.id, 600);
  expect(await b.age(c.id)).toMatchObject({ days120PlusCents: 0, days90Cents: 300, unallocatedCreditCents: 50 });
});

describe('the report across customers', () => {
  const REPORT = `query($first: Int, $after: String, $filter: AgeReportFilter) { ageAnalysisReport(first: $first, after: $after, filter: $filter) {
    totalCount hasNextPage endCursor rows { customerId accountNumber currentCents days120PlusCents balanceCents }
    totals { currency customers currentCents days30Cents days60Cents days90Cents days120PlusCents unallocatedCreditCents balanceCents } } }`;
  let reseller: string;
  let ids: string[];

  beforeAll(async () => {
    reseller = (await makeReseller(api.db)).id;
    ids = [];
    for (let i = 0; i < 3; i++) ids.push((await customerWithEveryBucket(reseller)).id);
  });

  it('pages through a reseller’s customers with totals over the whole filter', async () => {
    const first = await b.run(REPORT, { first: 2, filter: { resellerId: reseller } });
    const r = first.ageAnalysisReport;
    expect(r.totalCount).toBe(3);
    expect(r.hasNextPage).toBe(true);
    expect(r.rows).toHaveLength(2);
    expect(r.totals).toEqual([{ currency: 'ZAR', customers: 3, currentCents: 375, days30Cents: 600, days60Cents: 900, days90Cents: 1200, days120PlusCents: 1500, unallocatedCreditCents: 150, balanceCents: 4425 }]);
    const second = await b.run(REPORT, { first: 2, after: r.endCursor, filter: { resellerId: reseller } });
    expect(second.ageAnalysisReport.rows).toHaveLength(1);
    expect(second.ageAnalysisReport.hasNextPage).toBe(false);
    expect([...r.rows, ...second.ageAnalysisReport.rows].map((x: any) => x.customerId).sort()).toEqual([...ids].sort());
  });

  it('reads the rollup the ledger keeps (no invoice scan), and the nightly job re-buckets stale rows', async () => {
    const id = ids[0];
    await api.db.query(`UPDATE age_rollup SET current_cents = 999999, computed_on = CURRENT_DATE - 1 WHERE customer_id = $1`, [id]);
    const stale = await b.run(REPORT, { first: 10, filter: { resellerId: reseller } });
    expect(stale.ageAnalysisReport.rows.find((x: any) => x.customerId === id).currentCents).toBe(999999);
    await api.jobs.send('billing.age-rollup', {});
    await api.jobs.runNext('billing.age-rollup');
    const fresh = await b.run(REPORT, { first: 10, filter: { resellerId: reseller } });
    expect(fresh.ageAnalysisReport.rows.find((x: any) => x.customerId === id).currentCents).toBe(125);
  });

  it('is for reports:read only, and a reseller-scoped reader sees only its own customers', async () => {
    const support = (await makeUser(api.db, 'support')).token;
    expect(codes(await api.gql(REPORT, { first: 5 }, { token: support }))).toEqual(['FORBIDDEN']);
    const finance = (await makeUser(api.db, 'finance_manager')).token;
    expect((await api.gql(REPORT, { first: 5 }, { token: finance })).errors).toBeUndefined();
    const scoped = (await makeUser(api.db, 'admin', { resellerId: reseller })).token;
    const r = await api.gql(REPORT, { first: 100 }, { token: scoped });
    expect(r.data.ageAnalysisReport.totalCount).toBe(3);
    expect(r.data.ageAnalysisReport.rows.every((x: any) => ids.includes(x.customerId))).toBe(true);
    const bad = await api.gql(REPORT, { first: 500 }, { token: finance });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
