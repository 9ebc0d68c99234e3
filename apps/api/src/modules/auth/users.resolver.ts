import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { toUserInfo, userInfo } from './admin-views';
import { inCallerScope } from './no-escalation';
import { describePasswordLink, setPasswordWithLink } from './password-links';
import { StaffUser } from './staff-user.entity';
import { assignRole, createStaffUser, deactivateUser, reactivateUser, resetPassword } from './users.service';
import {
  CreateStaffUserInput,
  PasswordLinkDetails,
  ResetPasswordInput,
  SetPasswordWithLinkInput,
  StaffUserInfo,
  UserWithPasswordLink,
} from './users.types';

/** Staff and reseller users (admin:roles), and the public page that uses a password link. */
@Resolver()
export class UsersResolver {
  @Query(() => [StaffUserInfo], { description: "Every user, or a reseller's own for a caller limited to one" })
  async staffUsers(@Ctx() ctx: Context) {
    const users = await ctx.db.getRepository(StaffUser).find({ where: inCallerScope(ctx), order: { email: 'ASC' }, relations: { role: true, reseller: true } });
    return users.map(toUserInfo);
  }

  @Mutation(() => UserWithPasswordLink, { description: 'Adds a user, with a password or a one-time invite link' })
  async createStaffUser(@Arg('input', () => CreateStaffUserInput) input: CreateStaffUserInput, @Ctx() ctx: Context) {
    const { user, link } = await createStaffUser(ctx, input);
    return { user: await userInfo(ctx, user), link };
  }

  @Mutation(() => StaffUserInfo, { description: "Changes a user's role (effective on their next request)" })
  async assignRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => String) role: string, @Ctx() ctx: Context) {
    return userInfo(ctx, await assignRole(ctx, userId, role));
  }

  @Mutation(() => StaffUserInfo, { description: 'The user can no longer sign in; their sessions end now' })
  async deactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return userInfo(ctx, await deactivateUser(ctx, id));
  }

  @Mutation(() => StaffUserInfo)
  async reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return userInfo(ctx, await reactivateUser(ctx, id));
  }

  @Mutation(() => UserWithPasswordLink, { description: 'Sets a new password or issues a one-time reset link; their sessions end now' })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context) {
    const { user, link } = await resetPassword(ctx, input);
    return { user: await userInfo(ctx, user), link };
  }

  @Query(() => PasswordLinkDetails, { description: 'Who an invite or reset link is for; an error if it cannot be used' })
  passwordLink(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    return describePasswordLink(ctx, token);
  }

  @Mutation(() => Boolean, { description: 'Chooses a password with a one-time link; then sign in with it' })
  setPasswordWithLink(@Arg('input', () => SetPasswordWithLinkInput) input: SetPasswordWithLinkInput, @Ctx() ctx: Context) {
    return setPasswordWithLink(ctx, input.token, input.password);
  }
}
