import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { ApiToken } from './api-token.entity';
import { createApiToken, revokeApiToken } from './api-tokens.service';
import { withNames } from './admin-views';
import { ApiTokenInfo, CreateApiTokenInput, CreatedApiToken, CreateRoleInput } from './auth.types';
import { Role } from './role.entity';
import { inCallerScope } from './no-escalation';
import { changeRolePermission, createRole } from './roles.service';

/** Roles and API tokens: everything here needs admin:roles. */
@Resolver(() => Role)
export class AdminResolver {
  @Query(() => [Role])
  roles(@Ctx() ctx: Context) {
    return ctx.db.getRepository(Role).find({ order: { name: 'ASC' } });
  }

  @Query(() => [ApiTokenInfo], { description: "Every API token, or a reseller's own for a caller limited to one" })
  async apiTokens(@Ctx() ctx: Context) {
    const tokens = await ctx.db.getRepository(ApiToken).find({ where: inCallerScope(ctx), order: { createdAt: 'DESC' }, relations: { role: true, reseller: true } });
    return tokens.map((t) => ({ ...t, role: t.role!.name, reseller: t.reseller ?? null }));
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token; the secret is in the answer and never again' })
  async createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    const { token, apiToken } = await createApiToken(ctx, input);
    return { token, apiToken: await withNames(ctx, apiToken) };
  }

  @Mutation(() => ApiTokenInfo)
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return withNames(ctx, await revokeApiToken(ctx, id));
  }

  @Mutation(() => Role)
  createRole(@Arg('input', () => CreateRoleInput) input: CreateRoleInput, @Ctx() ctx: Context) {
    return createRole(ctx, input);
  }

  @Mutation(() => Role)
  grantPermission(@Arg('role', () => String) role: string, @Arg('permission', () => String) permission: string, @Ctx() ctx: Context) {
    return changeRolePermission(ctx, role, permission, true);
  }

  @Mutation(() => Role)
  revokePermission(@Arg('role', () => String) role: string, @Arg('permission', () => String) permission: string, @Ctx() ctx: Context) {
    return changeRolePermission(ctx, role, permission, false);
  }
}
