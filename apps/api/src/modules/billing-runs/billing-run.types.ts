import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { InvoiceLine, InvoiceState } from '../billing';
import { BilledOutcome, BillingRunState, ChargeSource } from './billing-run.entities';

@ObjectType({ description: 'A charge the next billing run bills (recurring in advance, usage in arrears, refunds)' })
export class RecurringCharge {
  @Field(() => ChargeSource) source: ChargeSource;
  @Field(() => String) description: string;
  @Field(() => Boolean, { description: 'Days given back past a service end date' }) refund: boolean;
  @Field(() => Boolean, { description: 'Usage in arrears (calls, data above the cap)' }) usage: boolean;
  @Field(() => String) periodStart: string;
  @Field(() => String) periodEnd: string;
  @Field(() => Int, { description: 'Days charged (prorated when fewer than the month); 0 for usage' }) days: number;
  @Field(() => Int) netCents: number;
  @Field(() => Int, { description: 'Basis points: 1500 = 15%' }) vatRateBp: number;
  @Field(() => Int) vatCents: number;
  @Field(() => Int) totalCents: number;
  @Field(() => Boolean, { description: 'Already written as a pending charge ("generate recurring billing")' }) pending: boolean;
}

@ObjectType({ description: 'A period billed for this customer: by which run, with what outcome' })
export class BilledPeriodView {
  @Field(() => String) periodStart: string;
  @Field(() => String) periodEnd: string;
  @Field(() => BilledOutcome) outcome: BilledOutcome;
  @Field(() => Date) billedAt: Date;
  @Field(() => ID, { nullable: true, description: 'Null when billed by hand' }) runId: string | null;
  @Field(() => BillingRunState, { nullable: true }) runState: BillingRunState | null;
  @Field(() => Int, { nullable: true }) runDone: number | null;
  @Field(() => Int, { nullable: true }) runTotal: number | null;
  @Field(() => ID, { nullable: true }) invoiceId: string | null;
  @Field(() => String, { nullable: true }) invoiceNumber: string | null;
  @Field(() => InvoiceState, { nullable: true }) invoiceState: InvoiceState | null;
  @Field(() => Int, { nullable: true }) invoiceTotalCents: number | null;
}

@ObjectType({ description: 'Widget recurringBilling: what the next run bills, the pending one-off charges and the last runs' })
export class RecurringBilling {
  @Field(() => String, { description: 'The next period a run bills (first day)' }) periodStart: string;
  @Field(() => String) periodEnd: string;
  @Field(() => String, { description: 'monthly, quarterly or manual' }) billingCycle: string;
  @Field(() => String) currency: string;
  @Field(() => String, { description: 'What the status means for billing (seed 004)' }) statusRule: string;
  @Field(() => [RecurringCharge]) charges: RecurringCharge[];
  @Field(() => Int, { description: 'Total (with VAT) of the charges the next run writes' }) chargesTotalCents: number;
  @Field(() => [InvoiceLine], { description: 'Charges written but not invoiced yet (one-off, generated recurring, accumulated)' }) pendingCharges: InvoiceLine[];
  @Field(() => [BilledPeriodView], { description: 'The latest periods billed, newest first' }) lastRuns: BilledPeriodView[];
}

@InputType()
export class StartBillingRunInput {
  @Field(() => String, { description: 'The month to bill, YYYY-MM (a run by hand names its month)' }) month: string;
  @Field(() => ID, { nullable: true, description: 'Bill only this customer (run now for one account)' }) customerId?: string | null;
}

@ObjectType()
export class ApproveRunResult {
  @Field(() => Int, { description: 'Drafts approved now' }) approved: number;
}

@ObjectType({ description: 'An invoice document: a data: URL of the PDF, its name and SHA-256' })
export class InvoiceDownload {
  @Field(() => String) fileName: string;
  @Field(() => String, { description: 'data:application/pdf;base64,…' }) url: string;
  @Field(() => String) sha256: string;
  @Field(() => Boolean, { description: 'Read from the file stored at first download of an approved invoice' }) stored: boolean;
}
