import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeUser } from '../../../testing/factories';
import { decryptSecret } from '../billing-crypto';
import { billing } from './helpers';

let api: TestApi;
let billingToken: string;
let supportToken: string;

beforeAll(async () => {
  api = await startTestApi();
  billingToken = (await makeUser(api.db, 'billing')).token;
  supportToken = (await makeUser(api.db, 'support')).token;
});
afterAll(() => api.teardown());

const DETAILS = `{ paymentMethod verification billingCycle vatRateBasisPoints vatNumber creditLimitCents doNotSuspend billStyle currency version
  debitOrder { bank branchCode accountHolder accountNumberMasked accountType debitDay } card { brand last4 expiry tokenOnFile }
  paymentTerms { kind value summary dueForInvoiceToday } billLengths { email download print } lowInvoice { rule thresholdCents chargeCents }
  annualIncrease { profile referenceDate } }`;
const read = async (id: string, token = billingToken) => (await api.gql(`query($id: ID!) { customer(id: $id) { billingDetails ${DETAILS} } }`, { id }, { token })).data.customer.billingDetails;
const update = (input: Record<string, unknown>, token = billingToken) =>
  api.gql(`mutation($i: UpdateBillingDetailsInput!) { updateBillingDetails(input: $i) ${DETAILS} }`, { i: input }, { token });

test('a new customer reads the defaults: EFT, monthly, terms blank (30 days), 15% VAT', async () => {
  const c = await makeCustomer(api.db);
  const d = await read(c.id);
  expect(d).toMatchObject({
    paymentMethod: 'EFT',
    billingCycle: 'MONTHLY',
    vatRateBasisPoints: 1500,
    currency: 'ZAR',
    verification: 'UNVERIFIED',
    paymentTerms: { kind: 'METHOD_DEFAULT', value: null, summary: '30 days (EFT default)' },
    card: { tokenOnFile: false, last4: null },
    billLengths: { email: 'SHORT', download: 'FULL', print: 'LONG' },
    version: 1,
  });
});

test('a debit order: the account number is encrypted at rest, shown masked, audited masked', async () => {
  const c = await makeCustomer(api.db);
  const r = await update({
    customerId: c.id,
    expectedVersion: 1,
    paymentMethod: 'DEBIT_ORDER',
    debitOrder: { bank: 'FNB', branchCode: '250655', accountHolder: 'T Ndlovu', accountNumber: '62812345678', accountType: 'CHEQUE', debitDay: 25 },
    verification: 'VERIFIED',
  });
  expect(r.errors).toBeUndefined();
  expect(r.data.updateBillingDetails).toMatchObject({
    paymentMethod: 'DEBIT_ORDER',
    debitOrder: { bank: 'FNB', accountNumberMasked: '••••5678', debitDay: 25, accountType: 'CHEQUE' },
    paymentTerms: { summary: 'On the debit day (25) (debit order default)' },
    version: 2,
  });
  const [row] = await api.db.query('SELECT debit_account_number_enc AS enc, debit_account_last4 AS last4 FROM billing_account WHERE customer_id = $1', [c.id]);
  expect(row.enc).toMatch(/^v1:/);
  expect(row.enc).not.toContain('62812345678');
  expect(decryptSecret(row.enc)).toBe('62812345678');
  const audits = await api.db.query(`SELECT field, old_value, new_value FROM audit_entry WHERE customer_id = $1 AND action = 'billing.details.update'`, [c.id]);
  expect(audits).toEqual(expect.arrayContaining([{ field: 'debitAccountNumber', old_value: null, new_value: '••••5678' }, { field: 'paymentMethod', old_value: 'eft', new_value: 'debit_order' }]));
  expect(JSON.stringify(audits)).not.toContain('62812345678');
});

test('refuses a debit order without its details, a card number as a token, and bad terms, naming the field', async () => {
  const c = await makeCustomer(api.db);
  const noBank = await update({ customerId: c.id, expectedVersion: 1, paymentMethod: 'DEBIT_ORDER', debitOrder: { accountHolder: 'X' } });
  expect(noBank.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'debitOrder.bank' } });
  const pan = await update({ customerId: c.id, expectedVersion: 1, paymentMethod: 'CREDIT_CARD', card: { token: '4111 1111 1111 1111', last4: '1111' } });
  expect(pan.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'card.token' } });
  expect(pan.errors![0].message).toMatch(/never the card number/);
  const noToken = await update({ customerId: c.id, expectedVersion: 1, paymentMethod: 'CREDIT_CARD' });
  expect(noToken.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'card.token' });
  const terms = await update({ customerId: c.id, expectedVersion: 1, paymentTerms: { kind: 'DAY_OF_MONTH', value: 0 } });
  expect(terms.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paymentTerms.value' });
  const vat = await update({ customerId: c.id, expectedVersion: 1, vatRateBasisPoints: 20000 });
  expect(vat.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'vatRateBasisPoints' });
  const branch = await update({ customerId: c.id, expectedVersion: 1, debitOrder: { branchCode: '12' } });
  expect(branch.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'debitOrder.branchCode' });
  const currency = await update({ customerId: c.id, expectedVersion: 1, currency: 'USD' });
  expect(currency.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
  expect((await read(c.id)).version).toBe(1); // nothing written
});

test('a card on file keeps the token, brand, last four and expiry only', async () => {
  const c = await makeCustomer(api.db);
  const r = await update({ customerId: c.id, expectedVersion: 1, paymentMethod: 'CREDIT_CARD', card: { token: 'tok_live_abc123', brand: 'Visa', last4: '4242', expiry: '09/28' } });
  expect(r.data.updateBillingDetails.card).toEqual({ brand: 'Visa', last4: '4242', expiry: '09/28', tokenOnFile: true });
  const audits = await api.db.query(`SELECT new_value FROM audit_entry WHERE customer_id = $1`, [c.id]);
  expect(JSON.stringify(audits)).not.toContain('tok_live_abc123');
});

test('terms, cycle, VAT number, limits, bill style and lengths, low invoice rule, annual increase, currency', async () => {
  const c = await makeCustomer(api.db);
  const r = await update({
    customerId: c.id,
    expectedVersion: 1,
    billingCycle: 'QUARTERLY',
    paymentTerms: { kind: 'DAY_OF_MONTH', value: -1 },
    vatNumber: '4123456789',
    creditLimitCents: 500000,
    doNotSuspend: true,
    billStyle: 'Sightline UK',
    billLengths: { email: 'SHORT', download: 'FULL', print: 'LONG' },
    lowInvoice: { rule: 'LOW_USAGE_CHARGE', thresholdCents: 5000, chargeCents: 2500 },
    annualIncrease: { profile: 'CPI', referenceDate: '2027-03-01' },
    currency: 'GBP',
  });
  expect(r.errors).toBeUndefined();
  expect(r.data.updateBillingDetails).toMatchObject({
    billingCycle: 'QUARTERLY',
    paymentTerms: { kind: 'DAY_OF_MONTH', value: -1, summary: 'Last day of the month' },
    vatNumber: '4123456789',
    creditLimitCents: 500000,
    doNotSuspend: true,
    billStyle: 'Sightline UK',
    lowInvoice: { rule: 'LOW_USAGE_CHARGE', thresholdCents: 5000, chargeCents: 2500 },
    annualIncrease: { profile: 'CPI', referenceDate: '2027-03-01' },
    currency: 'GBP',
    version: 2,
  });
  const stale = await update({ customerId: c.id, expectedVersion: 1, doNotSuspend: false });
  expect(codes(stale)).toEqual(['CONFLICT']);
});

test('the currency cannot change once the account has ledger entries', async () => {
  const c = await makeCustomer(api.db);
  await billing(api, billingToken).charge(c.id, 1000);
  const r = await update({ customerId: c.id, expectedVersion: 1, currency: 'GBP' });
  expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'currency' });
});

test('a new VAT rate re-prices pending charges and drafts in the same change, never approved invoices', async () => {
  const c = await makeCustomer(api.db);
  const b = billing(api, billingToken);
  await b.charge(c.id, 10000);
  const approved = await b.approve((await b.invoice(c.id)).id);
  expect(approved.totalCents).toBe(11500);
  await b.charge(c.id, 20000);
  const draft = await b.invoice(c.id);
  expect(draft.totalCents).toBe(23000);
  const pending = await b.charge(c.id, 1000);
  expect(pending.totalCents).toBe(1150);
  const zeroRated = await b.charge(c.id, 500);
  await api.db.query('UPDATE invoice_line SET vat_rate_bp = 0, vat_cents = 0, total_cents = 500 WHERE id = $1', [zeroRated.id]);

  const r = await update({ customerId: c.id, expectedVersion: 1, vatRateBasisPoints: 1600 });
  expect(r.errors).toBeUndefined();
  const inv = async (id: string) => (await api.db.query('SELECT total_cents, vat_cents FROM invoice WHERE id = $1', [id]))[0];
  expect(await inv(draft.id)).toEqual({ total_cents: '23200', vat_cents: '3200' });
  expect(await inv(approved.id)).toEqual({ total_cents: '11500', vat_cents: '1500' });
  const [line] = await api.db.query('SELECT total_cents, vat_rate_bp FROM invoice_line WHERE id = $1', [pending.id]);
  expect(line).toEqual({ total_cents: '1160', vat_rate_bp: 1600 });
  // A zero-rated line keeps its rate: only lines at the old standard rate follow the new one.
  const [zero] = await api.db.query('SELECT total_cents, vat_rate_bp FROM invoice_line WHERE id = $1', [zeroRated.id]);
  expect(zero).toEqual({ total_cents: '500', vat_rate_bp: 0 });
  const approvedLines = await api.db.query('SELECT DISTINCT vat_rate_bp FROM invoice_line WHERE invoice_id = $1', [approved.id]);
  expect(approvedLines).toEqual([{ vat_rate_bp: 1500 }]);
});

test('support reads billing details but may not change them', async () => {
  const c = await makeCustomer(api.db);
  expect((await read(c.id, supportToken)).paymentMethod).toBe('EFT');
  expect(codes(await update({ customerId: c.id, expectedVersion: 1, doNotSuspend: true }, supportToken))).toEqual(['FORBIDDEN']);
});
