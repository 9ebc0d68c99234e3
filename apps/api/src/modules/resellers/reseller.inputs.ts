import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateResellerInput {
  @Field(() => String, { description: 'Trading name, e.g. "Karoo Wireless"; unique' })
  @Length(2, 120)
  name: string;
}
