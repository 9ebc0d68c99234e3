import { Arg, Ctx, FieldResolver, Int, Mutation, ObjectType, Field, Query, Resolver, Root, ID } from 'type-graphql';
import type { Context } from '../../kernel/context';
import type { CustomerEntity } from '../customers';
import { Customer } from '../customers';
import { ageAnalysisOf, ageAnalysisReport, updateAgeAnalysis } from './age.service';
import { importStatement, type BankImportOutcome } from './bank-import';
import { defaultAccount } from './billing-account.store';
import { billingDetailsOf, updateBillingDetails } from './billing-details.service';
import { BillingDetails, UpdateBillingDetailsInput } from './billing-details.types';
import { addAdjustment, addCharge, approveAllDrafts, approveInvoice, createInvoice, issueCreditNote, markInvoiceSent, voidInvoice } from './invoice.service';
import { Adjustment, CreditNote, Invoice, InvoiceLine } from './ledger.entities';
import {
  AddAdjustmentInput,
  AddChargeInput,
  AgeAnalysis,
  AgeAnalysisReport,
  AgeReportFilter,
  AllocatePaymentInput,
  ApproveAllDraftsInput,
  ApproveInvoiceInput,
  CreateInvoiceInput,
  IssueCreditNoteInput,
  PaymentReceipt,
  RecordPaymentInput,
  RefundInput,
  ReversePaymentInput,
} from './ledger.types';
import { allocatePayment, recordPayment, refundCustomer, reversePayment } from './payment.service';
import { Payment } from './ledger.entities';

@ObjectType()
class UnmatchedStatementLine {
  @Field(() => Int) line: number;
  @Field(() => String) reference: string;
  @Field(() => Int) amountCents: number;
}
@ObjectType()
class RejectedStatementLine {
  @Field(() => Int) line: number;
  @Field(() => String) message: string;
}
@ObjectType({ description: 'What a bank statement import did' })
export class BankImportResult {
  @Field(() => Int) lines: number;
  @Field(() => Int) imported: number;
  @Field(() => Int, { description: 'Lines imported before (same bank reference): nothing written' }) duplicates: number;
  @Field(() => [UnmatchedStatementLine], { description: 'No account number found in the reference' }) unmatched: UnmatchedStatementLine[];
  @Field(() => [RejectedStatementLine]) rejected: RejectedStatementLine[];
}

@Resolver(() => Customer)
export class BillingCustomerResolver {
  @FieldResolver(() => BillingDetails, { nullable: true, description: 'Widget billingDetails (seed 004 account settings)' })
  async billingDetails(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    const account = (await ctx.loaders.billing.accountByCustomer.load(customer.id)) ?? defaultAccount(customer);
    return billingDetailsOf(account, customer);
  }

  @FieldResolver(() => [PaymentReceipt], { nullable: true, description: 'Widget paymentReceipts: the latest payments, newest first, with their allocations' })
  paymentReceipts(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.billing.receipts.load(customer.id);
  }

  @FieldResolver(() => AgeAnalysis, { nullable: true, description: 'Widget ageAnalysis: the balance by age and the open items' })
  async ageAnalysis(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ageAnalysisOf(await ctx.loaders.billing.ledgerItems.load(customer.id), customer.currency);
  }

  @FieldResolver(() => [Invoice], { nullable: true, description: 'Widget recurringBilling: the latest invoices (drafts included), newest first' })
  invoices(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.billing.invoices.load(customer.id);
  }
}

@Resolver(() => Invoice)
export class InvoiceLinesResolver {
  @FieldResolver(() => [InvoiceLine])
  lines(@Root() invoice: Invoice, @Ctx() ctx: Context) {
    return ctx.loaders.billing.linesByInvoice.load(invoice.id);
  }
}

@Resolver()
export class BillingMutationResolver {
  @Mutation(() => BillingDetails, { description: 'CONFLICT when expectedVersion is stale; a new VAT rate re-prices pending charges and draft invoices' })
  updateBillingDetails(@Arg('input', () => UpdateBillingDetailsInput) input: UpdateBillingDetailsInput, @Ctx() ctx: Context) {
    return updateBillingDetails(ctx, input);
  }

  @Mutation(() => Payment, { description: 'Records a receipt, allocated by hand or oldest due first; idempotent by idempotencyKey' })
  recordPayment(@Arg('input', () => RecordPaymentInput) input: RecordPaymentInput, @Ctx() ctx: Context) {
    return recordPayment(ctx, input);
  }

  @Mutation(() => Payment, { description: 'Re-allocates a receipt (its earlier allocations are released)' })
  allocatePayment(@Arg('input', () => AllocatePaymentInput) input: AllocatePaymentInput, @Ctx() ctx: Context) {
    return allocatePayment(ctx, input);
  }

  @Mutation(() => Payment, { description: 'Reverses a receipt with a reversal row; returns the reversal' })
  reversePayment(@Arg('input', () => ReversePaymentInput) input: ReversePaymentInput, @Ctx() ctx: Context) {
    return reversePayment(ctx, input);
  }

  @Mutation(() => Payment, { description: 'Pays unallocated credit back to the customer' })
  refundCustomer(@Arg('input', () => RefundInput) input: RefundInput, @Ctx() ctx: Context) {
    return refundCustomer(ctx, input);
  }

  @Mutation(() => BankImportResult, { description: 'Imports a bank statement CSV (date, reference, amount[, bank_reference]); each line once' })
  importBankStatement(@Arg('csv', () => String) csv: string, @Ctx() ctx: Context): Promise<BankImportOutcome> {
    return importStatement(ctx, csv);
  }

  @Mutation(() => Customer, { description: "Age analysis \"Update\": imports this customer's waiting bank lines and recomputes" })
  updateAgeAnalysis(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: Context) {
    return updateAgeAnalysis(ctx, customerId);
  }

  @Mutation(() => InvoiceLine, { description: 'A pending charge: the next invoice takes it' })
  addCharge(@Arg('input', () => AddChargeInput) input: AddChargeInput, @Ctx() ctx: Context) {
    return addCharge(ctx, input);
  }

  @Mutation(() => Invoice, { description: '"Generate invoice": a DRAFT of every pending charge' })
  createInvoice(@Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput, @Ctx() ctx: Context) {
    return createInvoice(ctx, input);
  }

  @Mutation(() => Invoice, { description: 'Approves a draft: number, due date and customer snapshot are fixed from now on' })
  approveInvoice(@Arg('input', () => ApproveInvoiceInput) input: ApproveInvoiceInput, @Ctx() ctx: Context) {
    return approveInvoice(ctx, input);
  }

  @Mutation(() => [Invoice], { description: 'Approves every draft of the customer' })
  approveAllDrafts(@Arg('input', () => ApproveAllDraftsInput) input: ApproveAllDraftsInput, @Ctx() ctx: Context) {
    return approveAllDrafts(ctx, input);
  }

  @Mutation(() => Invoice)
  markInvoiceSent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return markInvoiceSent(ctx, id);
  }

  @Mutation(() => Invoice, { description: 'Only a draft; its charges go back to pending' })
  voidInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return voidInvoice(ctx, id);
  }

  @Mutation(() => CreditNote)
  issueCreditNote(@Arg('input', () => IssueCreditNoteInput) input: IssueCreditNoteInput, @Ctx() ctx: Context) {
    return issueCreditNote(ctx, input);
  }

  @Mutation(() => Adjustment)
  addAdjustment(@Arg('input', () => AddAdjustmentInput) input: AddAdjustmentInput, @Ctx() ctx: Context) {
    return addAdjustment(ctx, input);
  }

  @Query(() => AgeAnalysisReport, { description: 'Age analysis of all customers in scope (reports:read), from the ledger rollup' })
  ageAnalysisReport(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => AgeReportFilter, { nullable: true }) filter?: AgeReportFilter | null,
  ) {
    return ageAnalysisReport(ctx, { first, after, filter });
  }
}
