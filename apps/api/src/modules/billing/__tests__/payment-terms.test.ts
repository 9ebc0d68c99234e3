import { PaymentMethod as M, PaymentTermsKind as K } from '../billing-account.entity';
import { decryptSecret, encryptSecret, billingKey } from '../billing-crypto';
import { dueDate, termsProblem } from '../payment-terms';

const days = (value: number) => ({ kind: K.DAYS, value });
const dom = (value: number) => ({ kind: K.DAY_OF_MONTH, value });
const blank = { kind: K.METHOD_DEFAULT, value: null };

describe('dueDate (seed 004 payment terms)', () => {
  it('counts days from the invoice date, across months and leap years', () => {
    expect(dueDate('2026-01-15', days(30), M.EFT)).toBe('2026-02-14');
    expect(dueDate('2024-02-20', days(10), M.EFT)).toBe('2024-03-01');
    expect(dueDate('2026-12-20', days(14), M.CASH)).toBe('2027-01-03');
    expect(dueDate('2026-03-05', days(0), M.EFT)).toBe('2026-03-05');
  });

  it('blank terms use the payment method default', () => {
    expect(dueDate('2026-01-15', blank, M.EFT)).toBe('2026-02-14'); // 30 days
    expect(dueDate('2026-01-15', blank, M.CASH)).toBe('2026-01-22'); // 7 days
    expect(dueDate('2026-01-15', blank, M.CREDIT_CARD)).toBe('2026-01-15'); // on the day
    expect(dueDate('2026-01-15', blank, M.DEBIT_ORDER, { debitDay: 25 })).toBe('2026-01-25'); // the debit day
    expect(dueDate('2026-01-26', blank, M.DEBIT_ORDER, { debitDay: 25 })).toBe('2026-02-25');
  });

  it('a fixed day of the month is the next such day after the invoice date', () => {
    expect(dueDate('2026-01-10', dom(15), M.EFT)).toBe('2026-01-15');
    expect(dueDate('2026-01-15', dom(15), M.EFT)).toBe('2026-02-15');
    expect(dueDate('2026-01-20', dom(15), M.EFT)).toBe('2026-02-15');
    expect(dueDate('2026-12-20', dom(7), M.EFT)).toBe('2027-01-07');
    // a day the month does not have is its last day
    expect(dueDate('2026-02-01', dom(31), M.EFT)).toBe('2026-02-28');
  });

  it('negative days count back from the month end: -1 is the last day', () => {
    expect(dueDate('2026-01-10', dom(-1), M.EFT)).toBe('2026-01-31');
    expect(dueDate('2026-01-31', dom(-1), M.EFT)).toBe('2026-02-28');
    expect(dueDate('2024-01-31', dom(-1), M.EFT)).toBe('2024-02-29');
    expect(dueDate('2026-04-10', dom(-5), M.EFT)).toBe('2026-04-26');
    expect(dueDate('2026-04-28', dom(-5), M.EFT)).toBe('2026-05-27');
  });

  it("an invoice's own due date overrides the terms", () => {
    expect(dueDate('2026-01-10', dom(-1), M.EFT, { invoiceDueDate: '2026-03-01' })).toBe('2026-03-01');
    expect(dueDate('2026-01-10', blank, M.DEBIT_ORDER, { debitDay: 3, invoiceDueDate: '2026-01-12' })).toBe('2026-01-12');
  });

  it('refuses terms that mean nothing', () => {
    expect(termsProblem(days(30))).toBeNull();
    expect(termsProblem(dom(-1))).toBeNull();
    expect(termsProblem(blank)).toBeNull();
    expect(termsProblem(days(-3))).toMatch(/between 0 and 365/);
    expect(termsProblem(dom(0))).toMatch(/day of the month/);
    expect(termsProblem(dom(32))).toMatch(/day of the month/);
    expect(termsProblem({ kind: K.DAYS, value: null })).toMatch(/Give the number/);
    expect(termsProblem({ kind: K.METHOD_DEFAULT, value: 5 })).toMatch(/blank/);
  });
});

describe('account number encryption (AES-256-GCM)', () => {
  it('round-trips, uses a fresh IV each time, and detects tampering', () => {
    const a = encryptSecret('62812345678');
    const b = encryptSecret('62812345678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('62812345678');
    expect(decryptSecret(a)).toBe('62812345678');
    const [v, iv, tag, body] = a.split(':');
    const flipped = Buffer.from(body, 'base64');
    flipped[0] ^= 1;
    expect(() => decryptSecret([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
  });

  it('takes the key from BILLING_ENCRYPTION_KEY, and refuses production without one', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(billingKey({ BILLING_ENCRYPTION_KEY: key })).toEqual(Buffer.alloc(32, 7));
    expect(() => billingKey({ BILLING_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
    expect(() => billingKey({ NODE_ENV: 'production' })).toThrow(/not set/);
    const other = Buffer.alloc(32, 9);
    expect(() => decryptSecret(encryptSecret('123456', billingKey({ BILLING_ENCRYPTION_KEY: key })), other)).toThrow();
  });
});
