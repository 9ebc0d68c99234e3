import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NoteCategory } from './customer-note.entity';

@InputType()
export class AddNoteInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => String)
  @Length(1, 4000)
  body: string;

  @Field(() => NoteCategory)
  category: NoteCategory;

  @Field(() => Boolean, { nullable: true, description: 'Show as a red pop-up when the profile opens' })
  popup?: boolean;
}
