import { inTransaction } from '../../kernel/transaction';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../kernel/request-context';
import { conflict, mapUniqueViolation, notFound } from '../../kernel/errors';
import { audit, diff, patchFrom } from '../../kernel/audit';
import { isUuid } from '../../kernel/validators';
import { findCustomerInScope, scopeCondition } from './customer.scope';

/**
 * Add / update / remove for records a customer owns (contacts, addresses, notes, ...):
 * each is one transaction with its audit rows, checks the reseller scope through the
 * owning customer, and (for updates) the record's version.
 */
export interface RecordKind<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** Table name, used in audit targets and the scope join. */
  table: string;
  /** Human name for errors: "Contact not found". */
  label: string;
  /** Audit action prefix the module declares: `note` → note.add, note.update, note.remove. */
  auditName: string;
  /** Runs inside the transaction before the row is written (e.g. one primary contact). */
  beforeWrite?: (ctx: RequestContext, em: EntityManager, customerId: string, values: Partial<T>, id?: string) => Promise<void>;
}

type Owned = ObjectLiteral & { id: string; customerId: string; version?: number };

/**
 * The record `id` if its customer is in the caller's scope, else NOT_FOUND. With `lock` (the
 * default) the record and its customer row are locked for update: locking the customer
 * serialises changes to one customer's records (e.g. two agents making different contacts
 * primary at once).
 */
export async function findRecordInScope<T extends Owned>(
  ctx: RequestContext,
  em: EntityManager,
  kind: RecordKind<T>,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<T> {
  if (!isUuid(id)) throw notFound(kind.label);
  const [cond, params] = scopeCondition(ctx);
  const qb = em
    .getRepository(kind.entity)
    .createQueryBuilder('r')
    .innerJoin('customer', 'c', 'c.id = r.customer_id')
    .where('r.id = :id', { id })
    .andWhere(cond, params);
  if (opts.lock ?? true) qb.setLock('pessimistic_write', undefined, ['r', 'c']);
  const row = await qb.getOne();
  if (!row) throw notFound(kind.label);
  return row;
}

export async function addRecord<T extends Owned>(ctx: RequestContext, kind: RecordKind<T>, customerId: string, values: Partial<T>): Promise<T> {
  return inTransaction(ctx.db, async (em) => {
    await findCustomerInScope(ctx, customerId, em, { lock: true });
    await kind.beforeWrite?.(ctx, em, customerId, values);
    const saved = (await em.save(em.create(kind.entity, { ...values, customerId } as T))) as T;
    const { customerId: _c, version: _v, ...record } = saved as Owned;
    await audit(em, ctx, { customerId, action: `${kind.auditName}.add`, target: `${kind.table}:${saved.id}`, record });
    return saved;
  });
}

/** The row an update writes, for its version message, audit target and audit customer. */
export interface UpdateTarget {
  entity: EntityTarget<ObjectLiteral>;
  table: string;
  label: string;
  auditName: string;
  id: string;
  customerId: string;
}

/**
 * The shared middle of every update, inside its transaction once the row is locked: checks
 * `expectedVersion` (CONFLICT when stale), writes only the fields that changed, and audits
 * each one. Returns false when nothing changed.
 */
export async function writeChanges(
  ctx: RequestContext,
  em: EntityManager,
  target: UpdateTarget,
  current: ObjectLiteral & { version?: number },
  expectedVersion: number | undefined,
  fields: Record<string, unknown>,
  opts: {
    action?: string;
    beforeWrite?: () => Promise<void>;
    uniqueFields?: Record<string, string>;
    /** Columns set along with a real change but not audited (e.g. editedAt). */
    stamp?: Record<string, unknown>;
  } = {},
): Promise<boolean> {
  if (expectedVersion !== undefined && current.version !== expectedVersion) {
    throw conflict(`The ${target.label.toLowerCase()} was changed by someone else (version ${current.version}, you had ${expectedVersion}); reload and try again`, 'expectedVersion');
  }
  const changes = diff(current, fields);
  if (!changes.length) return false;
  await opts.beforeWrite?.();
  await em
    .createQueryBuilder()
    .update(target.entity)
    .set({ ...patchFrom(changes), ...opts.stamp } as never)
    .where('id = :id', { id: target.id })
    .execute()
    .catch((e) => (opts.uniqueFields ? mapUniqueViolation(e, opts.uniqueFields) : Promise.reject(e)));
  const action = opts.action ?? `${target.auditName}.update`;
  await audit(em, ctx, { customerId: target.customerId, action, target: `${target.table}:${target.id}`, changes });
  return true;
}

export async function updateRecord<T extends Owned>(
  ctx: RequestContext,
  kind: RecordKind<T>,
  id: string,
  expectedVersion: number | undefined,
  fields: Partial<T>,
  action?: string,
): Promise<T> {
  return inTransaction(ctx.db, async (em) => {
    const current = await findRecordInScope(ctx, em, kind, id);
    const changed = await writeChanges(ctx, em, { ...kind, id, customerId: current.customerId }, current, expectedVersion, fields, {
      action,
      beforeWrite: kind.beforeWrite && (() => kind.beforeWrite!(ctx, em, current.customerId, fields, id)),
    });
    return changed ? ((await em.getRepository(kind.entity).findOneByOrFail({ id } as never)) as T) : current;
  });
}

export async function removeRecord<T extends Owned>(ctx: RequestContext, kind: RecordKind<T>, id: string): Promise<string> {
  return inTransaction(ctx.db, async (em) => {
    const current = await findRecordInScope(ctx, em, kind, id);
    await em.delete(kind.entity, { id } as never);
    const { customerId, version: _v, ...record } = current;
    await audit(em, ctx, { customerId, action: `${kind.auditName}.remove`, target: `${kind.table}:${id}`, record });
    return id;
  });
}
