import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { notFound } from '../../kernel/errors';
import { currentManager } from '../../kernel/transaction';
import { isUuid } from '../../kernel/validators';
import type { RequestContext } from '../../kernel/request-context';
import { CustomerEntity } from './customer.entity';
import { getPlainMany } from '../../kernel/db/plain-rows';

/**
 * Every read of customers starts here, so the reseller scope cannot be forgotten: a scoped
 * caller sees only its reseller's customers. `alias` names the customer table in the query.
 */
export function scopedCustomers(
  ctx: Pick<RequestContext, 'scope' | 'db'>,
  em: EntityManager = currentManager(ctx.db),
  alias = 'c',
): SelectQueryBuilder<CustomerEntity> {
  const qb = em.getRepository(CustomerEntity).createQueryBuilder(alias);
  if (ctx.scope.resellerId) qb.andWhere(`${alias}.reseller_id = :scopeResellerId`, { scopeResellerId: ctx.scope.resellerId });
  return qb;
}

/** SQL condition for joining a child row's customer into scope (for child-entity mutations). */
export function scopeCondition(ctx: Pick<RequestContext, 'scope'>, alias = 'c'): [string, Record<string, unknown>] {
  return ctx.scope.resellerId
    ? [`${alias}.reseller_id = :scopeResellerId`, { scopeResellerId: ctx.scope.resellerId }]
    : ['TRUE', {}];
}

/**
 * The customer `id` if the caller may reach it, else NOT_FOUND — never FORBIDDEN, so
 * out-of-scope customers are indistinguishable from missing ones. `lock` takes a row lock
 * for a change inside a transaction.
 */
export async function findCustomerInScope(
  ctx: Pick<RequestContext, 'scope' | 'db'>,
  id: string,
  em?: EntityManager,
  opts: { lock?: boolean } = {},
): Promise<CustomerEntity> {
  if (!isUuid(id)) throw notFound('Customer');
  const qb = scopedCustomers(ctx, em).andWhere('c.id = :id', { id });
  if (opts.lock) qb.setLock('pessimistic_write');
  // Every profile starts here: read plainly (no TypeORM hydration), except to lock for a change.
  const customer = opts.lock ? await qb.getOne() : (await getPlainMany(qb))[0];
  if (!customer) throw notFound('Customer');
  return customer;
}
