import { IsIn, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Between, IfSent, Pattern, Text } from '../../kernel/validators';
import {
  AnnualIncreaseProfile,
  BankAccountType,
  BillingCycle,
  BillLength,
  CardOnFile,
  DebitOrderDetails,
  LowInvoiceRule,
  PaymentMethod,
  PaymentTermsKind,
  VerificationState,
} from './billing-account.entity';

export const CURRENCIES = ['ZAR', 'GBP'] as const;

@ObjectType()
export class PaymentTermsView {
  @Field(() => PaymentTermsKind)
  kind: PaymentTermsKind;
  @Field(() => Int, { nullable: true, description: 'Days (DAYS) or day of the month (DAY_OF_MONTH; -1 = last day)' })
  value: number | null;
  @Field(() => String, { description: 'In words, e.g. "30 days (EFT default)"' })
  summary: string;
  @Field(() => String, { description: 'When an invoice dated today would be due' })
  dueForInvoiceToday: string;
}

@ObjectType()
export class BillLengths {
  @Field(() => BillLength) email: BillLength;
  @Field(() => BillLength) download: BillLength;
  @Field(() => BillLength) print: BillLength;
}

@ObjectType()
export class LowInvoiceSettings {
  @Field(() => LowInvoiceRule) rule: LowInvoiceRule;
  @Field(() => Int, { description: 'Below this total the rule applies (0: only empty invoices)' }) thresholdCents: number;
  @Field(() => Int, { description: 'The low-usage charge added under LOW_USAGE_CHARGE' }) chargeCents: number;
}

@ObjectType()
export class AnnualIncrease {
  @Field(() => AnnualIncreaseProfile) profile: AnnualIncreaseProfile;
  @Field(() => String, { nullable: true, description: 'When the next increase is due (reference only)' }) referenceDate: string | null;
}

@ObjectType({ description: 'Widget billingDetails: how the customer is billed (seed 004 account settings)' })
export class BillingDetails {
  @Field(() => PaymentMethod) paymentMethod: PaymentMethod;
  @Field(() => DebitOrderDetails) debitOrder: DebitOrderDetails;
  @Field(() => CardOnFile) card: CardOnFile;
  @Field(() => VerificationState) verification: VerificationState;
  @Field(() => BillingCycle) billingCycle: BillingCycle;
  @Field(() => PaymentTermsView) paymentTerms: PaymentTermsView;
  @Field(() => Int, { description: 'Basis points: 1500 = 15%' }) vatRateBasisPoints: number;
  @Field(() => String, { nullable: true }) vatNumber: string | null;
  @Field(() => Int, { nullable: true, description: 'Cents; null = no limit' }) creditLimitCents: number | null;
  @Field(() => Boolean, { description: 'Do not suspend for late payment' }) doNotSuspend: boolean;
  @Field(() => String, { description: 'Bill style: the brand on the bills' }) billStyle: string;
  @Field(() => BillLengths) billLengths: BillLengths;
  @Field(() => LowInvoiceSettings) lowInvoice: LowInvoiceSettings;
  @Field(() => AnnualIncrease) annualIncrease: AnnualIncrease;
  @Field(() => String, { description: 'ZAR or GBP' }) currency: string;
  @Field(() => Int) version: number;
}

@InputType()
export class DebitOrderInput {
  @Field(() => String, { nullable: true }) @IfSent() @Text(80) bank?: string | null;
  @Field(() => String, { nullable: true }) @IfSent() @Pattern(/^\d{6}$/, '6 digits') branchCode?: string | null;
  @Field(() => String, { nullable: true }) @IfSent() @Text(120) accountHolder?: string | null;
  @Field(() => String, { nullable: true, description: 'Write-only: stored encrypted, shown masked' })
  @IfSent()
  @Pattern(/^\d{6,17}$/, '6 to 17 digits')
  accountNumber?: string | null;
  @Field(() => BankAccountType, { nullable: true }) accountType?: BankAccountType | null;
  @Field(() => Int, { nullable: true }) @IfSent() @Between({ min: 1, max: 31 }) debitDay?: number | null;
}

@InputType({ description: 'A card on file as the payment gateway returned it: never the card number' })
export class CardInput {
  @Field(() => String, { nullable: true, description: 'The gateway token' }) @IfSent() @Text(200) token?: string | null;
  @Field(() => String, { nullable: true }) @IfSent() @Text(30) brand?: string | null;
  @Field(() => String, { nullable: true }) @IfSent() @Pattern(/^\d{4}$/, '4 digits') last4?: string | null;
  @Field(() => String, { nullable: true, description: 'MM/YY' }) @IfSent() @Pattern(/^(0[1-9]|1[0-2])\/\d{2}$/, 'MM/YY') expiry?: string | null;
}

@InputType()
export class PaymentTermsInput {
  @Field(() => PaymentTermsKind) kind: PaymentTermsKind;
  @Field(() => Int, { nullable: true }) value?: number | null;
}

@InputType()
export class BillLengthsInput {
  @Field(() => BillLength, { nullable: true }) email?: BillLength;
  @Field(() => BillLength, { nullable: true }) download?: BillLength;
  @Field(() => BillLength, { nullable: true }) print?: BillLength;
}

@InputType()
export class LowInvoiceInput {
  @Field(() => LowInvoiceRule, { nullable: true }) rule?: LowInvoiceRule;
  @Field(() => Int, { nullable: true }) @IfSent() @Between({ min: 0, max: 100_000_00 }, 'Low invoice threshold') thresholdCents?: number;
  @Field(() => Int, { nullable: true }) @IfSent() @Between({ min: 0, max: 100_000_00 }, 'Low usage charge') chargeCents?: number;
}

@InputType()
export class AnnualIncreaseInput {
  @Field(() => AnnualIncreaseProfile, { nullable: true }) profile?: AnnualIncreaseProfile;
  @Field(() => String, { nullable: true }) @IfSent() @Pattern(/^\d{4}-\d{2}-\d{2}$/, 'a date (YYYY-MM-DD)') referenceDate?: string | null;
}

@InputType()
export class UpdateBillingDetailsInput {
  @Field(() => ID) @IsUUID() customerId: string;
  @Field(() => Int, { description: 'The version you edited; CONFLICT when someone changed it since' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
  @Field(() => PaymentMethod, { nullable: true }) paymentMethod?: PaymentMethod;
  @Field(() => DebitOrderInput, { nullable: true }) @IsOptional() @ValidateNested() debitOrder?: DebitOrderInput;
  @Field(() => CardInput, { nullable: true }) @IsOptional() @ValidateNested() card?: CardInput;
  @Field(() => VerificationState, { nullable: true }) verification?: VerificationState;
  @Field(() => BillingCycle, { nullable: true }) billingCycle?: BillingCycle;
  @Field(() => PaymentTermsInput, { nullable: true }) @IsOptional() @ValidateNested() paymentTerms?: PaymentTermsInput;
  @Field(() => Int, { nullable: true, description: 'Basis points: 1500 = 15%' })
  @IfSent()
  @Between({ min: 0, max: 10000 }, 'VAT rate (basis points)')
  vatRateBasisPoints?: number;
  @Field(() => String, { nullable: true }) @IfSent() @Text(30, { min: 0, label: 'VAT number' }) vatNumber?: string | null;
  @Field(() => Int, { nullable: true, description: 'null: no limit' })
  @IfSent()
  @Between({ min: 0, max: 2_000_000_000 }, 'Credit limit')
  creditLimitCents?: number | null;
  @Field(() => Boolean, { nullable: true }) doNotSuspend?: boolean;
  @Field(() => String, { nullable: true }) @IfSent() @Text(60, { label: 'Bill style' }) billStyle?: string;
  @Field(() => BillLengthsInput, { nullable: true }) billLengths?: BillLengthsInput;
  @Field(() => LowInvoiceInput, { nullable: true }) @IsOptional() @ValidateNested() lowInvoice?: LowInvoiceInput;
  @Field(() => AnnualIncreaseInput, { nullable: true }) @IsOptional() @ValidateNested() annualIncrease?: AnnualIncreaseInput;
  @Field(() => String, { nullable: true }) @IfSent() @IsIn([...CURRENCIES], { message: 'Currency must be ZAR or GBP' }) currency?: string;
}
