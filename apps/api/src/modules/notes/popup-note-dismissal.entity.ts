import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffUser } from '../auth';
import { CustomerNote } from './customer-note.entity';

/**
 * A staff user has read a pop-up note and asked not to be alerted by it again. Per user and
 * note, so colleagues still see it; flagging the note again clears these rows.
 */
@Entity('popup_note_dismissal')
@Index('popup_note_dismissal_note_idx', ['noteId'])
export class PopupNoteDismissal {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'note_id', type: 'uuid' })
  noteId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: StaffUser;

  @ManyToOne(() => CustomerNote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'note_id' })
  note?: CustomerNote;

  @CreateDateColumn({ name: 'dismissed_at', type: 'timestamptz' })
  dismissedAt: Date;
}
