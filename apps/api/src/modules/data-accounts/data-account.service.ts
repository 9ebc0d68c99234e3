import type { EntityManager } from 'typeorm';
import { audit, diff, patchFrom } from '../../kernel/audit';
import { badInput, conflict, mapUniqueViolation, notFound } from '../../kernel/errors';
import type { RequestContext } from '../../kernel/request-context';
import { currentManager, inTransaction } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import { CustomerAddress } from '../addresses';
import { findDataPackage, offeredDataPackages } from '../catalogue';
import { findCustomerInScope, scopeCondition } from '../customers';
import { DataAccount, DataAccountStatus } from './data-account.entity';
import type { AddDataAccountInput, UpdateDataAccountInput } from './data-account.inputs';
import { checkDate, checkPassword, checkReason, checkStaticIp, checkUsername, todayUtc } from './data-account.checks';
import { cancelScheduledChanges, recordImmediateChange } from './package-change.service';
import { generateRadiusPassword, radiusPasswordHash } from './radius-password';

// Every change here is one transaction with its audit rows; the RADIUS tables follow by
// trigger in that same transaction (radius.ts).

const UNIQUE = { data_account_username_key: 'username', data_account_static_ip_key: 'staticIp' };

/** An account with its password once, right after it was set by the system (add without one, regenerate). */
export interface AccountWithPassword {
  account: DataAccount;
  password: string | null;
}

const target = (id: string) => `data_account:${id}`;

/** The account `id` locked with its customer, if the customer is in scope; else NOT_FOUND. */
export async function lockAccountInScope(ctx: RequestContext, em: EntityManager, id: string): Promise<DataAccount> {
  if (!isUuid(id)) throw notFound('Data account');
  const [cond, params] = scopeCondition(ctx);
  const account = await em
    .getRepository(DataAccount)
    .createQueryBuilder('a')
    .innerJoin('customer', 'c', 'c.id = a.customer_id')
    .where('a.id = :id', { id })
    .andWhere(cond, params)
    .setLock('pessimistic_write', undefined, ['a', 'c'])
    .getOne();
  if (!account) throw notFound('Data account');
  return account;
}

/** The currency the customer is billed in: packages in another are not offered to it. */
export async function customerCurrency(em: EntityManager, customerId: string): Promise<string> {
  const [row]: { currency: string }[] = await em.query('SELECT currency FROM customer WHERE id = $1', [customerId]);
  return row.currency;
}

/** The active packages a customer in scope may be put on (those priced in its currency). */
export async function packagesOfferedTo(ctx: RequestContext, customerId: string) {
  const em = currentManager(ctx.db);
  const customer = await findCustomerInScope(ctx, customerId, em);
  return offeredDataPackages(em, customer.currency);
}

/** The account as the API returns it: with its package and installation address. */
export const reload = (em: EntityManager, id: string) =>
  em
    .getRepository(DataAccount)
    .createQueryBuilder('a')
    .leftJoinAndSelect('a.package', 'p')
    .leftJoinAndSelect('a.address', 'ad')
    .innerJoin('a.customer', 'c')
    .addSelect(['c.id', 'c.currency'])
    .where('a.id = :id', { id })
    .getOneOrFail();

async function checkAddress(em: EntityManager, customerId: string, addressId: string | null | undefined) {
  if (!addressId) return;
  const found = await em.findOneBy(CustomerAddress, { id: addressId, customerId });
  if (!found) throw badInput('addressId', 'Choose one of this customer’s addresses');
}

const notCancelled = (a: DataAccount) => {
  if (a.status === DataAccountStatus.CANCELLED) throw conflict(`Data account ${a.username} is cancelled; add a new account instead`, 'status');
};

export function addDataAccount(ctx: RequestContext, input: AddDataAccountInput): Promise<AccountWithPassword> {
  const username = checkUsername(input.username);
  const generated = input.password == null ? generateRadiusPassword() : null;
  const password = generated ?? checkPassword(input.password!);
  const staticIp = checkStaticIp(input.staticIp) ?? null;
  const startDate = input.startDate ? checkDate('startDate', input.startDate) : todayUtc();
  return inTransaction(ctx.db, async (em) => {
    const customer = await findCustomerInScope(ctx, input.customerId, em, { lock: true });
    const pkg = await findDataPackage(em, input.packageId, { field: 'packageId', mustBeActive: true, currency: customer.currency });
    await checkAddress(em, input.customerId, input.addressId);
    const values = {
      customerId: input.customerId,
      username,
      packageId: pkg.id,
      status: DataAccountStatus.ACTIVE,
      startDate,
      staticIp,
      addressId: input.addressId ?? null,
      notes: input.notes?.trim() || null,
      customPriceCents: input.customPriceCents ?? null,
    };
    const saved = await em
      .save(em.create(DataAccount, { ...values, passwordHash: radiusPasswordHash(password) }))
      .catch((e) => mapUniqueViolation(e, UNIQUE));
    const { customerId, ...record } = values;
    await audit(em, ctx, { customerId, action: 'dataAccount.add', target: target(saved.id), record: { ...record, package: pkg.name, password: generated ? 'generated' : 'set' } });
    return { account: await reload(em, saved.id), password: generated };
  });
}

/** Applies `fields` to a locked account, audits each changed field under `action`; false when nothing changed. */
async function write(ctx: RequestContext, em: EntityManager, account: DataAccount, fields: Partial<DataAccount>, action: string, stamp: Record<string, unknown> = {}) {
  const changes = diff(account as never, fields as never);
  if (!changes.length) return false;
  await em
    .createQueryBuilder()
    .update(DataAccount)
    .set({ ...patchFrom(changes), ...stamp } as never)
    .where('id = :id', { id: account.id })
    .execute()
    .catch((e) => mapUniqueViolation(e, UNIQUE));
  await audit(em, ctx, { customerId: account.customerId, action, target: target(account.id), changes });
  return true;
}

export function updateDataAccount(ctx: RequestContext, { id, expectedVersion, ...input }: UpdateDataAccountInput): Promise<DataAccount> {
  const staticIp = checkStaticIp(input.staticIp);
  return inTransaction(ctx.db, async (em) => {
    const account = await lockAccountInScope(ctx, em, id);
    if (account.version !== expectedVersion) {
      throw conflict(`The data account was changed by someone else (version ${account.version}, you had ${expectedVersion}); reload and try again`, 'expectedVersion');
    }
    notCancelled(account);
    await checkAddress(em, account.customerId, input.addressId);
    const notes = input.notes === undefined ? undefined : input.notes?.trim() || null;
    await write(ctx, em, account, { staticIp, addressId: input.addressId, notes, customPriceCents: input.customPriceCents }, 'dataAccount.update');
    return reload(em, id);
  });
}

/** The untracked way: the new package at once, recorded as an applied package change too. */
export function changeDataAccountPackage(ctx: RequestContext, id: string, packageId: string): Promise<DataAccount> {
  return inTransaction(ctx.db, async (em) => {
    const account = await lockAccountInScope(ctx, em, id);
    notCancelled(account);
    const pkg = await findDataPackage(em, packageId, { field: 'packageId', mustBeActive: true, currency: await customerCurrency(em, account.customerId) });
    if (pkg.id === account.packageId) throw badInput('packageId', `The account is already on ${pkg.name}`);
    await write(ctx, em, account, { packageId: pkg.id }, 'dataAccount.package');
    await recordImmediateChange(ctx, em, { account, toPackageId: pkg.id });
    return reload(em, id);
  });
}

const STATUS_ACTION = {
  [DataAccountStatus.SUSPENDED]: 'dataAccount.suspend',
  [DataAccountStatus.ACTIVE]: 'dataAccount.unsuspend',
  [DataAccountStatus.CANCELLED]: 'dataAccount.cancel',
} as const;

/** Moves a locked account to `status` with a reason; refuses moves that make no sense. */
async function moveTo(ctx: RequestContext, em: EntityManager, account: DataAccount, status: DataAccountStatus, reason: string, endDate?: string) {
  notCancelled(account);
  if (status === DataAccountStatus.SUSPENDED && account.status === DataAccountStatus.SUSPENDED) {
    throw conflict(`Data account ${account.username} is already suspended`, 'status');
  }
  if (status === DataAccountStatus.ACTIVE && account.status === DataAccountStatus.ACTIVE) {
    throw conflict(`Data account ${account.username} is not suspended`, 'status');
  }
  if (endDate && endDate < account.startDate) throw badInput('endDate', `End date cannot be before the start date (${account.startDate})`);
  const fields: Partial<DataAccount> = { status, statusReason: reason };
  if (status === DataAccountStatus.CANCELLED) fields.endDate = endDate ?? todayUtc();
  await write(ctx, em, account, fields, STATUS_ACTION[status], { statusChangedAt: () => 'now()' });
  // A cancelled account takes no more package changes.
  if (status === DataAccountStatus.CANCELLED) await cancelScheduledChanges(ctx, em, [account.id], 'Data account cancelled');
}

export const suspendDataAccount = (ctx: RequestContext, id: string, reason: string) => {
  const why = checkReason(reason);
  return inTransaction(ctx.db, async (em) => {
    await moveTo(ctx, em, await lockAccountInScope(ctx, em, id), DataAccountStatus.SUSPENDED, why);
    return reload(em, id);
  });
};

export const unsuspendDataAccount = (ctx: RequestContext, id: string, reason: string) => {
  const why = checkReason(reason);
  return inTransaction(ctx.db, async (em) => {
    await moveTo(ctx, em, await lockAccountInScope(ctx, em, id), DataAccountStatus.ACTIVE, why);
    return reload(em, id);
  });
};

/** Cancels (expires) an account: RADIUS rejects it from now on; its username stays taken. */
export const cancelDataAccount = (ctx: RequestContext, id: string, reason: string, endDate?: string | null) => {
  const why = checkReason(reason);
  const end = endDate ? checkDate('endDate', endDate) : undefined;
  return inTransaction(ctx.db, async (em) => {
    await moveTo(ctx, em, await lockAccountInScope(ctx, em, id), DataAccountStatus.CANCELLED, why, end);
    return reload(em, id);
  });
};

/**
 * Suspends or cancels every account of a customer that is not already so (the others are left
 * as they are), one transaction, one audit row per account. Returns the accounts changed.
 */
export function changeAllDataAccounts(ctx: RequestContext, customerId: string, status: DataAccountStatus.SUSPENDED | DataAccountStatus.CANCELLED, reason: string) {
  const why = checkReason(reason);
  return inTransaction(ctx.db, async (em) => {
    await findCustomerInScope(ctx, customerId, em, { lock: true });
    const accounts = await em
      .getRepository(DataAccount)
      .createQueryBuilder('a')
      .where('a.customer_id = :customerId', { customerId })
      .andWhere(status === DataAccountStatus.SUSPENDED ? `a.status = 'active'` : `a.status <> 'cancelled'`)
      .orderBy('a.username')
      .setLock('pessimistic_write')
      .getMany();
    for (const account of accounts) await moveTo(ctx, em, account, status, why);
    return Promise.all(accounts.map((a) => reload(em, a.id)));
  });
}

/** Sets the password an agent chose (e.g. the one already in the customer's router). */
export const setDataAccountPassword = (ctx: RequestContext, id: string, password: string) => {
  checkPassword(password);
  return inTransaction(ctx.db, async (em) => {
    const account = await lockAccountInScope(ctx, em, id);
    notCancelled(account);
    await em.update(DataAccount, { id }, { passwordHash: radiusPasswordHash(password) });
    await audit(em, ctx, { customerId: account.customerId, action: 'dataAccount.password', target: target(id), record: { password: 'set' } });
    return reload(em, id);
  });
};

/** A new random password, returned this once; only its hash is kept. */
export const regenerateDataAccountPassword = (ctx: RequestContext, id: string): Promise<AccountWithPassword> =>
  inTransaction(ctx.db, async (em) => {
    const account = await lockAccountInScope(ctx, em, id);
    notCancelled(account);
    const password = generateRadiusPassword();
    await em.update(DataAccount, { id }, { passwordHash: radiusPasswordHash(password) });
    await audit(em, ctx, { customerId: account.customerId, action: 'dataAccount.password', target: target(id), record: { password: 'regenerated' } });
    return { account: await reload(em, id), password };
  });
