import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { audit } from '../../kernel/audit';
import { notFound } from '../../kernel/errors';
import { inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import { Invoice } from '../billing';
import { Customer, findCustomerInScope, scopeCondition, type CustomerEntity } from '../customers';
import { BillingRun } from './billing-run.entities';
import { approveRun, createRun, generateRecurring, generateRecurringInvoice, removePendingCharge, RUN_JOB } from './billing-run.service';
import { ApproveRunResult, InvoiceDownload, RecurringBilling, StartBillingRunInput } from './billing-run.types';
import { invoicePdf, type DocLength } from './invoice-pdf';
import { BillLength } from '../billing';

@Resolver(() => Customer)
export class RecurringBillingResolver {
  @FieldResolver(() => RecurringBilling, { nullable: true, description: 'Widget recurringBilling: what the next billing run bills, pending charges, the last runs' })
  recurringBilling(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders['billing-runs'].recurringBilling.load(customer.id);
  }
}

@Resolver()
export class BillingRunResolver {
  @Query(() => [BillingRun], { description: 'The latest billing runs in scope, newest first, with their progress (billing:run)' })
  async billingRuns(@Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number) {
    return ctx.db.getRepository(BillingRun).find({
      where: ctx.scope.resellerId ? { resellerId: ctx.scope.resellerId } : {},
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(first ?? 10, 1), 50),
    });
  }

  @Mutation(() => BillingRun, { description: 'Starts a billing run for a month (default this month) in the background; its progress is in billingRuns and jobs' })
  startBillingRun(@Arg('input', () => StartBillingRunInput) input: StartBillingRunInput, @Ctx() ctx: Context) {
    return inTransaction(ctx.db, async (em) => {
      const run = await createRun(em, ctx, input.month, input.customerId ?? null);
      // Queued in this transaction: the job exists only if the run row commits.
      const jobId = await ctx.jobs.send(RUN_JOB, { runId: run.id });
      await em.query(`UPDATE billing_run SET job_id = $2 WHERE id = $1`, [run.id, jobId]);
      return { ...run, jobId };
    });
  }

  @Mutation(() => ApproveRunResult, { description: 'Approves every draft invoice the run made (gapless numbers per brand)' })
  async approveBillingRun(@Arg('runId', () => ID) runId: string, @Ctx() ctx: Context) {
    return { approved: await approveRun(ctx, runId) };
  }

  @Mutation(() => Customer, { description: '"Generate recurring billing": refreshes the pending recurring charges of the next period' })
  async generateRecurringBilling(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: Context) {
    await generateRecurring(ctx, customerId);
    return findCustomerInScope(ctx, customerId);
  }

  @Mutation(() => Invoice, { description: '"Generate recurring invoice": bills the next period now as a DRAFT invoice (once per period)' })
  generateRecurringInvoice(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: Context) {
    return generateRecurringInvoice(ctx, customerId);
  }

  @Mutation(() => Customer, { description: 'Removes a pending one-off charge' })
  async removePendingCharge(@Arg('lineId', () => ID) lineId: string, @Ctx() ctx: Context) {
    const customerId = await removePendingCharge(ctx, lineId);
    return findCustomerInScope(ctx, customerId);
  }

  @Mutation(() => InvoiceDownload, { description: 'The invoice as PDF (short, long or full); an approved invoice is stored once and never changes' })
  async downloadInvoice(@Arg('invoiceId', () => ID) invoiceId: string, @Arg('length', () => BillLength) length: BillLength, @Ctx() ctx: Context) {
    return inTransaction(ctx.db, async (em) => {
      if (!isUuid(invoiceId)) throw notFound('Invoice');
      const [cond, params] = scopeCondition(ctx);
      const inv = await em
        .getRepository(Invoice)
        .createQueryBuilder('i')
        .innerJoin('customer', 'c', 'c.id = i.customer_id')
        .where('i.id = :invoiceId', { invoiceId })
        .andWhere(cond, params)
        .getOne();
      if (!inv) throw notFound('Invoice');
      const doc = await invoicePdf(em, inv.id, length as DocLength);
      await audit(em, ctx, { customerId: inv.customerId, action: 'invoice.download', target: `invoice:${inv.id}`, record: { length, sha256: doc.sha256, stored: doc.stored } });
      return { fileName: doc.fileName, url: `data:application/pdf;base64,${doc.bytes.toString('base64')}`, sha256: doc.sha256, stored: doc.stored };
    });
  }
}
