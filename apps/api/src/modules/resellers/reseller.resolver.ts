import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { Reseller } from './reseller.entity';
import { CreateResellerInput } from './reseller.inputs';
import { createReseller } from './reseller.service';

/** Partner resellers; listing and creating them needs admin:roles. */
@Resolver(() => Reseller)
export class ResellerResolver {
  @Query(() => [Reseller], { description: "Every reseller, by name (their ids scope users and API tokens); a caller limited to one sees only it" })
  resellers(@Ctx() ctx: Context) {
    const where = ctx.scope.resellerId ? { id: ctx.scope.resellerId } : {};
    return ctx.db.getRepository(Reseller).find({ where, order: { name: 'ASC' } });
  }

  @Mutation(() => Reseller)
  createReseller(@Arg('input', () => CreateResellerInput) input: CreateResellerInput, @Ctx() ctx: Context) {
    return createReseller(ctx, input);
  }
}
