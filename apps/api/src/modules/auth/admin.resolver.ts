import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Reseller } from '../resellers/reseller.entity';
import { ApiToken } from './api-token.entity';
import {
  assignRole,
  changeRolePermission,
  createApiToken,
  createRole,
  createStaffUser,
  revokeApiToken,
} from './auth.service';
import {
  ApiTokenInfo,
  CreateApiTokenInput,
  CreatedApiToken,
  CreateRoleInput,
  CreateStaffUserInput,
  StaffUserInfo,
} from './auth.types';
import { Role } from './role.entity';
import { StaffUser } from './staff-user.entity';

/** Roles, users and API tokens: everything here needs admin:roles. */
@Resolver()
export class AdminResolver {
  /** A token or user as the API shows it: with its role's name and its reseller. */
  private async withNames<T extends { roleId: string; resellerId: string | null }>(ctx: Context, row: T) {
    const role = await ctx.db.getRepository(Role).findOneByOrFail({ id: row.roleId });
    const reseller = row.resellerId ? await ctx.loaders.resellerById.load(row.resellerId) : null;
    return { ...row, role: role.name, reseller };
  }

  @Query(() => [Role])
  roles(@Ctx() ctx: Context) {
    return ctx.db.getRepository(Role).find({ order: { name: 'ASC' } });
  }

  @Query(() => [Reseller])
  resellers(@Ctx() ctx: Context) {
    return ctx.db.getRepository(Reseller).find({ order: { name: 'ASC' } });
  }

  @Query(() => [StaffUserInfo])
  async staffUsers(@Ctx() ctx: Context) {
    const users = await ctx.db.getRepository(StaffUser).find({ order: { email: 'ASC' }, relations: { role: true, reseller: true } });
    return users.map((u) => ({ ...u, role: u.role!.name, reseller: u.reseller ?? null }));
  }

  @Query(() => [ApiTokenInfo])
  async apiTokens(@Ctx() ctx: Context) {
    const tokens = await ctx.db.getRepository(ApiToken).find({ order: { createdAt: 'DESC' }, relations: { role: true, reseller: true } });
    return tokens.map((t) => ({ ...t, role: t.role!.name, reseller: t.reseller ?? null }));
  }

  @Mutation(() => CreatedApiToken, { description: 'Creates an API token; the secret is in the answer and never again' })
  async createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    const { token, apiToken } = await createApiToken(ctx, input);
    return { token, apiToken: await this.withNames(ctx, apiToken) };
  }

  @Mutation(() => ApiTokenInfo)
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.withNames(ctx, await revokeApiToken(ctx, id));
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

  @Mutation(() => StaffUserInfo, { description: "Changes a user's role" })
  async assignRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => String) role: string, @Ctx() ctx: Context) {
    return this.withNames(ctx, await assignRole(ctx, userId, role));
  }

  @Mutation(() => StaffUserInfo)
  async createStaffUser(@Arg('input', () => CreateStaffUserInput) input: CreateStaffUserInput, @Ctx() ctx: Context) {
    return this.withNames(ctx, await createStaffUser(ctx, input));
  }
}
