import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kernel/context';
import { checkPageSize } from '../../kernel/pagination';
import { ActorKind } from '../../kernel/request-context';
import type { CustomerEntity } from '../customers';
import { Customer } from '../customers';
import { CustomerNote } from './customer-note.entity';
import { AddNoteInput, EditNoteInput } from './note.inputs';
import { addNote, dismissPopupNote, editNote, removeNote, setNotePopup } from './note.service';

@Resolver(() => Customer)
export class NoteResolver {
  @FieldResolver(() => [CustomerNote], { nullable: true, description: 'Widget notes: internal notes, newest first (seed 000 §3.14)' })
  notes(@Root() customer: CustomerEntity, @Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20 }) first: number) {
    return ctx.loaders.notes.latest.load(`${customer.id}:${checkPageSize(first)}`);
  }

  @FieldResolver(() => [CustomerNote], {
    nullable: true,
    description: 'Notes flagged to pop up when the profile opens, minus those you dismissed (dismissPopupNote)',
  })
  popupNotes(@Root() customer: CustomerEntity, @Ctx() ctx: Context) {
    const viewer = ctx.actor?.kind === ActorKind.STAFF ? ctx.actor.id : '';
    return ctx.loaders.notes.popups.load(`${customer.id}:${viewer}`);
  }

  @Mutation(() => CustomerNote)
  addNote(@Arg('input', () => AddNoteInput) input: AddNoteInput, @Ctx() ctx: Context) {
    return addNote(ctx, input);
  }

  @Mutation(() => CustomerNote, { description: "Flag or unflag a note as a pop-up; unflagging someone else's needs notes:moderate" })
  setNotePopup(@Arg('id', () => ID) id: string, @Arg('popup', () => Boolean) popup: boolean, @Ctx() ctx: Context) {
    return setNotePopup(ctx, id, popup);
  }

  @Mutation(() => CustomerNote, { description: 'Corrects your own note within NOTE_EDIT_WINDOW_MINUTES (15) of writing it' })
  editNote(@Arg('input', () => EditNoteInput) input: EditNoteInput, @Ctx() ctx: Context) {
    return editNote(ctx, input);
  }

  @Mutation(() => ID, { description: 'Deletes a note (notes:moderate); the audit trail keeps its text. Returns its id' })
  removeNote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return removeNote(ctx, id);
  }

  @Mutation(() => CustomerNote, { description: 'Stops a pop-up note alerting you (only you) on this profile' })
  dismissPopupNote(@Arg('noteId', () => ID) noteId: string, @Ctx() ctx: Context) {
    return dismissPopupNote(ctx, noteId);
  }
}

@Resolver(() => CustomerNote)
export class NoteFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'You wrote this note (you may edit it for a while, and stop its pop-up)' })
  writtenByMe(@Root() note: CustomerNote, @Ctx() ctx: Context): boolean {
    return note.authorId !== null && note.authorId === ctx.actor?.id;
  }
}
