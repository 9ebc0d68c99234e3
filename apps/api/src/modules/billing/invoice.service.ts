import type { EntityManager } from 'typeorm';
import { audit } from '../../kernel/audit';
import { badInput, conflict, notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import { CustomerEntity, findCustomerInScope, scopeCondition } from '../customers';
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

/**
 * The lock order of the ledger, the same for every unit of work that takes more than one of
 * these locks, so none can wait on another in a circle (approving a whole run beside single
 * approvals): the brands' invoice-number counters (by brand), then customers (by id), then
 * invoices (by id). An invoice is therefore read first without a lock (its brand and customer),
 * then locked after its customer.
 */
async function invoiceInScope(ctx: RequestContext, em: EntityManager, id: string, opts: { numbering?: boolean } = {}): Promise<{ inv: Invoice; customer: CustomerEntity }> {
  if (!isUuid(id)) throw notFound('Invoice');
  const [cond, params] = scopeCondition(ctx);
  const seen = await em
    .createQueryBuilder()
    .select(['i.customer_id AS "customerId"', 'i.brand AS brand'])
    .from('invoice', 'i')
    .innerJoin('customer', 'c', 'c.id = i.customer_id')
    .where('i.id = :id', { id })
    .andWhere(cond, params)
    .getRawOne<{ customerId: string; brand: string }>();
  if (!seen) throw notFound('Invoice');
  if (opts.numbering) await lockNumbering(em, [seen.brand]);
  const customer = await findCustomerInScope(ctx, seen.customerId, em, { lock: true });
  const inv = await em.getRepository(Invoice).createQueryBuilder('i').where('i.id = :id', { id }).setLock('pessimistic_write').getOneOrFail();
  return { inv, customer };
}

/** Locks the brands' number counters (made on first use), in brand order: the first lock of an approval. */
async function lockNumbering(em: EntityManager, brands: string[]) {
  const sorted = [...new Set(brands)].sort();
  if (!sorted.length) return;
  await em.query(`INSERT INTO invoice_number_counter (brand, last_number) SELECT b, 0 FROM unnest($1::text[]) b ORDER BY b ON CONFLICT DO NOTHING`, [sorted]);
  await em.query(`SELECT brand FROM invoice_number_counter WHERE brand = ANY($1) ORDER BY brand FOR UPDATE`, [sorted]);
}

/**
 * Rows locked in id order (= ANY(array): one parameter however many; a run approves up to
 * every customer at once): customers after the counters, then their drafts.
 */
function lockInIdOrder<T extends { id: string }>(em: EntityManager, entity: new () => T, ids: string[], where?: string): Promise<T[]> {
  const sorted = [...new Set(ids)].sort();
  if (!sorted.length) return Promise.resolve([]);
  const qb = em.getRepository(entity).createQueryBuilder('x').where('x.id = ANY(:sorted::uuid[])', { sorted });
  if (where) qb.andWhere(where);
  return qb.orderBy('x.id').setLock('pessimistic_write').getMany();
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

/** Takes the brand's next number from its counter (locked first by `lockNumbering`): no gaps, no duplicates. */
async function nextInvoiceNumber(em: EntityManager, brand: string): Promise<string> {
  const [rows] = await em.query(`UPDATE invoice_number_counter SET last_number = last_number + 1 WHERE brand = $1 RETURNING last_number`, [brand]);
  // Every approval locks (and makes) its counters first; a missing one is a bug in the caller.
  if (!rows.length) throw new Error(`invoice numbering of brand ${brand} was not locked first`);
  return `INV${String(rows[0].last_number).padStart(6, '0')}`;
}

/** Approval inside a unit of work that already holds the brand's counter, the customer and the invoice (in that order). */
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
    const { inv, customer } = await invoiceInScope(ctx, em, input.id, { numbering: true });
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
    const customer = await findCustomerInScope(ctx, input.customerId, em);
    await once(em, input.idempotencyKey, 'invoice.approve-all', customer.id, async () => {
      const ids: { id: string }[] = await em.query(`SELECT id FROM invoice WHERE customer_id = $1 AND state = 'draft'`, [customer.id]);
      if (!(await approveDrafts(ctx, em, ids.map((i) => i.id))).length) throw conflict('There are no draft invoices to approve', 'customerId');
      return customer.id;
    });
    return em.getRepository(Invoice).find({ where: { customerId: customer.id }, order: { invoiceDate: 'DESC', createdAt: 'DESC' }, take: 50 });
  });
}

/**
 * Approves these drafts in the caller's unit of work, all or none: counters, customers, then
 * drafts are locked in the ledger's order, so it can run beside single approvals of the same
 * invoices without a deadlock. A draft approved meanwhile is skipped. Numbers follow invoice
 * date, then creation order. Returns the invoices approved now.
 */
export async function approveDrafts(ctx: RequestContext, em: EntityManager, ids: string[]): Promise<Invoice[]> {
  if (!ids.length) return [];
  const seen: { brand: string; customerId: string }[] = await em.query(`SELECT DISTINCT brand, customer_id AS "customerId" FROM invoice WHERE id = ANY($1)`, [ids]);
  await lockNumbering(em, seen.map((s) => s.brand));
  const customers = new Map((await lockInIdOrder(em, CustomerEntity, seen.map((s) => s.customerId))).map((c) => [c.id, c]));
  // A draft approved meanwhile (by a single approval) is left out.
  const drafts = (await lockInIdOrder(em, Invoice, ids, `x.state = 'draft'`)).sort((a, b) => a.invoiceDate.localeCompare(b.invoiceDate) || +a.createdAt - +b.createdAt || a.id.localeCompare(b.id));
  for (const d of drafts) await approveLocked(ctx, em, d, customers.get(d.customerId)!);
  const touched = [...new Set(drafts.map((d) => d.customerId))];
  for (const c of touched) await autoAllocate(em, c);
  await recompute(em, touched);
  return drafts;
}

export async function markInvoiceSent(ctx: RequestContext, id: string): Promise<Invoice> {
  return inTransaction(ctx.db, async (em) => {
    const { inv } = await invoiceInScope(ctx, em, id);
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
    const { inv } = await invoiceInScope(ctx, em, id);
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
