import { IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IfSent, IsEmailAddress, IsPhone } from '../../graphql/validators';

@InputType()
class ContactFieldsInput {
  @Field(() => String, { nullable: true })
  @IfSent()
  @Length(1, 80)
  role?: string | null;

  @Field(() => String, { nullable: true })
  @IfSent()
  @IsPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IfSent()
  @IsEmailAddress()
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Make this the primary contact (the previous one stops being primary)' })
  isPrimary?: boolean;
}

@InputType()
export class AddContactInput extends ContactFieldsInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => String)
  @Length(1, 120)
  name: string;
}

@InputType()
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;
}
