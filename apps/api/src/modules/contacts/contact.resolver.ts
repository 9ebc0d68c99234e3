import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import type { CustomerEntity } from '../customers';
import { Customer } from '../customers';
import { Contact } from './contact.entity';
import { AddContactInput, UpdateContactInput } from './contact.inputs';
import { addContact, removeContact, updateContact } from './contact.service';

@Resolver(() => Customer)
export class ContactResolver {
  @FieldResolver(() => [Contact], { nullable: true, description: 'Contact persons, primary first (part of accountDetails)' })
  contacts(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.contacts.byCustomer.load(customer.id);
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
