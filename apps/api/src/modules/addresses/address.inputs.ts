import { LIMITS } from '@sightline/access';
import { IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocatedInput } from '../../kernel/location.input';
import { IfSent, Text } from '../../kernel/validators';
import { PostalAddress } from '../customers';
import { AddressKind } from './customer-address.entity';

@InputType()
class AddressFieldsInput extends LocatedInput {
  @Field(() => String, { nullable: true, description: 'e.g. which services live at this address' })
  @IfSent()
  @Text(LIMITS.address.notes, { min: 0 })
  notes?: string | null;
}

@InputType()
export class AddAddressInput extends AddressFieldsInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => String)
  @Text(LIMITS.address.label)
  label: string;

  @Field(() => AddressKind)
  kind: AddressKind;

  @Field(() => PostalAddress)
  @ValidateNested()
  address: PostalAddress;
}

@InputType()
export class UpdateAddressInput extends AddressFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(LIMITS.address.label)
  label?: string;

  @Field(() => AddressKind, { nullable: true })
  kind?: AddressKind;

  @Field(() => PostalAddress, { nullable: true })
  @IsOptional()
  @ValidateNested()
  address?: PostalAddress;
}
