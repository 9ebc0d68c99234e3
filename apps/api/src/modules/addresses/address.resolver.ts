import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import type { CustomerEntity } from '../customers';
import { Customer } from '../customers';
import { AddAddressInput, UpdateAddressInput } from './address.inputs';
import { addAddress, removeAddress, updateAddress } from './address.service';
import { CustomerAddress } from './customer-address.entity';

@Resolver(() => Customer)
export class AddressResolver {
  @FieldResolver(() => [CustomerAddress], { nullable: true, description: 'Widget addresses: additional addresses (seed 000 §3.19)' })
  addresses(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.addresses.byCustomer.load(customer.id);
  }

  @Mutation(() => CustomerAddress)
  addAddress(@Arg('input', () => AddAddressInput) input: AddAddressInput, @Ctx() ctx: Context) {
    return addAddress(ctx, input);
  }

  @Mutation(() => CustomerAddress, { description: 'CONFLICT when expectedVersion is stale' })
  updateAddress(@Arg('input', () => UpdateAddressInput) input: UpdateAddressInput, @Ctx() ctx: Context) {
    return updateAddress(ctx, input);
  }

  @Mutation(() => ID, { description: 'Removes an address; returns its id' })
  removeAddress(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return removeAddress(ctx, id);
  }
}
