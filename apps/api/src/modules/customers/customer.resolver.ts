import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { config } from '../../kernel/config';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import { checkPageSize } from '../../kernel/pagination';
import { selectsAny } from '../../kernel/selection';
import { Reseller } from '../resellers';
import { CustomerConnection } from './customer.connection';
import type { CustomerEntity } from './customer.entity';
import { CreateCustomerInput, CustomerFilter, UpdateAccountDetailsInput } from './customer.inputs';
import { findCustomerInScope } from './customer.scope';
import {
  countCustomers,
  countCustomersUpTo,
  createCustomer,
  customerCursor,
  listCustomers,
  updateAccountDetails,
} from './customer.service';
import { AccountDetails, Customer, Money, StaffRef } from './customer.type';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, { nullable: true, description: 'One customer in your scope; null with a NOT_FOUND error otherwise' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findCustomerInScope(ctx, id);
  }

  @Query(() => CustomerConnection, {
    description: 'Customers in your scope, by name, cursor-paginated: `first`/`after` forward, `last`/`before` back',
  })
  async customers(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, description: `Page size going forward (default ${config.defaultPageSize})` }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('last', () => Int, { nullable: true, description: 'Page size going back' }) last?: number | null,
    @Arg('before', () => String, { nullable: true }) before?: string | null,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
  ): Promise<Omit<CustomerConnection, 'totalCount' | 'totalCountAtLeast' | 'totalCountIsCapped'>> {
    if (after && before) throw badInput('before', 'Give either after or before, not both');
    if (first != null && last != null) throw badInput('last', 'Give either first or last, not both');
    const backward = before != null || last != null;
    const size = checkPageSize(backward ? (last ?? config.defaultPageSize) : (first ?? config.defaultPageSize), backward ? 'last' : 'first');
    // The capped count goes to PostgreSQL beside the page, on a second connection, not after
    // it: a search answers in one round trip's time, as the hand-written SQL does.
    const memo: CustomerConnection['memo'] = {};
    if (selectsAny(info, ['totalCountAtLeast', 'totalCountIsCapped'])) {
      memo.cappedCount = countCustomersUpTo(ctx, filter ?? undefined);
      memo.cappedCount.catch(() => {}); // a failed page fails the request; its count is not read then
    }
    const page = await listCustomers(ctx, { size, after: after ?? undefined, before: before ?? undefined, backward }, filter ?? undefined);
    const edges = page.rows.map((node) => ({ cursor: customerCursor(node), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: edges.at(-1)?.cursor ?? null,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
      },
      filter: filter ?? undefined,
      memo,
    };
  }

  @Mutation(() => Customer, { description: 'Creates a customer; the account number is generated unless given' })
  createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @Ctx() ctx: Context) {
    return createCustomer(ctx, input);
  }

  @Mutation(() => Customer, { description: 'Edits account details; CONFLICT when expectedVersion is stale' })
  updateAccountDetails(@Arg('input', () => UpdateAccountDetailsInput) input: UpdateAccountDetailsInput, @Ctx() ctx: Context) {
    return updateAccountDetails(ctx, input);
  }

  @FieldResolver(() => AccountDetails, { nullable: true, description: 'Widget accountDetails (seed 000 §3.1)' })
  accountDetails(@Root() customer: CustomerEntity): AccountDetails {
    return customer;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Outstanding balance (needs ageAnalysis:read)' })
  balance(@Root() customer: CustomerEntity): Money {
    return { cents: customer.balanceCents, currency: customer.currency };
  }
}

@Resolver(() => AccountDetails)
export class AccountDetailsResolver {
  @FieldResolver(() => Reseller, { nullable: true })
  reseller(@Root() details: AccountDetails, @Ctx() ctx: Context) {
    return details.resellerId ? ctx.loaders.resellers.byId.load(details.resellerId) : null;
  }

  /**
   * Staff names are internal (ACCESS.md rule 7): a reseller-scoped caller gets null, as for a
   * customer without one. Null rather than a refusal, so the same account-details selection
   * works for every caller and a page load never carries an error.
   */
  @FieldResolver(() => StaffRef, { nullable: true, description: 'The staff member managing the account; always null for reseller users and tokens' })
  accountManager(@Root() details: AccountDetails, @Ctx() ctx: Context) {
    if (ctx.scope.resellerId !== null) return null;
    return details.accountManagerId ? ctx.loaders.customers.staffRefById.load(details.accountManagerId) : null;
  }
}

@Resolver(() => CustomerConnection)
export class CustomerConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: CustomerConnection, @Ctx() ctx: Context) {
    return countCustomers(ctx, connection.filter);
  }

  @FieldResolver(() => Int)
  async totalCountAtLeast(@Root() connection: CustomerConnection, @Ctx() ctx: Context) {
    return (await ((connection.memo ??= {}).cappedCount ??= countCustomersUpTo(ctx, connection.filter))).count;
  }

  @FieldResolver(() => Boolean)
  async totalCountIsCapped(@Root() connection: CustomerConnection, @Ctx() ctx: Context) {
    return (await ((connection.memo ??= {}).cappedCount ??= countCustomersUpTo(ctx, connection.filter))).capped;
  }
}
