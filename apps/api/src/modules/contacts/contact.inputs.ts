import { LIMITS } from '@sightline/access';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IfSent, IsEmailAddress, IsPhone, Text } from '../../kernel/validators';

const L = LIMITS.contact;

@InputType()
class ContactFieldsInput {
  @Field(() => String, { nullable: true })
  @IfSent()
  @Text(L.role)
  role?: string | null;

  @Field(() => String, { nullable: true })
  @IfSent()
  @IsPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IfSent()
  @IsEmailAddress({ max: L.email })
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
  @Text(L.name)
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
  @Text(L.name)
  name?: string;
}
