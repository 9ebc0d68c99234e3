import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { Reseller } from './reseller.entity';
import { CreateResellerInput } from './reseller.inputs';
import { createReseller } from './reseller.service';

/** Partner resellers; listing and creating them needs admin:roles. */
@Resolver(() => Reseller)
export class ResellerResolver {
  @Query(() => [Reseller], { description: 'Every reseller, by name (their ids scope users and API tokens)' })
  resellers(@Ctx() ctx: Context) {
    return ctx.db.getRepository(Reseller).find({ order: { name: 'ASC' } });
  }

  @Mutation(() => Reseller)
  createReseller(@Arg('input', () => CreateResellerInput) input: CreateResellerInput, @Ctx() ctx: Context) {
    return createReseller(ctx, input);
  }
}
