import type { EntityManager } from 'typeorm';
import { audit } from '../../kernel/audit';
import { badInput, conflict, notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import { findCustomerInScope, scopeCondition } from '../customers';
import { ItemKind, Payment, PaymentKind, ReceiptMethod } from './ledger.entities';
import { allocate, autoAllocate, ledgerItems, once, recompute, releaseAllocations } from './ledger.service';
import { todayIso } from './invoice.service';

export interface AllocationRequest {
  invoiceId: string;
  amountCents: number;
}

/** Allocates a receipt by hand: each target an open invoice of the customer, never more than is open or paid. */
async function allocateByHand(em: EntityManager, customerId: string, payment: { id: string; open: number }, wanted: AllocationRequest[]) {
  const items = await ledgerItems(em, [customerId]);
  let left = payment.open;
  for (const [i, a] of wanted.entries()) {
    const target = items.find((it) => it.side === 'debit' && it.id === a.invoiceId && (it.kind === ItemKind.INVOICE || it.kind === ItemKind.ADJUSTMENT || it.kind === ItemKind.OPENING));
    if (!target) throw badInput(`allocations.${i}.invoiceId`, 'Allocate only to approved invoices of this account');
    if (a.amountCents <= 0) throw badInput(`allocations.${i}.amountCents`, 'An allocation must be more than zero');
    if (a.amountCents > target.open) throw badInput(`allocations.${i}.amountCents`, `Only ${(target.open / 100).toFixed(2)} is still open on that invoice`);
    if (a.amountCents > left) throw badInput(`allocations.${i}.amountCents`, 'The allocations add up to more than the payment');
    await allocate(em, customerId, { kind: ItemKind.PAYMENT, id: payment.id }, target, a.amountCents);
    target.open -= a.amountCents;
    left -= a.amountCents;
  }
}

async function paymentInScope(ctx: RequestContext, em: EntityManager, id: string): Promise<Payment> {
  if (!isUuid(id)) throw notFound('Payment');
  const [cond, params] = scopeCondition(ctx);
  const p = await em.getRepository(Payment).createQueryBuilder('p').innerJoin('customer', 'c', 'c.id = p.customer_id').where('p.id = :id', { id }).andWhere(cond, params).getOne();
  if (!p) throw notFound('Payment');
  return p;
}

export interface RecordPaymentInput {
  customerId: string;
  receivedOn?: string | null;
  method: ReceiptMethod;
  reference: string;
  amountCents: number;
  /** By hand; when left out, oldest due first. */
  allocations?: AllocationRequest[] | null;
  idempotencyKey: string;
}

export async function recordPayment(ctx: RequestContext, input: RecordPaymentInput): Promise<Payment> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const { id } = await once(em, input.idempotencyKey, 'payment.record', customer.id, async () => {
      if (input.amountCents <= 0) throw badInput('amountCents', 'A payment must be more than zero');
      const receivedOn = input.receivedOn ?? todayIso();
      if (receivedOn > todayIso()) throw badInput('receivedOn', 'A payment cannot be received in the future');
      const p = await em.save(em.create(Payment, { customerId: customer.id, kind: PaymentKind.RECEIPT, receivedOn, method: input.method, reference: input.reference, amountCents: input.amountCents }));
      if (input.allocations?.length) await allocateByHand(em, customer.id, { id: p.id, open: p.amountCents }, input.allocations);
      else if (!input.allocations) await autoAllocate(em, customer.id, { kind: ItemKind.PAYMENT, id: p.id });
      await recompute(em, [customer.id]);
      await audit(em, ctx, { customerId: customer.id, action: 'payment.record', target: `payment:${p.id}`, record: { amountCents: p.amountCents, method: p.method, reference: p.reference, receivedOn } });
      return p.id;
    });
    return em.getRepository(Payment).findOneByOrFail({ id });
  });
}

/** Re-allocates a receipt: its allocations are released (negative rows) and the given ones (or oldest due first) applied. */
export async function allocatePayment(ctx: RequestContext, input: { paymentId: string; allocations?: AllocationRequest[] | null; idempotencyKey: string }): Promise<Payment> {
  return inTransaction(ctx.db, async (em) => {
    const p0 = await paymentInScope(ctx, em, input.paymentId);
    const customer = await findCustomerInScope(ctx, p0.customerId, em, { lock: true });
    await once(em, input.idempotencyKey, 'payment.allocate', customer.id, async () => {
      if (p0.kind !== PaymentKind.RECEIPT) throw conflict('Only a receipt can be allocated', 'paymentId');
      if (await em.getRepository(Payment).existsBy({ reversalOf: p0.id })) throw conflict('This payment was reversed', 'paymentId');
      const source = { kind: ItemKind.PAYMENT, id: p0.id };
      await releaseAllocations(em, customer.id, source);
      if (input.allocations?.length) await allocateByHand(em, customer.id, { id: p0.id, open: p0.amountCents }, input.allocations);
      else await autoAllocate(em, customer.id, source);
      await recompute(em, [customer.id]);
      await audit(em, ctx, { customerId: customer.id, action: 'payment.allocate', target: `payment:${p0.id}`, record: { allocations: input.allocations ?? 'oldest due first' } });
      return p0.id;
    });
    return em.getRepository(Payment).findOneByOrFail({ id: p0.id });
  });
}

/** Reverses a receipt (a bounced debit order, a wrong customer): a reversal row, never a delete. */
export async function reversePayment(ctx: RequestContext, input: { paymentId: string; reason: string; idempotencyKey: string }): Promise<Payment> {
  return inTransaction(ctx.db, async (em) => {
    const p0 = await paymentInScope(ctx, em, input.paymentId);
    const customer = await findCustomerInScope(ctx, p0.customerId, em, { lock: true });
    const { id } = await once(em, input.idempotencyKey, 'payment.reverse', customer.id, async () => {
      if (p0.kind !== PaymentKind.RECEIPT) throw conflict('Only a receipt can be reversed', 'paymentId');
      if (await em.getRepository(Payment).existsBy({ reversalOf: p0.id })) throw conflict('This payment was already reversed', 'paymentId');
      await releaseAllocations(em, customer.id, { kind: ItemKind.PAYMENT, id: p0.id });
      const r = await em.save(
        em.create(Payment, { customerId: customer.id, kind: PaymentKind.REVERSAL, receivedOn: todayIso(), method: p0.method, reference: p0.reference, amountCents: -p0.amountCents, reversalOf: p0.id, reason: input.reason }),
      );
      await recompute(em, [customer.id]);
      await audit(em, ctx, { customerId: customer.id, action: 'payment.reverse', target: `payment:${p0.id}`, record: { reversal: r.id, amountCents: p0.amountCents, reason: input.reason } });
      return r.id;
    });
    return em.getRepository(Payment).findOneByOrFail({ id });
  });
}

/** Pays money back to a customer in credit; at most the unallocated credit. */
export async function refundCustomer(
  ctx: RequestContext,
  input: { customerId: string; amountCents: number; method: ReceiptMethod; reference: string; paidOn?: string | null; idempotencyKey: string },
): Promise<Payment> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const { id } = await once(em, input.idempotencyKey, 'payment.refund', customer.id, async () => {
      if (input.amountCents <= 0) throw badInput('amountCents', 'A refund must be more than zero');
      const credit = (await ledgerItems(em, [customer.id])).filter((i) => i.side === 'credit').reduce((s, i) => s + i.open, 0);
      if (input.amountCents > credit) throw badInput('amountCents', `The account has only ${(credit / 100).toFixed(2)} of unallocated credit to refund`);
      const r = await em.save(
        em.create(Payment, { customerId: customer.id, kind: PaymentKind.REFUND, receivedOn: input.paidOn ?? todayIso(), method: input.method, reference: input.reference, amountCents: -input.amountCents }),
      );
      await autoAllocate(em, customer.id);
      await recompute(em, [customer.id]);
      await audit(em, ctx, { customerId: customer.id, action: 'payment.refund', target: `payment:${r.id}`, record: { amountCents: input.amountCents, reference: input.reference } });
      return r.id;
    });
    return em.getRepository(Payment).findOneByOrFail({ id });
  });
}
