import { ArrayMaxSize, IsInt, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Between, IfSent, Pattern, Text } from '../../kernel/validators';
import { ItemKind, LineKind, Payment, ReceiptMethod } from './ledger.entities';

export enum ItemSide {
  DEBIT = 'debit',
  CREDIT = 'credit',
}
registerEnumType(ItemSide, { name: 'LedgerItemSide', description: 'DEBIT: owed by the customer; CREDIT: paid or credited' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const IsDate = () => Pattern(DATE, 'a date (YYYY-MM-DD)');
const MAX_CENTS = 1_000_000_000;

@ObjectType({ description: 'An invoice, adjustment, credit note, payment or opening balance, with what is still open on it' })
export class LedgerItemView {
  @Field(() => ItemKind) kind: ItemKind;
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String) date: string;
  @Field(() => String) dueDate: string;
  @Field(() => ItemSide) side: ItemSide;
  @Field(() => Int) amountCents: number;
  @Field(() => Int) openCents: number;
  @Field(() => Int, { description: 'Days past the due date (0 when not yet due)' }) daysOverdue: number;
}

@ObjectType()
export class AgeBuckets {
  @Field(() => Int, { description: 'Not yet due' }) currentCents: number;
  @Field(() => Int, { description: '1–30 days past due' }) days30Cents: number;
  @Field(() => Int, { description: '31–60 days past due' }) days60Cents: number;
  @Field(() => Int, { description: '61–90 days past due' }) days90Cents: number;
  @Field(() => Int, { description: 'More than 90 days past due' }) days120PlusCents: number;
  @Field(() => Int, { description: 'Payments and credits not yet allocated to anything' }) unallocatedCreditCents: number;
  @Field(() => Int, { description: 'The buckets less the unallocated credit: the balance' }) balanceCents: number;
}

@ObjectType({ description: 'Widget ageAnalysis: the outstanding balance by age, and the open items' })
export class AgeAnalysis extends AgeBuckets {
  @Field(() => String) currency: string;
  @Field(() => String) asOf: string;
  @Field(() => [LedgerItemView], { description: 'Open invoices, adjustments, credit notes and unallocated payments' }) openItems: LedgerItemView[];
}

@ObjectType()
export class AgeReportRow extends AgeBuckets {
  @Field(() => ID) customerId: string;
  @Field(() => String) accountNumber: string;
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) resellerId: string | null;
  @Field(() => String) currency: string;
  @Field(() => String) computedOn: string;
}

@ObjectType()
export class AgeReportTotals extends AgeBuckets {
  @Field(() => String) currency: string;
  @Field(() => Int) customers: number;
}

@ObjectType({ description: 'The age analysis of every customer in scope with a balance or open items, from the ledger rollup' })
export class AgeAnalysisReport {
  @Field(() => [AgeReportRow]) rows: AgeReportRow[];
  @Field(() => [AgeReportTotals], { description: 'Per currency, over every row of the filter (not only this page)' }) totals: AgeReportTotals[];
  @Field(() => Int) totalCount: number;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor: string | null;
  @Field(() => Boolean) hasNextPage: boolean;
}

@ObjectType()
export class AllocationView {
  @Field(() => ItemKind) kind: ItemKind;
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Invoice number or adjustment reason' }) reference: string | null;
  @Field(() => Int) amountCents: number;
}

@ObjectType({ description: 'A payment with what it was allocated to' })
export class PaymentReceipt extends Payment {
  @Field(() => [AllocationView]) allocations: AllocationView[];
  @Field(() => Int) unallocatedCents: number;
  @Field(() => Boolean) reversed: boolean;
  @Field(() => String, { description: "The account's currency" }) currency: string;
}

@InputType()
export class AllocationInput {
  @Field(() => ID, { description: 'An open invoice (or debit adjustment / opening balance) of the account' }) @IsUUID() invoiceId: string;
  @Field(() => Int) @IsInt() amountCents: number;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => ID) @IsUUID() customerId: string;
  @Field(() => String, { nullable: true, description: 'Default today' }) @IfSent() @IsDate() receivedOn?: string | null;
  @Field(() => ReceiptMethod) method: ReceiptMethod;
  @Field(() => String) @Text(200) reference: string;
  @Field(() => Int) @Between({ min: 1, max: MAX_CENTS }, 'Amount') amountCents: number;
  @Field(() => [AllocationInput], { nullable: true, description: 'By hand; left out: oldest due first; [] leaves it unallocated' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  allocations?: AllocationInput[] | null;
  @Field(() => String, { description: 'A fresh UUID per payment: sending it again returns the first result' }) idempotencyKey: string;
}

@InputType()
export class AllocatePaymentInput {
  @Field(() => ID) @IsUUID() paymentId: string;
  @Field(() => [AllocationInput], { nullable: true, description: 'Left out: oldest due first' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  allocations?: AllocationInput[] | null;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class ReversePaymentInput {
  @Field(() => ID) @IsUUID() paymentId: string;
  @Field(() => String) @Text(500) reason: string;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class RefundInput {
  @Field(() => ID) @IsUUID() customerId: string;
  @Field(() => Int) @Between({ min: 1, max: MAX_CENTS }, 'Amount') amountCents: number;
  @Field(() => ReceiptMethod) method: ReceiptMethod;
  @Field(() => String) @Text(200) reference: string;
  @Field(() => String, { nullable: true }) @IfSent() @IsDate() paidOn?: string | null;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class AddChargeInput {
  @Field(() => ID) @IsUUID() customerId: string;
  @Field(() => LineKind) kind: LineKind;
  @Field(() => String) @Text(300) description: string;
  @Field(() => Int, { nullable: true, description: 'Thousandths: 1000 = 1 (default)' }) @IfSent() @Between({ min: 1, max: 100_000_000 }, 'Quantity') quantityMilli?: number | null;
  @Field(() => Int, { description: 'Negative for a refund line' }) @Between({ min: -MAX_CENTS, max: MAX_CENTS }, 'Unit price') unitPriceCents: number;
  @Field(() => String, { nullable: true }) @IfSent() @IsDate() periodStart?: string | null;
  @Field(() => String, { nullable: true }) @IfSent() @IsDate() periodEnd?: string | null;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class CreateInvoiceInput {
  @Field(() => ID) @IsUUID() customerId: string;
  @Field(() => String, { nullable: true, description: 'Default today' }) @IfSent() @IsDate() invoiceDate?: string | null;
  @Field(() => String, { nullable: true, description: "The invoice's own due date: overrides the payment terms" }) @IfSent() @IsDate() dueDate?: string | null;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class ApproveInvoiceInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class ApproveAllDraftsInput {
  @Field(() => ID) @IsUUID() customerId: string;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class IssueCreditNoteInput {
  @Field(() => ID) @IsUUID() customerId: string;
  @Field(() => ID, { nullable: true }) @IfSent() @IsUUID() invoiceId?: string | null;
  @Field(() => Int, { description: 'Including VAT' }) @Between({ min: 1, max: MAX_CENTS }, 'Amount') amountCents: number;
  @Field(() => String) @Text(500) reason: string;
  @Field(() => String, { nullable: true }) @IfSent() @IsDate() issuedOn?: string | null;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class AddAdjustmentInput {
  @Field(() => ID) @IsUUID() customerId: string;
  @Field(() => Int, { description: 'Positive: the customer owes more; negative: less' }) @Between({ min: -MAX_CENTS, max: MAX_CENTS }, 'Amount') amountCents: number;
  @Field(() => String) @Text(500) reason: string;
  @Field(() => String, { nullable: true }) @IfSent() @IsDate() adjustedOn?: string | null;
  @Field(() => String) idempotencyKey: string;
}

@InputType()
export class AgeReportFilter {
  @Field(() => ID, { nullable: true }) @IfSent() @IsUUID() resellerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only customers with something overdue' }) overdueOnly?: boolean | null;
}
