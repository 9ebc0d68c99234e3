import { audit, diff, type Change } from '../../kernel/audit';
import { badInput, conflict } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { findCustomerInScope, type CustomerEntity } from '../customers';
import { BillingAccount, PaymentMethod, PaymentTermsKind } from './billing-account.entity';
import { encryptSecret, maskAccountNumber } from './billing-crypto';
import type { BillingDetails, UpdateBillingDetailsInput } from './billing-details.types';
import { dueDate, METHOD_DEFAULT_TERMS, termsProblem } from './payment-terms';
import { repriceOpenLines } from './invoice.service';
import { billingAccountOf } from './billing-account.store';

const METHOD_NAMES: Record<PaymentMethod, string> = {
  [PaymentMethod.EFT]: 'EFT',
  [PaymentMethod.DEBIT_ORDER]: 'debit order',
  [PaymentMethod.CASH]: 'cash',
  [PaymentMethod.CREDIT_CARD]: 'credit card',
};

const today = () => new Date().toISOString().slice(0, 10);

function termsSummary(a: BillingAccount): string {
  const t = a.paymentTermsKind === PaymentTermsKind.METHOD_DEFAULT ? METHOD_DEFAULT_TERMS[a.paymentMethod] : { kind: a.paymentTermsKind, value: a.paymentTermsValue };
  const suffix = a.paymentTermsKind === PaymentTermsKind.METHOD_DEFAULT ? ` (${METHOD_NAMES[a.paymentMethod]} default)` : '';
  if (a.paymentTermsKind === PaymentTermsKind.METHOD_DEFAULT && a.paymentMethod === PaymentMethod.DEBIT_ORDER) {
    return `On the debit day${a.debitDay ? ` (${a.debitDay})` : ''}${suffix}`;
  }
  if (t.kind === PaymentTermsKind.DAYS) return `${t.value} days${suffix}`;
  const v = t.value ?? 1;
  return `${v === -1 ? 'Last day of the month' : v < 0 ? `${-v - 1} days before the month end` : `Day ${v} of the month`}${suffix}`;
}

/** The widget's view of an account row (and the customer's VAT number and currency). */
export function billingDetailsOf(a: BillingAccount, customer: Pick<CustomerEntity, 'vatNumber' | 'currency'>): BillingDetails {
  return {
    paymentMethod: a.paymentMethod,
    debitOrder: {
      bank: a.debitBank,
      branchCode: a.debitBranchCode,
      accountHolder: a.debitAccountHolder,
      accountNumberMasked: maskAccountNumber(a.debitAccountLast4),
      accountType: a.debitAccountType,
      debitDay: a.debitDay,
    },
    card: { brand: a.cardBrand, last4: a.cardLast4, expiry: a.cardExpiry, tokenOnFile: !!a.cardToken },
    verification: a.verification,
    billingCycle: a.billingCycle,
    paymentTerms: {
      kind: a.paymentTermsKind,
      value: a.paymentTermsValue,
      summary: termsSummary(a),
      dueForInvoiceToday: dueDate(today(), { kind: a.paymentTermsKind, value: a.paymentTermsValue }, a.paymentMethod, { debitDay: a.debitDay }),
    },
    vatRateBasisPoints: a.vatRateBp,
    vatNumber: customer.vatNumber,
    creditLimitCents: a.creditLimitCents,
    doNotSuspend: a.doNotSuspend,
    billStyle: a.billStyle,
    billLengths: { email: a.billLengthEmail, download: a.billLengthDownload, print: a.billLengthPrint },
    lowInvoice: { rule: a.lowInvoiceRule, thresholdCents: a.lowInvoiceThresholdCents, chargeCents: a.lowUsageChargeCents },
    annualIncrease: { profile: a.annualIncreaseProfile, referenceDate: a.annualIncreaseDate },
    currency: customer.currency.trim(),
    version: a.version,
  };
}

/** Luhn-valid 13–19 digits: a card number, which must never be stored. */
function looksLikeCardNumber(s: string) {
  const digits = s.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export async function updateBillingDetails(ctx: RequestContext, input: UpdateBillingDetailsInput): Promise<BillingDetails> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const current = await billingAccountOf(em, customer.id, true);
    if (current.version !== input.expectedVersion) {
      throw conflict(`The billing details were changed by someone else (version ${current.version}, you had ${input.expectedVersion}); reload and try again`, 'expectedVersion');
    }
    const d = input.debitOrder;
    const c = input.card;
    if (c?.token && looksLikeCardNumber(c.token)) throw badInput('card.token', 'That is a card number: store only the payment gateway token, never the card number');
    const patch: Partial<BillingAccount> = {
      paymentMethod: input.paymentMethod,
      debitBank: d?.bank,
      debitBranchCode: d?.branchCode,
      debitAccountHolder: d?.accountHolder,
      debitAccountType: d?.accountType,
      debitDay: d?.debitDay,
      cardToken: c?.token,
      cardBrand: c?.brand,
      cardLast4: c?.last4,
      cardExpiry: c?.expiry,
      verification: input.verification,
      billingCycle: input.billingCycle,
      paymentTermsKind: input.paymentTerms?.kind,
      paymentTermsValue: input.paymentTerms ? (input.paymentTerms.value ?? null) : undefined,
      vatRateBp: input.vatRateBasisPoints,
      creditLimitCents: input.creditLimitCents,
      doNotSuspend: input.doNotSuspend,
      billStyle: input.billStyle?.trim(),
      billLengthEmail: input.billLengths?.email,
      billLengthDownload: input.billLengths?.download,
      billLengthPrint: input.billLengths?.print,
      lowInvoiceRule: input.lowInvoice?.rule,
      lowInvoiceThresholdCents: input.lowInvoice?.thresholdCents,
      lowUsageChargeCents: input.lowInvoice?.chargeCents,
      annualIncreaseProfile: input.annualIncrease?.profile,
      annualIncreaseDate: input.annualIncrease?.referenceDate,
    };
    if (input.paymentTerms) {
      const problem = termsProblem({ kind: input.paymentTerms.kind, value: input.paymentTerms.value ?? null });
      if (problem) throw badInput('paymentTerms.value', problem);
    }
    if (input.annualIncrease?.referenceDate && Number.isNaN(Date.parse(input.annualIncrease.referenceDate))) {
      throw badInput('annualIncrease.referenceDate', 'Annual increase reference date is not a real date');
    }
    const changes: Change[] = diff(current as never, patch as never);
    // The account number: encrypted, audited only as its masked form.
    let newLast4: string | undefined;
    if (d?.accountNumber !== undefined) {
      newLast4 = d.accountNumber ? d.accountNumber.slice(-4) : undefined;
      changes.push({ field: 'debitAccountNumber', oldValue: maskAccountNumber(current.debitAccountLast4), newValue: d.accountNumber ? maskAccountNumber(newLast4!) : null });
    }
    const after = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as BillingAccount;
    const hasAccountNumber = d?.accountNumber !== undefined ? !!d.accountNumber : !!current.debitAccountNumberEnc;
    if (after.paymentMethod === PaymentMethod.DEBIT_ORDER) {
      const missing = (
        [
          ['debitOrder.bank', after.debitBank],
          ['debitOrder.branchCode', after.debitBranchCode],
          ['debitOrder.accountHolder', after.debitAccountHolder],
          ['debitOrder.accountNumber', hasAccountNumber],
          ['debitOrder.accountType', after.debitAccountType],
          ['debitOrder.debitDay', after.debitDay],
        ] as const
      ).find(([, v]) => !v);
      if (missing) throw badInput(missing[0], 'A debit order needs the bank, branch code, account holder, account number, account type and debit day');
    }
    if (after.paymentMethod === PaymentMethod.CREDIT_CARD && !after.cardToken) {
      throw badInput('card.token', 'Credit card payment needs a card on file (the gateway token)');
    }
    const customerChanges = diff({ vatNumber: customer.vatNumber, currency: customer.currency.trim() }, { vatNumber: input.vatNumber === undefined ? undefined : input.vatNumber || null, currency: input.currency });
    if (customerChanges.some((ch) => ch.field === 'currency')) {
      const [{ used }] = await em.query(
        `SELECT EXISTS (SELECT 1 FROM invoice_line WHERE customer_id = $1) OR EXISTS (SELECT 1 FROM payment WHERE customer_id = $1)
             OR EXISTS (SELECT 1 FROM credit_note WHERE customer_id = $1) OR EXISTS (SELECT 1 FROM adjustment WHERE customer_id = $1) AS used`,
        [customer.id],
      );
      if (used) throw conflict('The currency cannot change once the account has charges, invoices or payments', 'currency');
    }
    if (!changes.length && !customerChanges.length) return billingDetailsOf(current, customer);

    const set: Record<string, unknown> = {};
    for (const ch of changes) if (ch.field in current) set[ch.field] = ch.newValue;
    if (d?.accountNumber !== undefined) {
      set.debitAccountNumberEnc = d.accountNumber ? encryptSecret(d.accountNumber) : null;
      set.debitAccountLast4 = newLast4 ?? null;
    }
    await em.createQueryBuilder().update(BillingAccount).set(set as never).where('customer_id = :id', { id: customer.id }).execute();
    if (customerChanges.length) {
      await em.query(`UPDATE customer SET vat_number = $2, currency = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
        customer.id,
        input.vatNumber === undefined ? customer.vatNumber : input.vatNumber || null,
        input.currency ?? customer.currency,
      ]);
    }
    const vatChange = changes.find((ch) => ch.field === 'vatRateBp');
    if (vatChange) await repriceOpenLines(em, customer.id, vatChange.newValue as number, vatChange.oldValue as number);
    const audited = [...changes, ...customerChanges].map((ch) => (ch.field === 'cardToken' ? { ...ch, oldValue: ch.oldValue ? '(token)' : null, newValue: ch.newValue ? '(new token)' : null } : ch));
    await audit(em, ctx, { customerId: customer.id, action: 'billing.details.update', target: `billing_account:${customer.id}`, changes: audited });
    const fresh = await billingAccountOf(em, customer.id);
    return billingDetailsOf(fresh, { vatNumber: input.vatNumber === undefined ? customer.vatNumber : input.vatNumber || null, currency: input.currency ?? customer.currency });
  });
}
