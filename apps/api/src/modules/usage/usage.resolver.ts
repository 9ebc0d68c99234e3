import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { badInput } from '../../kernel/errors';
import type { CustomerEntity } from '../customers';
import { Customer } from '../customers';
import { disconnectSession, toDataUsage } from './usage.service';
import { DataSession, DataUsage, DisconnectResult, UsageView } from './usage.types';

@Resolver(() => Customer)
export class UsageResolver {
  @FieldResolver(() => [DataSession], {
    nullable: true,
    description: 'Widget activeSessions: open RADIUS sessions of the customer’s data accounts, newest first (seed 000 §3.4)',
  })
  async activeSessions(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.usage.openSessions.load(customer.id);
  }

  @FieldResolver(() => DataUsage, { nullable: true, description: 'Widget dataUsage: bytes per month of a year (default this year) or per year (seed 000 §3.3)' })
  async dataUsage(
    @Root() customer: CustomerEntity,
    @Ctx() ctx: Context,
    @Arg('view', () => UsageView, { defaultValue: UsageView.MONTHLY }) view: UsageView,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ) {
    const shownYear = view === UsageView.MONTHLY ? (year ?? new Date().getUTCFullYear()) : null;
    if (shownYear !== null && (shownYear < 2000 || shownYear > 2100)) throw badInput('year', 'year must be between 2000 and 2100');
    const rows = await ctx.loaders.usage.accountUsage.load(`${customer.id}:${view}:${shownYear ?? ''}`);
    return toDataUsage(rows, view, shownYear);
  }

  @Mutation(() => DisconnectResult, {
    description: 'Asks the NAS to end an open session (RFC 5176 Disconnect-Request); answers ACK, NAK or TIMEOUT. Audited.',
  })
  disconnectSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return disconnectSession(ctx, sessionId);
  }
}
