import type { EntityManager } from 'typeorm';
import { conflict, badInput } from '../../kernel/errors';
import { Allocation, ItemKind, LedgerRequest } from './ledger.entities';
import { balanceUpdateSql, forCustomers, itemsSql, rollupUpsertSql } from './ledger.sql';

/** One open (or settled) ledger item of a customer, as `itemsSql` returns it. */
export interface LedgerItem {
  customerId: string;
  kind: ItemKind;
  id: string;
  reference: string | null;
  date: string;
  dueDate: string;
  amount: number;
  side: 'debit' | 'credit';
  open: number;
}

const toItem = (r: any): LedgerItem => ({ ...r, amount: Number(r.amount), open: Number(r.open) });

export async function ledgerItems(em: EntityManager, customerIds: string[]): Promise<LedgerItem[]> {
  const rows = await em.query(`${itemsSql(forCustomers)} ORDER BY items.due_date, items.date, items.id`, [customerIds]);
  return rows.map(toItem);
}

const KEY = /^[\w.:-]{8,100}$/;

/**
 * Idempotency of money-writing requests: called with the customer row locked (so identical
 * requests run one after another). A key seen before returns the first result's id and
 * `work` never runs; otherwise `work` writes and the key is recorded with its result (the
 * primary key is the backstop against any race).
 */
export async function once(
  em: EntityManager,
  idempotencyKey: string,
  operation: string,
  customerId: string,
  work: () => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  if (!KEY.test(idempotencyKey)) throw badInput('idempotencyKey', 'Idempotency key must be 8 to 100 letters, digits or . _ : - (a UUID is best)');
  const seen = await em.getRepository(LedgerRequest).findOneBy({ idempotencyKey });
  if (seen) {
    if (seen.operation !== operation || seen.customerId !== customerId) {
      throw conflict('This idempotency key was already used for a different request', 'idempotencyKey');
    }
    return { id: seen.resultId, replayed: true };
  }
  const id = await work();
  await em.insert(LedgerRequest, { idempotencyKey, operation, customerId, resultId: id });
  return { id, replayed: false };
}

/**
 * Keeps the derived figures right after a ledger change, in its transaction: the balance in
 * customer.balance_cents (what `balance` and the list read) and the age rollup (the report).
 */
export async function recompute(em: EntityManager, customerIds: string[]) {
  if (!customerIds.length) return;
  await em.query(balanceUpdateSql(forCustomers('b')), [customerIds]);
  await em.query(rollupUpsertSql(forCustomers), [customerIds]);
}

export async function allocate(em: EntityManager, customerId: string, source: { kind: ItemKind; id: string }, target: { kind: ItemKind; id: string }, amountCents: number) {
  if (amountCents === 0) return;
  await em.insert(Allocation, { customerId, sourceKind: source.kind, sourceId: source.id, targetKind: target.kind, targetId: target.id, amountCents });
}

/** Undoes every allocation of a credit item with negative rows (allocations are never deleted). */
export async function releaseAllocations(em: EntityManager, customerId: string, source: { kind: ItemKind; id: string }) {
  await em.query(
    `INSERT INTO allocation (customer_id, source_kind, source_id, target_kind, target_id, amount_cents)
     SELECT customer_id, source_kind, source_id, target_kind, target_id, -sum(amount_cents)
       FROM allocation WHERE customer_id = $1 AND source_kind = $2 AND source_id = $3
      GROUP BY customer_id, source_kind, source_id, target_kind, target_id HAVING sum(amount_cents) <> 0`,
    [customerId, source.kind, source.id],
  );
}

/**
 * Oldest due first: every open credit (oldest first) pays the open debits in due-date order.
 * `onlySource` limits it to one credit item (a payment just recorded).
 */
export async function autoAllocate(em: EntityManager, customerId: string, onlySource?: { kind: ItemKind; id: string }) {
  const items = await ledgerItems(em, [customerId]);
  const debits = items.filter((i) => i.side === 'debit' && i.open > 0);
  const credits = items
    .filter((i) => i.side === 'credit' && i.open > 0 && (!onlySource || (i.kind === onlySource.kind && i.id === onlySource.id)))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const credit of credits) {
    for (const debit of debits) {
      if (credit.open === 0) break;
      const amount = Math.min(credit.open, debit.open);
      if (amount === 0) continue;
      await allocate(em, customerId, credit, debit, amount);
      credit.open -= amount;
      debit.open -= amount;
    }
  }
}
