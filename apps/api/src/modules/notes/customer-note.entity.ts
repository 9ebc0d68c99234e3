import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CustomerOwned } from '../customers';

export enum NoteCategory {
  ACCOUNT = 'account',
  BILLING = 'billing',
  OTHER = 'other',
}
registerEnumType(NoteCategory, { name: 'NoteCategory' });

/** An internal note, hidden from the customer (seed 000 §3.14); a pop-up note alerts on open. */
@ObjectType()
@Entity('customer_note')
@Index('customer_note_recent', ['customerId', 'createdAt'])
@Index('customer_note_popup', ['customerId'], { where: '"popup"' })
export class CustomerNote extends CustomerOwned() {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => NoteCategory)
  @Column({ type: 'enum', enum: NoteCategory, enumName: 'note_category', default: NoteCategory.OTHER })
  category: NoteCategory;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  popup: boolean;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  /** The author's name when the note was written (seed: "your name is added automatically"). */
  @Field(() => String)
  @Column({ name: 'author_name', type: 'text' })
  authorName: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set when the author corrected the text (the old text is in the audit trail). */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}
