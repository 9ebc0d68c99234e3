import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { checkPageSize } from '../../graphql/pagination';
import type { CustomerEntity } from '../customers/customer.entity';
import { Customer } from '../customers/customer.type';
import { CustomerNote } from './customer-note.entity';
import { AddNoteInput } from './note.inputs';
import { addNote, setNotePopup } from './note.service';

@Resolver(() => Customer)
export class NoteResolver {
  @FieldResolver(() => [CustomerNote], { nullable: true, description: 'Widget notes: internal notes, newest first (seed 000 §3.14)' })
  notes(@Root() customer: CustomerEntity, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return ctx.loaders.latestNotes.load(`${customer.id}:${checkPageSize(first)}`);
  }

  @FieldResolver(() => [CustomerNote], { nullable: true, description: 'Notes flagged to pop up when the profile opens' })
  popupNotes(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    return ctx.loaders.popupNotes.load(customer.id);
  }

  @Mutation(() => CustomerNote)
  addNote(@Arg('input', () => AddNoteInput) input: AddNoteInput, @Ctx() ctx: Context) {
    return addNote(ctx, input);
  }

  @Mutation(() => CustomerNote, { description: 'Flag or unflag a note as a pop-up' })
  setNotePopup(@Arg('id', () => ID) id: string, @Arg('popup', () => Boolean) popup: boolean, @Ctx() ctx: Context) {
    return setNotePopup(ctx, id, popup);
  }
}
