import type { EntityManager } from 'typeorm';
import { audit } from '../../kernel/audit';
import { badInput, conflict, notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import { findCustomerInScope, scopeCondition, type CustomerEntity } from '../customers';
import { billingAccountOf } from './billing-account.store';
import { Adjustment, CreditNote, Invoice, InvoiceLine, InvoiceState, ItemKind, LineKind } from './ledger.entities';
import { allocate, autoAllocate, ledgerItems, once, recompute } from './ledger.service';
import { dueDate } from './payment-terms';

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** A line's money: net = quantity × unit price (rounded half away from zero), VAT on the net. */
export function priceLine(quantityMilli: number, unitPriceCents: number, vatRateBp: number) {
  const net = roundHalfAway((quantityMilli * unitPriceCents) / 1000);
  const vat = roundHalfAway((net * vatRateBp) / 10000);
  return { netCents: net, vatCents: vat, totalCents: net + vat };
}
const roundHalfAway = (x: number) => Math.sign(x) * Math.round(Math.abs(x)) + 0; // + 0: never -0

/** Recomputes a draft's totals from its lines. */
export async function retotal(em: EntityManager, invoiceIds: string[]) {
  if (!invoiceIds.length) return;
  await em.query(
    `UPDATE invoice i SET subtotal_cents = COALESCE(s.net, 0), vat_cents = COALESCE(s.vat, 0), total_cents = COALESCE(s.total, 0)
       FROM (SELECT d.id, sum(l.net_cents) net, sum(l.vat_cents) vat, sum(l.total_cents) total
               FROM unnest($1::uuid[]) d(id) LEFT JOIN invoice_line l ON l.invoice_id = d.id GROUP BY d.id) s
      WHERE i.id = s.id AND i.state = 'draft'`,
    [invoiceIds],
  );
}

/**
 * Seed 004: a new VAT rate re-prices the pending charges and the lines of unapproved (draft)
 * invoices, in the caller's transaction; approved and sent invoices are never touched.
 */
/**
 * A new VAT rate for the customer: the open lines (pending, or on a draft) that carried the old
 * rate take the new one; lines at another rate (zero-rated or exempt services) keep theirs.
 */
export async function repriceOpenLines(em: EntityManager, customerId: string, vatRateBp: number, previousRateBp: number) {
  // TypeORM answers an UPDATE … RETURNING as [rows, count].
  const [rows]: [{ invoice_id: string | null }[], number] = await em.query(
    `UPDATE invoice_line l SET vat_rate_bp = $2, vat_cents = v.vat, total_cents = l.net_cents + v.vat
       FROM (SELECT id, CASE WHEN net_cents >= 0 THEN round(net_cents * $2::numeric / 10000) ELSE -round(-net_cents * $2::numeric / 10000) END::bigint AS vat
               FROM invoice_line WHERE customer_id = $1) v
      WHERE l.id = v.id AND l.customer_id = $1
        AND l.vat_rate_bp = $3
        AND (l.invoice_id IS NULL OR l.invoice_id IN (SELECT id FROM invoice WHERE customer_id = $1 AND state = 'draft'))
      RETURNING l.invoice_id`,
    [customerId, vatRateBp, previousRateBp],
  );
  await retotal(em, [...new Set(rows.map((r) => r.invoice_id).filter((x): x is string => !!x))]);
}

async function invoiceInScope(ctx: RequestContext, em: EntityManager, id: string): Promise<Invoice> {
  if (!isUuid(id)) throw notFound('Invoice');
  const [cond, params] = scopeCondition(ctx);
  const inv = await em
    .getRepository(Invoice)
    .createQueryBuilder('i')
    .innerJoin('customer', 'c', 'c.id = i.customer_id')
    .where('i.id = :id', { id })
    .andWhere(cond, params)
    .setLock('pessimistic_write', undefined, ['i', 'c'])
    .getOne();
  if (!inv) throw notFound('Invoice');
  return inv;
}

export interface ChargeInput {
  customerId: string;
  kind: LineKind;
  description: string;
  quantityMilli?: number | null;
  unitPriceCents: number;
  periodStart?: string | null;
  periodEnd?: string | null;
  idempotencyKey: string;
}

/** A pending charge (a line without an invoice yet): the next invoice of the customer takes it. */
export async function addCharge(ctx: RequestContext, input: ChargeInput): Promise<InvoiceLine> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const { id } = await once(em, input.idempotencyKey, 'charge.add', customer.id, async () => {
      if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) throw badInput('periodEnd', 'The period cannot end before it starts');
      const account = await billingAccountOf(em, customer.id);
      const quantityMilli = input.quantityMilli ?? 1000;
      const line = await em.save(
        em.create(InvoiceLine, {
          customerId: customer.id,
          invoiceId: null,
          kind: input.kind,
          description: input.description,
          periodStart: input.periodStart ?? null,
          periodEnd: input.periodEnd ?? null,
          quantityMilli,
          unitPriceCents: input.unitPriceCents,
          vatRateBp: account.vatRateBp,
          ...priceLine(quantityMilli, input.unitPriceCents, account.vatRateBp),
        }),
      );
      await audit(em, ctx, { customerId: customer.id, action: 'charge.add', target: `invoice_line:${line.id}`, record: { kind: line.kind, description: line.description, totalCents: line.totalCents } });
      return line.id;
    });
    return em.getRepository(InvoiceLine).findOneByOrFail({ id });
  });
}

/** "Generate invoice": a DRAFT invoice of every pending charge of the customer. */
export async function createInvoice(
  ctx: RequestContext,
  input: { customerId: string; invoiceDate?: string | null; dueDate?: string | null; idempotencyKey: string },
  /** The billing run's rules (seed 004): "create an invoice anyway", and Final Bill, invoice even with nothing pending. */
  opts: { allowEmpty?: boolean } = {},
): Promise<Invoice> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const { id } = await once(em, input.idempotencyKey, 'invoice.create', customer.id, async () => {
      const invoiceDate = input.invoiceDate ?? todayIso();
      if (input.dueDate && input.dueDate < invoiceDate) throw badInput('dueDate', 'The due date cannot be before the invoice date');
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM invoice_line WHERE customer_id = $1 AND invoice_id IS NULL`, [customer.id]);
      if (!n && !opts.allowEmpty) throw conflict('There are no pending charges to invoice', 'customerId');
      const account = await billingAccountOf(em, customer.id);
      const inv = await em.save(
        em.create(Invoice, { customerId: customer.id, brand: account.billStyle, invoiceDate, dueDate: input.dueDate ?? null, currency: customer.currency.trim(), state: InvoiceState.DRAFT }),
      );
      await em.query(`UPDATE invoice_line SET invoice_id = $2 WHERE customer_id = $1 AND invoice_id IS NULL`, [customer.id, inv.id]);
      await retotal(em, [inv.id]);
      await audit(em, ctx, { customerId: customer.id, action: 'invoice.create', target: `invoice:${inv.id}`, record: { invoiceDate, lines: n } });
      return inv.id;
    });
    return em.getRepository(Invoice).findOneByOrFail({ id });
  });
}

const oneLine = (a: { line1?: string | null; line2?: string | null; city?: string | null; region?: string | null; postalCode?: string | null; country?: string | null }) =>
  [a.line1, a.line2, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(', ');

/** Locks the brand's counter row and takes the next number: no gaps, no duplicates. */
async function nextInvoiceNumber(em: EntityManager, brand: string): Promise<string> {
  await em.query(`INSERT INTO invoice_number_counter (brand, last_number) VALUES ($1, 0) ON CONFLICT DO NOTHING`, [brand]);
  const [{ last_number }] = await em.query(`SELECT last_number FROM invoice_number_counter WHERE brand = $1 FOR UPDATE`, [brand]);
  const next = Number(last_number) + 1;
  await em.query(`UPDATE invoice_number_counter SET last_number = $2 WHERE brand = $1`, [brand, next]);
  return `INV${String(next).padStart(6, '0')}`;
}

/** Approval inside a unit of work that already holds the customer lock. */
export async function approveLocked(ctx: RequestContext, em: EntityManager, inv: Invoice, customer: CustomerEntity): Promise<void> {
  if (inv.state !== InvoiceState.DRAFT) throw conflict(`Only a draft can be approved; this invoice is ${inv.state}`, 'id');
  const account = await billingAccountOf(em, customer.id);
  const number = await nextInvoiceNumber(em, inv.brand);
  const due = dueDate(inv.invoiceDate, { kind: account.paymentTermsKind, value: account.paymentTermsValue }, account.paymentMethod, {
    debitDay: account.debitDay,
    invoiceDueDate: inv.dueDate,
  });
  const snapshot = {
    accountNumber: customer.accountNumber,
    name: customer.name,
    companyName: customer.companyName,
    vatNumber: customer.vatNumber,
    physicalAddress: oneLine(customer.physicalAddress ?? {}),
    postalAddress: oneLine(customer.postalAddress ?? {}) || oneLine(customer.physicalAddress ?? {}),
  };
  await em.query(`UPDATE invoice SET state = 'approved', number = $2, due_date = $3, snapshot = $4, approved_at = now() WHERE id = $1`, [inv.id, number, due, JSON.stringify(snapshot)]);
  await audit(em, ctx, { customerId: customer.id, action: 'invoice.approve', target: `invoice:${inv.id}`, record: { number, dueDate: due, totalCents: inv.totalCents } });
}

export async function approveInvoice(ctx: RequestContext, input: { id: string; idempotencyKey: string }): Promise<Invoice> {
  return inTransaction(ctx.db, async (em) => {
    const inv = await invoiceInScope(ctx, em, input.id);
    const customer = await findCustomerInScope(ctx, inv.customerId, em, { lock: true });
    await once(em, input.idempotencyKey, 'invoice.approve', customer.id, async () => {
      await approveLocked(ctx, em, inv, customer);
      await autoAllocate(em, customer.id);
      await recompute(em, [customer.id]);
      return inv.id;
    });
    return em.getRepository(Invoice).findOneByOrFail({ id: inv.id });
  });
}

/** Approves every draft of the customer (oldest first). */
export async function approveAllDrafts(ctx: RequestContext, input: { customerId: string; idempotencyKey: string }): Promise<Invoice[]> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    await once(em, input.idempotencyKey, 'invoice.approve-all', customer.id, async () => {
      const drafts = await em.getRepository(Invoice).find({ where: { customerId: customer.id, state: InvoiceState.DRAFT }, order: { invoiceDate: 'ASC', createdAt: 'ASC' } });
      if (!drafts.length) throw conflict('There are no draft invoices to approve', 'customerId');
      for (const d of drafts) await approveLocked(ctx, em, d, customer);
      await autoAllocate(em, customer.id);
      await recompute(em, [customer.id]);
      return customer.id;
    });
    return em.getRepository(Invoice).find({ where: { customerId: customer.id }, order: { invoiceDate: 'DESC', createdAt: 'DESC' }, take: 50 });
  });
}

export async function markInvoiceSent(ctx: RequestContext, id: string): Promise<Invoice> {
  return inTransaction(ctx.db, async (em) => {
    const inv = await invoiceInScope(ctx, em, id);
    if (inv.state === InvoiceState.SENT) return inv;
    if (inv.state !== InvoiceState.APPROVED) throw conflict(`Only an approved invoice can be sent; this one is ${inv.state}`, 'id');
    await em.query(`UPDATE invoice SET state = 'sent', sent_at = now() WHERE id = $1`, [inv.id]);
    await audit(em, ctx, { customerId: inv.customerId, action: 'invoice.send', target: `invoice:${inv.id}`, changes: [{ field: 'state', oldValue: 'approved', newValue: 'sent' }] });
    return em.getRepository(Invoice).findOneByOrFail({ id: inv.id });
  });
}

/** Voids a draft; its charges go back to pending. Approved invoices are corrected by credit notes. */
export async function voidInvoice(ctx: RequestContext, id: string): Promise<Invoice> {
  return inTransaction(ctx.db, async (em) => {
    const inv = await invoiceInScope(ctx, em, id);
    if (inv.state === InvoiceState.VOID) return inv;
    if (inv.state !== InvoiceState.DRAFT) throw conflict('Only a draft can be voided; correct an approved invoice with a credit note', 'id');
    await em.query(`UPDATE invoice_line SET invoice_id = NULL WHERE invoice_id = $1`, [inv.id]);
    await em.query(`UPDATE invoice SET state = 'void', subtotal_cents = 0, vat_cents = 0, total_cents = 0 WHERE id = $1`, [inv.id]);
    await audit(em, ctx, { customerId: inv.customerId, action: 'invoice.void', target: `invoice:${inv.id}`, changes: [{ field: 'state', oldValue: 'draft', newValue: 'void' }] });
    return em.getRepository(Invoice).findOneByOrFail({ id: inv.id });
  });
}

/** A credit note (amount including VAT), allocated to its invoice first, then oldest due first. */
export async function issueCreditNote(
  ctx: RequestContext,
  input: { customerId: string; invoiceId?: string | null; amountCents: number; reason: string; issuedOn?: string | null; idempotencyKey: string },
): Promise<CreditNote> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const { id } = await once(em, input.idempotencyKey, 'credit-note.issue', customer.id, async () => {
      if (input.invoiceId) {
        const inv = isUuid(input.invoiceId) ? await em.getRepository(Invoice).findOneBy({ id: input.invoiceId, customerId: customer.id }) : null;
        if (!inv) throw badInput('invoiceId', 'No such invoice on this account');
        if (inv.state !== InvoiceState.APPROVED && inv.state !== InvoiceState.SENT) throw badInput('invoiceId', 'Credit an approved invoice; a draft can simply be changed or voided');
      }
      const account = await billingAccountOf(em, customer.id);
      const vat = Math.round((input.amountCents * account.vatRateBp) / (10000 + account.vatRateBp));
      const note = await em.save(
        em.create(CreditNote, { customerId: customer.id, invoiceId: input.invoiceId ?? null, issuedOn: input.issuedOn ?? todayIso(), amountCents: input.amountCents, vatCents: vat, reason: input.reason }),
      );
      if (note.invoiceId) {
        const target = (await ledgerItems(em, [customer.id])).find((i) => i.kind === ItemKind.INVOICE && i.id === note.invoiceId);
        if (target && target.open > 0) await allocate(em, customer.id, { kind: ItemKind.CREDIT_NOTE, id: note.id }, target, Math.min(target.open, note.amountCents));
      }
      await autoAllocate(em, customer.id, { kind: ItemKind.CREDIT_NOTE, id: note.id });
      await recompute(em, [customer.id]);
      await audit(em, ctx, { customerId: customer.id, action: 'credit-note.issue', target: `credit_note:${note.id}`, record: { amountCents: note.amountCents, invoiceId: note.invoiceId, reason: note.reason } });
      return note.id;
    });
    return em.getRepository(CreditNote).findOneByOrFail({ id });
  });
}

/** An adjustment of the balance (positive: the customer owes more). */
export async function addAdjustment(
  ctx: RequestContext,
  input: { customerId: string; amountCents: number; reason: string; adjustedOn?: string | null; idempotencyKey: string },
): Promise<Adjustment> {
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const { id } = await once(em, input.idempotencyKey, 'adjustment.add', customer.id, async () => {
      if (input.amountCents === 0) throw badInput('amountCents', 'An adjustment cannot be zero');
      const adj = await em.save(em.create(Adjustment, { customerId: customer.id, amountCents: input.amountCents, reason: input.reason, adjustedOn: input.adjustedOn ?? todayIso() }));
      await autoAllocate(em, customer.id);
      await recompute(em, [customer.id]);
      await audit(em, ctx, { customerId: customer.id, action: 'adjustment.add', target: `adjustment:${adj.id}`, record: { amountCents: adj.amountCents, reason: adj.reason } });
      return adj.id;
    });
    return em.getRepository(Adjustment).findOneByOrFail({ id });
  });
}
