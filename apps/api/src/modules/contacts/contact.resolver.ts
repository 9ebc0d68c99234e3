import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import type { CustomerEntity } from '../customers/customer.entity';
import { Customer } from '../customers/customer.type';
import { Contact } from './contact.entity';
import { AddContactInput, UpdateContactInput } from './contact.inputs';
import { addContact, removeContact, updateContact } from './contact.service';

@Resolver(() => Customer)
export class ContactResolver {
  @FieldResolver(() => [Contact], { nullable: true, description: 'Contact persons, primary first (part of accountDetails)' })
  contacts(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.contactsByCustomer.load(customer.id);
  }

  @Mutation(() => Contact)
  addContact(@Arg('input', () => AddContactInput) input: AddContactInput, @Ctx() ctx: Context) {
    return addContact(ctx, input);
  }

  @Mutation(() => Contact, { description: 'CONFLICT when expectedVersion is stale' })
  updateContact(@Arg('input', () => UpdateContactInput) input: UpdateContactInput, @Ctx() ctx: Context) {
    return updateContact(ctx, input);
  }

  @Mutation(() => ID, { description: 'Removes a contact; returns its id' })
  removeContact(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return removeContact(ctx, id);
  }
}
