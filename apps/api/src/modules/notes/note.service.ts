import { inTransaction } from '../../kernel/transaction';
import { NOTE_EDIT_WINDOW_MINUTES } from '@sightline/access';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../kernel/request-context';
import { forbidden } from '../../kernel/errors';
import { ActorKind } from '../../kernel/request-context';
import { audit } from '../../kernel/audit';
import { addRecord, findRecordInScope, removeRecord, writeChanges, type RecordKind } from '../customers';
import { CustomerNote } from './customer-note.entity';
import type { AddNoteInput, EditNoteInput } from './note.inputs';
import { PopupNoteDismissal } from './popup-note-dismissal.entity';

const notes: RecordKind<CustomerNote> = { entity: CustomerNote, table: 'customer_note', label: 'Note', auditName: 'note' };

const isAuthor = (ctx: RequestContext, note: CustomerNote) => note.authorId !== null && note.authorId === ctx.actor?.id;

/** Notes are signed with the author's name and time. */
export const addNote = (ctx: RequestContext, { customerId, ...values }: AddNoteInput) =>
  addRecord(ctx, notes, customerId, {
    ...values,
    popup: values.popup ?? false,
    authorId: ctx.actor?.id ?? null,
    authorName: ctx.actor?.name ?? 'system',
  });

/** One change to one note, in a transaction with its audit rows, on the note locked in scope. */
function changeNote(
  ctx: RequestContext,
  id: string,
  fields: Partial<CustomerNote>,
  opts: { action: string; check: (note: CustomerNote) => void; stamp?: Record<string, unknown>; after?: (em: EntityManager) => Promise<void> },
): Promise<CustomerNote> {
  return inTransaction(ctx.db, async (em) => {
    const current = await findRecordInScope(ctx, em, notes, id);
    opts.check(current);
    const target = { ...notes, id, customerId: current.customerId };
    const changed = await writeChanges(ctx, em, target, current, undefined, fields, { action: opts.action, stamp: opts.stamp });
    if (changed) await opts.after?.(em);
    return changed ? em.getRepository(CustomerNote).findOneByOrFail({ id }) : current;
  });
}

/**
 * Anyone who writes notes may flag one as a pop-up. Stopping it is for its author, or for
 * holders of notes:moderate (so one agent cannot silence a colleague's warning). Flagging a
 * note again alerts everyone again, including those who had dismissed it.
 */
export const setNotePopup = (ctx: RequestContext, id: string, popup: boolean) =>
  changeNote(ctx, id, { popup }, {
    action: 'note.popup',
    check(note) {
      if (!popup && note.popup && !isAuthor(ctx, note) && !ctx.permissions.has('notes:moderate')) {
        throw forbidden("Only the note's author or a moderator can stop someone else's pop-up");
      }
    },
    after: async (em) => {
      if (popup) await em.delete(PopupNoteDismissal, { noteId: id });
    },
  });

/** The author corrects a note shortly after writing it; the audit trail keeps the old text. */
export const editNote = (ctx: RequestContext, { id, body, category }: EditNoteInput) =>
  changeNote(ctx, id, { body, category }, {
    action: 'note.edit',
    stamp: { editedAt: () => 'now()' },
    check(note) {
      if (!isAuthor(ctx, note)) throw forbidden('Only the author can edit a note; add a new note instead');
      if (Date.now() - note.createdAt.getTime() > NOTE_EDIT_WINDOW_MINUTES * 60_000) {
        throw forbidden(`A note can be edited for ${NOTE_EDIT_WINDOW_MINUTES} minutes after it is written; add a new note instead`);
      }
    },
  });

/** Moderators delete a note; its whole text stays in the audit row. */
export const removeNote = (ctx: RequestContext, id: string) => removeRecord(ctx, notes, id);

/**
 * The signed-in person has read a pop-up and is not alerted by it again. Per person (an API
 * token has no pop-ups to dismiss); repeating it changes nothing.
 */
export async function dismissPopupNote(ctx: RequestContext, noteId: string): Promise<CustomerNote> {
  if (ctx.actor?.kind !== ActorKind.STAFF) throw forbidden('Only a signed-in person can dismiss a pop-up');
  const userId = ctx.actor.id;
  return inTransaction(ctx.db, async (em) => {
    const note = await findRecordInScope(ctx, em, notes, noteId, { lock: false });
    const inserted: unknown[] = await em.query(
      'INSERT INTO popup_note_dismissal (user_id, note_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING note_id',
      [userId, noteId],
    );
    if (inserted.length > 0) {
      await audit(em, ctx, { customerId: note.customerId, action: 'note.dismiss', target: `customer_note:${noteId}` });
    }
    return note;
  });
}
