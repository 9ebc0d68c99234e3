import { LIMITS } from '@sightline/access';
import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Text } from '../../kernel/validators';
import { NoteCategory } from './customer-note.entity';

@InputType()
export class AddNoteInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => String)
  @Text(LIMITS.note.body, { label: 'Note' })
  body: string;

  @Field(() => NoteCategory)
  category: NoteCategory;

  @Field(() => Boolean, { nullable: true, description: 'Show as a red pop-up when the profile opens' })
  popup?: boolean;
}

@InputType({ description: "Corrects a note: only its author, within NOTE_EDIT_WINDOW_MINUTES of writing it" })
export class EditNoteInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String)
  @Text(LIMITS.note.body, { label: 'Note' })
  body: string;

  @Field(() => NoteCategory, { nullable: true })
  category?: NoteCategory;
}
