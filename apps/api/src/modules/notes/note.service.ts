import type { Context } from '../../graphql/context';
import { addRecord, updateRecord, type RecordKind } from '../customers/customer-records';
import { CustomerNote } from './customer-note.entity';
import type { AddNoteInput } from './note.inputs';

const notes: RecordKind<CustomerNote> = { entity: CustomerNote, table: 'customer_note', label: 'Note' };

/** Notes are signed with the author's name and time, and never edited afterwards. */
export const addNote = (ctx: Context, { customerId, ...values }: AddNoteInput) =>
  addRecord(ctx, notes, customerId, {
    ...values,
    popup: values.popup ?? false,
    authorId: ctx.actor?.id ?? null,
    authorName: ctx.actor?.name ?? 'system',
  });

export const setNotePopup = (ctx: Context, id: string, popup: boolean) =>
  updateRecord(ctx, notes, id, undefined, { popup }, 'customer_note.popup');
