import { PaymentMethod, PaymentTermsKind } from './billing-account.entity';

/**
 * Payment terms (seed 004): a number of days; blank = the payment method's default; a fixed
 * day of the month; a negative day counts back from the month end (-1 = the last day). An
 * invoice's own due date overrides all of it. Dates are ISO `YYYY-MM-DD` (calendar days, UTC).
 */
export interface PaymentTerms {
  kind: PaymentTermsKind;
  /** Days for DAYS; the day of the month for DAY_OF_MONTH (1..31 or -1..-28). */
  value: number | null;
}

/** What blank terms mean per payment method (a debit order is due on its debit day). */
export const METHOD_DEFAULT_TERMS: Record<PaymentMethod, PaymentTerms> = {
  [PaymentMethod.EFT]: { kind: PaymentTermsKind.DAYS, value: 30 },
  [PaymentMethod.CASH]: { kind: PaymentTermsKind.DAYS, value: 7 },
  [PaymentMethod.CREDIT_CARD]: { kind: PaymentTermsKind.DAYS, value: 0 },
  [PaymentMethod.DEBIT_ORDER]: { kind: PaymentTermsKind.DAY_OF_MONTH, value: 1 },
};

const parse = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) };
};
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** Day `day` of month `m` (0-based, may overflow into the next year): clamped to the month's length, negative from its end. */
function dayOfMonth(y: number, m: number, day: number) {
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  const len = daysInMonth(yy, mm);
  const d = day > 0 ? Math.min(day, len) : Math.max(1, len + day + 1);
  return Date.UTC(yy, mm, d);
}

/**
 * The due date of an invoice dated `invoiceDate`.
 * - `invoiceDueDate` (the invoice's own) wins;
 * - DAYS n: n days after the invoice date;
 * - DAY_OF_MONTH d: the first such day strictly after the invoice date (this month or the next);
 * - METHOD_DEFAULT: the method's default (a debit order uses the account's debit day).
 */
export function dueDate(
  invoiceDate: string,
  terms: PaymentTerms,
  method: PaymentMethod,
  opts: { debitDay?: number | null; invoiceDueDate?: string | null } = {},
): string {
  if (opts.invoiceDueDate) return opts.invoiceDueDate;
  let effective = terms;
  if (terms.kind === PaymentTermsKind.METHOD_DEFAULT || terms.value === null) {
    effective = METHOD_DEFAULT_TERMS[method];
    if (method === PaymentMethod.DEBIT_ORDER && opts.debitDay) effective = { kind: PaymentTermsKind.DAY_OF_MONTH, value: opts.debitDay };
  }
  const { y, m, d } = parse(invoiceDate);
  const start = Date.UTC(y, m, d);
  if (effective.kind === PaymentTermsKind.DAYS) return iso(start + (effective.value ?? 0) * 86_400_000);
  const day = effective.value ?? 1;
  const thisMonth = dayOfMonth(y, m, day);
  return iso(thisMonth > start ? thisMonth : dayOfMonth(y, m + 1, day));
}

/** Why these terms are invalid (field, message), or null. */
export function termsProblem(terms: PaymentTerms): string | null {
  if (terms.kind === PaymentTermsKind.METHOD_DEFAULT) return terms.value === null ? null : 'Leave the value blank to use the payment method default';
  if (terms.value === null) return 'Give the number of days or the day of the month';
  if (!Number.isInteger(terms.value)) return 'Payment terms must be a whole number';
  if (terms.kind === PaymentTermsKind.DAYS) return terms.value < 0 || terms.value > 365 ? 'Payment terms in days must be between 0 and 365' : null;
  return terms.value === 0 || terms.value < -28 || terms.value > 31
    ? 'The day of the month must be 1 to 31, or -1 (last day) to -28 counting back from the month end'
    : null;
}
