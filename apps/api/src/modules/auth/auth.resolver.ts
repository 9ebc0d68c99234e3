import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { unauthenticated } from '../../kernel/errors';
import { Reseller } from '../resellers';
import { LoginResult, Me } from './auth.types';
import { login, logout, meOf } from './auth.service';

@Resolver(() => Me)
export class AuthResolver {
  @Query(() => Me, { description: 'Who you are, your role, permissions and reseller' })
  me(@Ctx() ctx: Context): Me {
    if (!ctx.actor) throw unauthenticated();
    return meOf(ctx.actor);
  }

  @Mutation(() => LoginResult, { description: 'Sign in; sets the session cookie and returns the token for Bearer use' })
  login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context) {
    return login(ctx, email, password);
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session and clears the cookie; false (nothing done) for an API token, which only revokeApiToken ends' })
  logout(@Ctx() ctx: Context) {
    return logout(ctx);
  }

  @FieldResolver(() => Reseller, { nullable: true })
  reseller(@Root() me: Me, @Ctx() ctx: Context) {
    return me.resellerId ? ctx.loaders.resellers.byId.load(me.resellerId) : null;
  }
}

