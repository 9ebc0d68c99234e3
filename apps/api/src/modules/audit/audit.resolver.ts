import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { auditActionLabel } from '../../kernel/audit';
import { badInput } from '../../kernel/errors';
import { Connection } from '../../kernel/connection';
import { checkPageSize } from '../../kernel/pagination';
import type { CustomerEntity } from '../customers';
import { Customer } from '../customers';
import { AuditEntry } from './audit-entry.entity';
import { auditPage } from './audit.loaders';

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}

@Resolver(() => Customer)
export class AuditResolver {
  @FieldResolver(() => AuditEntryConnection, { nullable: true, description: 'Widget auditTrail: every change, newest first (seed 000 §3.24)' })
  async auditTrail(
    @Root() customer: CustomerEntity,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditEntryConnection> {
    const limit = checkPageSize(first) + 1;
    if (after && !/^\d{1,18}$/.test(after)) throw badInput('after', 'This is not a valid cursor');
    const rows = after
      ? await auditPage(ctx.db, customer.id, limit, after)
      : await ctx.loaders.audit.latest.load(`${customer.id}:${limit}`);
    const page = rows.slice(0, first);
    return {
      edges: page.map((node) => ({ cursor: node.id, node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.at(-1)?.id ?? null,
        hasPreviousPage: Boolean(after),
        startCursor: page[0]?.id ?? null,
      },
    };
  }
}

@Resolver(() => AuditEntry)
export class AuditEntryFieldsResolver {
  @FieldResolver(() => String, { description: 'What users read for the action, as its module names it ("Note added")' })
  actionLabel(@Root() entry: AuditEntry): string {
    return auditActionLabel(entry.action);
  }
}
