import type { EntityManager } from 'typeorm';
import { audit } from '../../kernel/audit';
import { badInput, conflict, mapUniqueViolation, notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import { findDataPackage } from '../catalogue';
import { scopeCondition } from '../customers';
import { DataAccount, DataAccountStatus } from './data-account.entity';
import type { SchedulePackageChangeInput } from './data-account.inputs';
import { checkDate, checkReason, todayUtc } from './data-account.checks';
import { customerCurrency, lockAccountInScope } from './data-account.service';
import { PackageChange, PackageChangeState } from './package-change.entity';

const target = (id: string) => `package_change:${id}`;
/** How far ahead a change may be scheduled. */
export const MAX_DAYS_AHEAD = 366;

const submitter = (ctx: RequestContext) => ({
  submittedById: ctx.actor?.id ?? null,
  submittedByName: ctx.actor?.name ?? 'system',
  submittedByResellerId: ctx.scope.resellerId,
});

const reload = (em: EntityManager, id: string) =>
  em.getRepository(PackageChange).findOneOrFail({ where: { id }, relations: { fromPackage: true, toPackage: true, dataAccount: true } });

/** The immediate change on a data account, written as an applied change so the history is complete. */
export async function recordImmediateChange(ctx: RequestContext, em: EntityManager, change: { account: DataAccount; toPackageId: string }) {
  await em.insert(PackageChange, {
    customerId: change.account.customerId,
    dataAccountId: change.account.id,
    fromPackageId: change.account.packageId,
    toPackageId: change.toPackageId,
    effectiveDate: todayUtc(),
    state: PackageChangeState.APPLIED,
    immediate: true,
    settledAt: () => 'now()',
    ...submitter(ctx),
  } as never);
}

function addDays(date: string, days: number) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The tracked way: the job applies it on the effective date. One scheduled change per account. */
export function schedulePackageChange(ctx: RequestContext, input: SchedulePackageChangeInput): Promise<PackageChange> {
  const effectiveDate = checkDate('effectiveDate', input.effectiveDate);
  const today = todayUtc();
  if (effectiveDate < today) throw badInput('effectiveDate', 'Effective date cannot be in the past');
  if (effectiveDate > addDays(today, MAX_DAYS_AHEAD)) throw badInput('effectiveDate', `Effective date can be at most ${MAX_DAYS_AHEAD} days ahead`);
  return inTransaction(ctx.db, async (em) => {
    const account = await lockAccountInScope(ctx, em, input.dataAccountId);
    if (account.status === DataAccountStatus.CANCELLED) throw conflict(`Data account ${account.username} is cancelled`, 'dataAccountId');
    const pkg = await findDataPackage(em, input.toPackageId, { field: 'toPackageId', mustBeActive: true, currency: await customerCurrency(em, account.customerId) });
    if (pkg.id === account.packageId) throw badInput('toPackageId', `The account is already on ${pkg.name}`);
    const pending = await em.findOneBy(PackageChange, { dataAccountId: account.id, state: PackageChangeState.SCHEDULED });
    if (pending) throw conflict(`A change is already scheduled for ${pending.effectiveDate}; cancel it first`, 'dataAccountId');
    const { identifiers } = await em
      .insert(PackageChange, {
        customerId: account.customerId,
        dataAccountId: account.id,
        fromPackageId: account.packageId,
        toPackageId: pkg.id,
        effectiveDate,
        ...submitter(ctx),
      })
      .catch((e) => mapUniqueViolation(e, { package_change_one_scheduled: 'dataAccountId' }));
    const id = identifiers[0].id as string;
    await audit(em, ctx, {
      customerId: account.customerId,
      action: 'packageChange.schedule',
      target: target(id),
      record: { username: account.username, fromPackageId: account.packageId, toPackage: pkg.name, effectiveDate },
    });
    return reload(em, id);
  });
}

/** Cancels a scheduled change (CONFLICT once it was applied, cancelled or failed). */
export function cancelPackageChange(ctx: RequestContext, id: string, reason?: string | null): Promise<PackageChange> {
  const why = reason == null || reason.trim() === '' ? null : checkReason(reason);
  return inTransaction(ctx.db, async (em) => {
    if (!isUuid(id)) throw notFound('Package change');
    const [cond, params] = scopeCondition(ctx);
    const change = await em
      .getRepository(PackageChange)
      .createQueryBuilder('pc')
      .innerJoin('customer', 'c', 'c.id = pc.customer_id')
      .where('pc.id = :id', { id })
      .andWhere(cond, params)
      .setLock('pessimistic_write', undefined, ['pc'])
      .getOne();
    if (!change) throw notFound('Package change');
    if (change.state !== PackageChangeState.SCHEDULED) throw conflict(`This package change is ${change.state}, not scheduled`, 'state');
    await cancelScheduledChanges(ctx, em, [change.dataAccountId], why ?? `Cancelled by ${ctx.actor?.name ?? 'system'}`);
    return reload(em, id);
  });
}

/** Cancels the scheduled changes of these accounts (one audit row each). */
export async function cancelScheduledChanges(ctx: RequestContext, em: EntityManager, accountIds: string[], reason: string) {
  // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
  const [cancelled]: [{ id: string; customer_id: string }[], number] = await em.query(
    `UPDATE package_change SET state = 'cancelled', settled_at = now(), reason = $2
      WHERE data_account_id = ANY($1::uuid[]) AND state = 'scheduled' RETURNING id, customer_id`,
    [accountIds, reason],
  );
  for (const c of cancelled) {
    await audit(em, ctx, { customerId: c.customer_id, action: 'packageChange.cancel', target: target(c.id), changes: [{ field: 'state', oldValue: 'scheduled', newValue: 'cancelled' }] });
  }
}

export interface ApplyResult {
  applied: number;
  failed: number;
}

/**
 * Applies the scheduled changes due on or before `today` (UTC), each in its own transaction
 * with its audit rows; RADIUS replies follow by trigger. Changes another worker holds are
 * skipped, and an applied change is no longer scheduled, so running it twice applies once.
 */
export async function applyDuePackageChanges(
  ctx: RequestContext,
  opts: { today?: string; progress?: (done: number, total: number) => Promise<void> } = {},
): Promise<ApplyResult> {
  const today = opts.today ?? todayUtc();
  const due: { id: string }[] = await ctx.db.query(
    `SELECT id FROM package_change WHERE state = 'scheduled' AND effective_date <= $1 ORDER BY effective_date, submitted_at, id`,
    [today],
  );
  const result: ApplyResult = { applied: 0, failed: 0 };
  for (const [i, { id }] of due.entries()) {
    await inTransaction(ctx.db, async (em) => {
      const [change]: PackageChange[] = await em.query(
        `SELECT id, customer_id AS "customerId", data_account_id AS "dataAccountId", to_package_id AS "toPackageId"
           FROM package_change WHERE id = $1 AND state = 'scheduled' FOR UPDATE SKIP LOCKED`,
        [id],
      );
      if (!change) return;
      const account = await em.getRepository(DataAccount).findOne({ where: { id: change.dataAccountId }, lock: { mode: 'pessimistic_write' } });
      if (!account || account.status === DataAccountStatus.CANCELLED) {
        await em.update(PackageChange, { id }, { state: PackageChangeState.FAILED, settledAt: () => 'now()', reason: 'The data account is cancelled' } as never);
        await audit(em, ctx, { customerId: change.customerId, action: 'packageChange.fail', target: target(id), record: { reason: 'The data account is cancelled' } });
        result.failed++;
        return;
      }
      await em.update(PackageChange, { id }, { state: PackageChangeState.APPLIED, settledAt: () => 'now()', fromPackageId: account.packageId } as never);
      if (account.packageId !== change.toPackageId) await em.update(DataAccount, { id: account.id }, { packageId: change.toPackageId });
      await audit(em, ctx, {
        customerId: change.customerId,
        action: 'packageChange.apply',
        target: target(id),
        changes: [{ field: 'packageId', oldValue: account.packageId, newValue: change.toPackageId }],
      });
      result.applied++;
    });
    await opts.progress?.(i + 1, due.length);
  }
  return result;
}
