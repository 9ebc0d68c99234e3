import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { numberColumn } from '../../kernel/db/columns';
import { CustomerEntity } from '../customers';

export enum PaymentMethod {
  EFT = 'eft',
  DEBIT_ORDER = 'debit_order',
  CASH = 'cash',
  CREDIT_CARD = 'credit_card',
}
export enum BankAccountType {
  CHEQUE = 'cheque',
  SAVINGS = 'savings',
  TRANSMISSION = 'transmission',
}
export enum VerificationState {
  UNVERIFIED = 'unverified',
  PENDING = 'pending',
  VERIFIED = 'verified',
  FAILED = 'failed',
}
export enum BillingCycle {
  MONTHLY = 'monthly',
  QUARTERLY = 'quarterly',
  MANUAL = 'manual',
}
/** Seed 004 payment terms: blank (the method's default), a number of days, or a day of the month. */
export enum PaymentTermsKind {
  METHOD_DEFAULT = 'method_default',
  DAYS = 'days',
  DAY_OF_MONTH = 'day_of_month',
}
export enum BillLength {
  SHORT = 'short',
  LONG = 'long',
  FULL = 'full',
}
export enum LowInvoiceRule {
  CREATE_ANYWAY = 'create_anyway',
  ROLL_FORWARD = 'roll_forward',
  LOW_USAGE_CHARGE = 'low_usage_charge',
}
export enum AnnualIncreaseProfile {
  NONE = 'none',
  CPI = 'cpi',
  RPI = 'rpi',
  FIXED_AMOUNT = 'fixed_amount',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });
registerEnumType(BankAccountType, { name: 'BankAccountType' });
registerEnumType(VerificationState, { name: 'VerificationState', description: 'Whether the debit order mandate or card on file has been verified' });
registerEnumType(BillingCycle, { name: 'BillingCycle' });
registerEnumType(PaymentTermsKind, { name: 'PaymentTermsKind' });
registerEnumType(BillLength, { name: 'BillLength', description: 'short: summary; long: lines; full: lines, itemised calls, usage graph' });
registerEnumType(LowInvoiceRule, { name: 'LowInvoiceRule', description: 'What a billing run does with an empty or low invoice (a Final Bill customer always gets one)' });
registerEnumType(AnnualIncreaseProfile, { name: 'AnnualIncreaseProfile' });

/**
 * How one customer is billed (seed 004 account settings) and its opening balance. One row per
 * customer, made by a trigger when the customer is inserted, so the ledger always has it.
 */
@Entity('billing_account')
export class BillingAccount {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @OneToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @Column({ name: 'payment_method', type: 'enum', enum: PaymentMethod, enumName: 'payment_method', default: PaymentMethod.EFT })
  paymentMethod: PaymentMethod;

  @Column({ name: 'debit_bank', type: 'text', nullable: true })
  debitBank: string | null;

  @Column({ name: 'debit_branch_code', type: 'text', nullable: true })
  debitBranchCode: string | null;

  @Column({ name: 'debit_account_holder', type: 'text', nullable: true })
  debitAccountHolder: string | null;

  /** AES-256-GCM ciphertext (billing-crypto.ts); never sent to a client. */
  @Column({ name: 'debit_account_number_enc', type: 'text', nullable: true })
  debitAccountNumberEnc: string | null;

  /** The last four digits, kept apart so the masked number needs no decryption. */
  @Column({ name: 'debit_account_last4', type: 'text', nullable: true })
  debitAccountLast4: string | null;

  @Column({ name: 'debit_account_type', type: 'enum', enum: BankAccountType, enumName: 'bank_account_type', nullable: true })
  debitAccountType: BankAccountType | null;

  @Column({ name: 'debit_day', type: 'smallint', nullable: true })
  debitDay: number | null;

  @Column({ name: 'card_token', type: 'text', nullable: true })
  cardToken: string | null;

  @Column({ name: 'card_brand', type: 'text', nullable: true })
  cardBrand: string | null;

  @Column({ name: 'card_last4', type: 'text', nullable: true })
  cardLast4: string | null;

  /** MM/YY */
  @Column({ name: 'card_expiry', type: 'text', nullable: true })
  cardExpiry: string | null;

  @Column({ type: 'enum', enum: VerificationState, enumName: 'verification_state', default: VerificationState.UNVERIFIED })
  verification: VerificationState;

  @Column({ name: 'billing_cycle', type: 'enum', enum: BillingCycle, enumName: 'billing_cycle', default: BillingCycle.MONTHLY })
  billingCycle: BillingCycle;

  @Column({ name: 'payment_terms_kind', type: 'enum', enum: PaymentTermsKind, enumName: 'payment_terms_kind', default: PaymentTermsKind.METHOD_DEFAULT })
  paymentTermsKind: PaymentTermsKind;

  /** Days (DAYS), or the day of the month (DAY_OF_MONTH; negative counts back from the month end). */
  @Column({ name: 'payment_terms_value', type: 'smallint', nullable: true })
  paymentTermsValue: number | null;

  /** Basis points: 1500 = 15%. */
  @Column({ name: 'vat_rate_bp', type: 'int', default: 1500 })
  vatRateBp: number;

  @Column({ name: 'credit_limit_cents', type: 'bigint', nullable: true, transformer: numberColumn })
  creditLimitCents: number | null;

  @Column({ name: 'do_not_suspend', type: 'boolean', default: false })
  doNotSuspend: boolean;

  /** The brand the bills carry; invoice numbers run per brand. */
  @Column({ name: 'bill_style', type: 'text', default: 'Sightline' })
  billStyle: string;

  @Column({ name: 'bill_length_email', type: 'enum', enum: BillLength, enumName: 'bill_length', default: BillLength.SHORT })
  billLengthEmail: BillLength;

  @Column({ name: 'bill_length_download', type: 'enum', enum: BillLength, enumName: 'bill_length', default: BillLength.FULL })
  billLengthDownload: BillLength;

  @Column({ name: 'bill_length_print', type: 'enum', enum: BillLength, enumName: 'bill_length', default: BillLength.LONG })
  billLengthPrint: BillLength;

  @Column({ name: 'low_invoice_rule', type: 'enum', enum: LowInvoiceRule, enumName: 'low_invoice_rule', default: LowInvoiceRule.CREATE_ANYWAY })
  lowInvoiceRule: LowInvoiceRule;

  /** Below this invoice total the rule applies (0 = only empty invoices). */
  @Column({ name: 'low_invoice_threshold_cents', type: 'bigint', default: 0, transformer: numberColumn })
  lowInvoiceThresholdCents: number;

  @Column({ name: 'low_usage_charge_cents', type: 'bigint', default: 0, transformer: numberColumn })
  lowUsageChargeCents: number;

  @Column({ name: 'annual_increase_profile', type: 'enum', enum: AnnualIncreaseProfile, enumName: 'annual_increase_profile', default: AnnualIncreaseProfile.NONE })
  annualIncreaseProfile: AnnualIncreaseProfile;

  @Column({ name: 'annual_increase_date', type: 'date', nullable: true })
  annualIncreaseDate: string | null;

  /** Carried over from the previous system; the derived balance starts here. */
  @Column({ name: 'opening_balance_cents', type: 'bigint', default: 0, transformer: numberColumn })
  openingBalanceCents: number;

  @Column({ name: 'opening_date', type: 'date', default: () => 'CURRENT_DATE' })
  openingDate: string;

  @VersionColumn({ default: 1 })
  version: number;
}

/** A card on file: a gateway token and what may be shown, never the number. */
@ObjectType()
export class CardOnFile {
  @Field(() => String, { nullable: true })
  brand: string | null;
  @Field(() => String, { nullable: true })
  last4: string | null;
  @Field(() => String, { nullable: true, description: 'MM/YY' })
  expiry: string | null;
  @Field(() => Boolean, { description: 'A gateway token is stored (the token itself is never shown)' })
  tokenOnFile: boolean;
}

@ObjectType()
export class DebitOrderDetails {
  @Field(() => String, { nullable: true })
  bank: string | null;
  @Field(() => String, { nullable: true })
  branchCode: string | null;
  @Field(() => String, { nullable: true })
  accountHolder: string | null;
  @Field(() => String, { nullable: true, description: 'Masked: ••••1234' })
  accountNumberMasked: string | null;
  @Field(() => BankAccountType, { nullable: true })
  accountType: BankAccountType | null;
  @Field(() => Int, { nullable: true, description: 'Day of the month the debit runs' })
  debitDay: number | null;
}
