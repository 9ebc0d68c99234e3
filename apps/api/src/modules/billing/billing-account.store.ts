import type { EntityManager } from 'typeorm';
import { AnnualIncreaseProfile, BillingAccount, BillingCycle, BillLength, LowInvoiceRule, PaymentMethod, PaymentTermsKind, VerificationState } from './billing-account.entity';

/** The account row, made with the defaults if the customer predates it (the insert trigger makes it for new ones). */
export async function billingAccountOf(em: EntityManager, customerId: string, lock = false): Promise<BillingAccount> {
  await em.query(
    `INSERT INTO billing_account (customer_id, opening_balance_cents) SELECT id, balance_cents FROM customer WHERE id = $1 ON CONFLICT DO NOTHING`,
    [customerId],
  );
  const qb = em.getRepository(BillingAccount).createQueryBuilder('a').where('a.customer_id = :customerId', { customerId });
  if (lock) qb.setLock('pessimistic_write');
  return qb.getOneOrFail();
}


/** What an account without a row reads as: the column defaults (the trigger makes rows for new customers). */
export function defaultAccount(customer: { id: string; balanceCents: number }): BillingAccount {
  return Object.assign(new BillingAccount(), {
    customerId: customer.id,
    paymentMethod: PaymentMethod.EFT,
    debitBank: null, debitBranchCode: null, debitAccountHolder: null, debitAccountNumberEnc: null, debitAccountLast4: null, debitAccountType: null, debitDay: null,
    cardToken: null, cardBrand: null, cardLast4: null, cardExpiry: null,
    verification: VerificationState.UNVERIFIED,
    billingCycle: BillingCycle.MONTHLY,
    paymentTermsKind: PaymentTermsKind.METHOD_DEFAULT,
    paymentTermsValue: null,
    vatRateBp: 1500,
    creditLimitCents: null,
    doNotSuspend: false,
    billStyle: 'Sightline',
    billLengthEmail: BillLength.SHORT, billLengthDownload: BillLength.FULL, billLengthPrint: BillLength.LONG,
    lowInvoiceRule: LowInvoiceRule.CREATE_ANYWAY, lowInvoiceThresholdCents: 0, lowUsageChargeCents: 0,
    annualIncreaseProfile: AnnualIncreaseProfile.NONE, annualIncreaseDate: null,
    openingBalanceCents: customer.balanceCents, openingDate: new Date().toISOString().slice(0, 10),
    version: 1,
  });
}
