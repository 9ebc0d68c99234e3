import { currentManager, inTransaction } from '../../kernel/transaction';
import { CUSTOM_PLAN } from '../../kernel/db/prepared-statements';
import { getPlainMany } from '../../kernel/db/plain-rows';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../kernel/request-context';
import { badInput, forbidden, mapUniqueViolation } from '../../kernel/errors';
import { decodeCursor, encodeCursor } from '../../kernel/pagination';
import { audit } from '../../kernel/audit';
import { writeChanges } from './customer-records';
import { CustomerEntity } from './customer.entity';
import { CustomerStatus } from './customer.enums';
import type { CreateCustomerInput, CustomerFilter, UpdateAccountDetailsInput } from './customer.inputs';
import { findCustomerInScope, scopedCustomers } from './customer.scope';

const UNIQUE_FIELDS = { customer_account_number_key: 'accountNumber' };

/** Next free generated account number (skips numbers someone took by override). */
async function nextAccountNumber(em: EntityManager): Promise<string> {
  for (;;) {
    const [{ n }] = await em.query(`SELECT 'SL' || nextval('customer_account_number_seq') AS n`);
    const [taken] = await em.query('SELECT 1 FROM customer WHERE account_number = $1', [n]);
    if (!taken) return n;
  }
}

/**
 * Account numbers are unique across every reseller (customers quote them, payments and staff
 * search use them), so a clash would tell a caller limited to one reseller that another uses
 * the number. Such a caller therefore never chooses one: it gets the next generated number, and
 * any number it sends is refused the same way, taken or not (README, "The customer").
 */
function assertMayChooseAccountNumber(ctx: RequestContext, wanted: string | null | undefined, current?: string) {
  if (!ctx.scope.resellerId || wanted == null || wanted === current) return;
  throw forbidden('You act for one reseller, so account numbers are assigned for you: leave the account number out');
}

async function assertStaffUser(em: EntityManager, id: string | null | undefined) {
  if (!id) return;
  const [row] = await em.query('SELECT 1 FROM app_user WHERE id = $1 AND reseller_id IS NULL', [id]);
  if (!row) throw badInput('accountManagerId', 'is not a staff user');
}

export async function createCustomer(ctx: RequestContext, input: CreateCustomerInput): Promise<CustomerEntity> {
  assertMayChooseAccountNumber(ctx, input.accountNumber);
  return inTransaction(ctx.db, async (em) => {
    const resellerId = ctx.scope.resellerId ?? input.resellerId ?? null;
    if (resellerId && !ctx.scope.resellerId) {
      const [r] = await em.query('SELECT 1 FROM reseller WHERE id = $1', [resellerId]);
      if (!r) throw badInput('resellerId', 'No reseller has this id');
    }
    await assertStaffUser(em, input.accountManagerId);
    const row = em.create(CustomerEntity, {
      accountNumber: input.accountNumber ?? (await nextAccountNumber(em)),
      name: input.name,
      companyName: input.companyName ?? null,
      status: input.status ?? CustomerStatus.ACTIVE,
      customerType: input.customerType,
      customerGroup: input.customerGroup ?? null,
      emails: input.emails ?? [],
      phone: input.phone ?? null,
      mobile: input.mobile ?? null,
      vatNumber: input.vatNumber ?? null,
      accountManagerId: input.accountManagerId ?? null,
      resellerId,
      physicalAddress: { ...input.physicalAddress },
      postalAddress: { ...input.postalAddress },
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
    });
    const saved = await em.save(row).catch((e) => mapUniqueViolation(e, UNIQUE_FIELDS));
    await audit(em, ctx, {
      customerId: saved.id,
      action: 'customer.create',
      target: `customer:${saved.id}`,
      record: { accountNumber: saved.accountNumber, name: saved.name, resellerId },
    });
    return saved;
  });
}

/** Edits account details; `expectedVersion` must match or the edit is CONFLICT. */
export async function updateAccountDetails(ctx: RequestContext, input: UpdateAccountDetailsInput): Promise<CustomerEntity> {
  const { customerId, expectedVersion, ...fields } = input;
  return inTransaction(ctx.db, async (em) => {
    const current = await findCustomerInScope(ctx, customerId, em, { lock: true });
    assertMayChooseAccountNumber(ctx, fields.accountNumber, current.accountNumber);
    const target = { entity: CustomerEntity, table: 'customer', label: 'Customer', auditName: 'customer', id: customerId, customerId };
    const changed = await writeChanges(ctx, em, target, current, expectedVersion, { ...fields }, {
      uniqueFields: UNIQUE_FIELDS,
      beforeWrite: () => assertStaffUser(em, fields.accountManagerId),
    });
    return changed ? findCustomerInScope(ctx, customerId, em) : current;
  });
}

export interface CustomerPage {
  rows: CustomerEntity[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Terms shorter than this match the start of the name (trigrams need three letters). */
export const MIN_TRIGRAM_TERM = 3;

/** A short term: matched as a name prefix. */
const isPrefixSearch = (filter?: CustomerFilter) => {
  const n = filter?.search?.trim().length ?? 0;
  return n > 0 && n < MIN_TRIGRAM_TERM;
};

const likeEscaped = (term: string) => term.replace(/[\\%_]/g, (m) => '\\' + m);

function filtered(ctx: RequestContext, filter: CustomerFilter = {}) {
  const qb = scopedCustomers(ctx);
  if (filter.statuses?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.resellerId) qb.andWhere('c.reseller_id = :resellerId', { resellerId: filter.resellerId });
  const term = filter.search?.trim().toLowerCase();
  if (term) {
    if (term.length >= MIN_TRIGRAM_TERM) {
      // The stored search text, under the trigram index (migration CustomerSearchText).
      qb.andWhere('c.search_text LIKE :term', { term: `%${likeEscaped(term)}%` });
    } else {
      // One or two letters: no trigram to look up, so the start of the name (customer_name_prefix).
      qb.andWhere('lower(c.name) LIKE :prefix', { prefix: `${likeEscaped(term)}%` });
    }
    // Planned for this term every time (the best plan differs between "a" and an account number).
    qb.comment(CUSTOM_PLAN);
  }
  return qb;
}

/**
 * One page of customers ordered by name, id (keyset pagination). Going back (`backward`)
 * reads the rows before `before` in reverse order and turns them round, so both directions
 * use the (name, id) index.
 */
export async function listCustomers(
  ctx: RequestContext,
  page: { size: number; after?: string; before?: string; backward: boolean },
  filter?: CustomerFilter,
): Promise<CustomerPage> {
  const dir = page.backward ? 'DESC' : 'ASC';
  // A name prefix ("ma") matches a run of rows somewhere in the name order: walking that order
  // from the start to find them took up to 300 ms at 100,000 customers. Sorting by an
  // expression the (name, id) index cannot give makes PostgreSQL fetch the matches through
  // customer_name_prefix and sort them instead (tens of ms at most, wherever they are).
  const nameOrder = isPrefixSearch(filter) ? "c.name || ''" : 'c.name';
  const qb = filtered(ctx, filter).orderBy(nameOrder, dir).addOrderBy('c.id', dir).limit(page.size + 1);
  if (page.after) {
    const [name, id] = decodeCursor(page.after, ['text', 'uuid'], 'after');
    qb.andWhere('(c.name, c.id) > (:afterName, :afterId)', { afterName: name, afterId: id });
  }
  if (page.before) {
    const [name, id] = decodeCursor(page.before, ['text', 'uuid'], 'before');
    qb.andWhere('(c.name, c.id) < (:beforeName, :beforeId)', { beforeName: name, beforeId: id });
  }
  const rows = await getPlainMany(qb); // the same entities as getMany(), without TypeORM's hydration
  const more = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.backward) pageRows.reverse();
  return page.backward
    ? { rows: pageRows, hasNextPage: Boolean(page.before), hasPreviousPage: more }
    : { rows: pageRows, hasNextPage: more, hasPreviousPage: Boolean(page.after) };
}

export const customerCursor = (c: CustomerEntity) => encodeCursor([c.name, c.id]);

/** Every customer matching the filter: `count(*)` (a customer is one row; no DISTINCT needed). */
export async function countCustomers(ctx: RequestContext, filter?: CustomerFilter): Promise<number> {
  const row = await filtered(ctx, filter).select('count(*)::int', 'n').getRawOne<{ n: number }>();
  return row?.n ?? 0;
}

/** Where the list stops counting: beyond it, "1,000+". */
export const COUNT_CAP = 1000;

/**
 * Matching customers counted up to `cap` + 1 (a LIMITed subquery, so a one-letter search
 * stops after cap + 1 rows instead of counting tens of thousands): `capped` when there are more.
 */
export async function countCustomersUpTo(ctx: RequestContext, filter?: CustomerFilter, cap = COUNT_CAP): Promise<{ count: number; capped: boolean }> {
  const [sql, params] = filtered(ctx, filter).select('1').limit(cap + 1).getQueryAndParameters();
  const prefix = sql.startsWith('/*') ? sql.slice(0, sql.indexOf('*/') + 3) : ''; // keep the custom-plan comment first
  const [{ n }] = await currentManager(ctx.db).query(`${prefix}SELECT count(*)::int AS n FROM (${sql.slice(prefix.length)}) matching`, params);
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}
