import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeUser } from '../../../testing/factories';
import { billing, key } from './helpers';

let api: TestApi;
let token: string;
let b: ReturnType<typeof billing>;
let spool: string;

beforeAll(async () => {
  spool = await mkdtemp(path.join(tmpdir(), 'bank-spool-'));
  process.env.BANK_STATEMENT_SPOOL = spool;
  api = await startTestApi();
  token = (await makeUser(api.db, 'billing')).token;
  b = billing(api, token);
});
afterAll(() => api.teardown());

const RECEIPTS = 'query($id: ID!) { customer(id: $id) { paymentReceipts { id kind amountCents method reference reversed unallocatedCents allocations { kind id reference amountCents } } } }';
const receipts = async (id: string) => (await b.run(RECEIPTS, { id })).customer.paymentReceipts;

/** A customer with approved invoices dated so their due dates are in this order. */
async function withInvoices(amounts: number[], dates: string[]) {
  const c = await makeCustomer(api.db);
  const ids: string[] = [];
  for (const [i, a] of amounts.entries()) {
    await b.charge(c.id, a);
    ids.push((await b.approve((await b.invoice(c.id, { invoiceDate: dates[i] })).id)).id);
  }
  return { c, ids };
}

test('a payment is allocated oldest due first', async () => {
  const { c, ids } = await withInvoices([10000, 20000], ['2026-01-01', '2026-02-01']); // 11500, 23000
  await b.pay(c.id, 15000);
  const [p] = await receipts(c.id);
  expect(p.allocations.map((a: any) => [a.id, a.amountCents])).toEqual([
    [ids[0], 11500],
    [ids[1], 3500],
  ]);
  expect(p.unallocatedCents).toBe(0);
  expect(await b.balance(c.id)).toBe(34500 - 15000);
});

test('by hand: to the invoice chosen; never more than is open or than was paid', async () => {
  const { c, ids } = await withInvoices([10000, 20000], ['2026-01-01', '2026-02-01']);
  const over = await api.gql('mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }', {
    i: { customerId: c.id, method: 'EFT', reference: 'x', amountCents: 50000, allocations: [{ invoiceId: ids[0], amountCents: 11501 }], idempotencyKey: key() },
  }, { token });
  expect(over.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allocations.0.amountCents' });
  const more = await api.gql('mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }', {
    i: { customerId: c.id, method: 'EFT', reference: 'x', amountCents: 1000, allocations: [{ invoiceId: ids[1], amountCents: 2000 }], idempotencyKey: key() },
  }, { token });
  expect(more.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allocations.0.amountCents' });
  expect(await receipts(c.id)).toEqual([]); // nothing written

  await b.pay(c.id, 5000, { allocations: [{ invoiceId: ids[1], amountCents: 4000 }] });
  const [p] = await receipts(c.id);
  expect(p.allocations).toEqual([{ kind: 'INVOICE', id: ids[1], reference: expect.stringMatching(/^INV/), amountCents: 4000 }]);
  expect(p.unallocatedCents).toBe(1000);
  // Re-allocating: the earlier allocation is released, then oldest due first.
  await b.run('mutation($i: AllocatePaymentInput!) { allocatePayment(input: $i) { id } }', { i: { paymentId: p.id, idempotencyKey: key() } });
  const [again] = await receipts(c.id);
  expect(again.allocations).toEqual([{ kind: 'INVOICE', id: ids[0], reference: expect.any(String), amountCents: 5000 }]);
});

test('a reversal is a row of its own: the receipt stays, its allocations are released, the balance goes back', async () => {
  const { c, ids } = await withInvoices([10000], ['2026-01-01']);
  const p = await b.pay(c.id, 11500);
  expect(await b.balance(c.id)).toBe(0);
  const r = await b.run('mutation($i: ReversePaymentInput!) { reversePayment(input: $i) { id kind amountCents reversalOf } }', { i: { paymentId: p.id, reason: 'Debit order bounced', idempotencyKey: key() } });
  expect(r.reversePayment).toMatchObject({ kind: 'REVERSAL', amountCents: -11500, reversalOf: p.id });
  expect(await b.balance(c.id)).toBe(11500);
  const list = await receipts(c.id);
  expect(list.map((x: any) => [x.kind, x.amountCents, x.reversed])).toEqual(expect.arrayContaining([['RECEIPT', 11500, true], ['REVERSAL', -11500, false]]));
  expect((await b.age(c.id)).openItems.find((i: any) => i.id === ids[0]).openCents).toBe(11500);
  const twice = await api.gql('mutation($i: ReversePaymentInput!) { reversePayment(input: $i) { id } }', { i: { paymentId: p.id, reason: 'again', idempotencyKey: key() } }, { token });
  expect(codes(twice)).toEqual(['CONFLICT']);
});

test('a refund pays back credit, never more than the unallocated credit', async () => {
  const c = await makeCustomer(api.db);
  await b.pay(c.id, 3000);
  const tooMuch = await api.gql('mutation($i: RefundInput!) { refundCustomer(input: $i) { id } }', { i: { customerId: c.id, amountCents: 3001, method: 'EFT', reference: 'r', idempotencyKey: key() } }, { token });
  expect(tooMuch.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
  await b.run('mutation($i: RefundInput!) { refundCustomer(input: $i) { id } }', { i: { customerId: c.id, amountCents: 3000, method: 'EFT', reference: 'r', idempotencyKey: key() } });
  expect(await b.balance(c.id)).toBe(0);
  expect((await b.age(c.id)).openItems).toEqual([]);
});

describe('bank statement import', () => {
  const IMPORT = 'mutation($csv: String!) { importBankStatement(csv: $csv) { lines imported duplicates unmatched { line reference amountCents } rejected { line message } } }';

  it('matches lines by the account number in the reference, and imports each line once', async () => {
    const { c } = await withInvoices([10000], ['2026-01-01']);
    const other = await makeCustomer(api.db);
    const csv = [
      'Date,Reference,Amount,Bank_Reference',
      `2026-02-03,${c.accountNumber},115.00,FNB-0001`,
      `2026-02-03,"PAYMENT ${other.accountNumber.toLowerCase()} THANKS","1,000.50",FNB-0002`,
      '2026-02-04,NO IDEA WHO,50.00,FNB-0003',
      '2026-02-04,BANK CHARGES,-12.00,FNB-0004',
      '03/02/2026,X,1.00,FNB-0005',
    ].join('\n');
    const r = await b.run(IMPORT, { csv });
    expect(r.importBankStatement).toEqual({
      lines: 5,
      imported: 2,
      duplicates: 0,
      unmatched: [{ line: 4, reference: 'NO IDEA WHO', amountCents: 5000 }],
      rejected: [{ line: 6, message: 'Date "03/02/2026" is not YYYY-MM-DD' }],
    });
    expect(await b.balance(c.id)).toBe(0);
    expect(await b.balance(other.id)).toBe(-100050);
    const again = await b.run(IMPORT, { csv });
    expect(again.importBankStatement).toMatchObject({ imported: 0, duplicates: 2 });
    expect(await b.balance(other.id)).toBe(-100050);
    const [{ n }] = await api.db.query(`SELECT count(*)::int n FROM audit_entry WHERE customer_id = $1 AND action = 'payment.import'`, [other.id]);
    expect(n).toBe(1);
  });

  it('without a bank reference, a line is known by its content and position among identical lines', async () => {
    const c = await makeCustomer(api.db);
    const csv = `date,reference,amount\n2026-02-05,${c.accountNumber},10.00\n2026-02-05,${c.accountNumber},10.00\n`;
    expect((await b.run(IMPORT, { csv })).importBankStatement).toMatchObject({ imported: 2, duplicates: 0 });
    expect((await b.run(IMPORT, { csv })).importBankStatement).toMatchObject({ imported: 0, duplicates: 2 });
    expect(await b.balance(c.id)).toBe(-2000);
  });

  it('refuses a file that is not a statement, naming the field', async () => {
    const r = await api.gql(IMPORT, { csv: 'when,who\n1,2\n' }, { token });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
  });

  it('runs on a schedule from the spool folder, and "Update" imports one customer now', async () => {
    const c = await makeCustomer(api.db);
    const d = await makeCustomer(api.db);
    await writeFile(path.join(spool, 'statement-1.csv'), `date,reference,amount,bank_reference\n2026-02-06,${c.accountNumber},20.00,SP-1\n2026-02-06,${d.accountNumber},30.00,SP-2\n`);
    // "Update" on c's age analysis: only c's line, and the file stays for the scheduled run.
    const u = await b.run('mutation($id: ID!) { updateAgeAnalysis(customerId: $id) { id balance { cents } } }', { id: c.id });
    expect(u.updateAgeAnalysis.balance.cents).toBe(-2000);
    expect(await b.balance(d.id)).toBe(0);
    expect(await readdir(spool)).toContain('statement-1.csv');

    expect(await api.jobs.send('billing.bank-import', {})).toBeTruthy();
    expect(await api.jobs.runNext('billing.bank-import')).toBeTruthy();
    expect(await b.balance(d.id)).toBe(-3000);
    expect(await b.balance(c.id)).toBe(-2000); // not twice
    expect(await readdir(spool)).toEqual(['done']);
    expect(await readdir(path.join(spool, 'done'))).toEqual(['statement-1.csv']);
  });
});

test('support reads receipts but cannot record one; a reseller never imports statements', async () => {
  const c = await makeCustomer(api.db);
  const support = (await makeUser(api.db, 'support')).token;
  expect((await api.gql(RECEIPTS, { id: c.id }, { token: support })).errors).toBeUndefined();
  const r = await api.gql('mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }', { i: { customerId: c.id, method: 'CASH', reference: 'x', amountCents: 1, idempotencyKey: key() } }, { token: support });
  expect(codes(r)).toEqual(['FORBIDDEN']);
});
