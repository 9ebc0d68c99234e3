import {
  ArrayMaxSize,
  IsInt,
    IsOptional,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocatedInput } from '../../graphql/location.input';
import { IfSent, IsEmailAddress, IsPhone } from '../../graphql/validators';
import { CustomerStatus, CustomerType } from './customer.enums';
import { PostalAddress } from './postal-address';

/** Fields shared by create and update; every one optional on update. */
@InputType()
class AccountFieldsInput extends LocatedInput {
  @Field(() => String, { nullable: true })
  @IfSent()
  @Length(1, 200)
  companyName?: string | null;

  @Field(() => CustomerType, { nullable: true })
  customerType?: CustomerType;

  @Field(() => String, { nullable: true })
  @IfSent()
  @Length(1, 60)
  customerGroup?: string | null;

  @Field(() => [String], { nullable: true, description: 'Bills go to every address (at most 10)' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEmailAddress({ each: true })
  emails?: string[];

  @Field(() => String, { nullable: true })
  @IfSent()
  @IsPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IfSent()
  @IsPhone()
  mobile?: string | null;

  @Field(() => String, { nullable: true })
  @IfSent()
  @Matches(/^[A-Za-z0-9 -]{4,30}$/, { message: 'must be 4-30 letters, digits, spaces or dashes' })
  vatNumber?: string | null;

  @Field(() => PostalAddress, { nullable: true })
  @IsOptional()
  @ValidateNested()
  physicalAddress?: PostalAddress;

  @Field(() => PostalAddress, { nullable: true })
  @IsOptional()
  @ValidateNested()
  postalAddress?: PostalAddress;

  @Field(() => ID, { nullable: true })
  @IfSent()
  @IsUUID()
  accountManagerId?: string | null;
}

@InputType()
export class CreateCustomerInput extends AccountFieldsInput {
  @Field(() => String)
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Override the generated account number (must be unique)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{3,30}$/, { message: 'must be 3-30 letters, digits or dashes' })
  accountNumber?: string;

  @Field(() => CustomerStatus, { nullable: true })
  status?: CustomerStatus;

  @Field(() => ID, { nullable: true, description: 'Assign to a reseller (ignored for reseller callers: always their own)' })
  @IsOptional()
  @IsUUID()
  resellerId?: string;
}

@InputType()
export class UpdateAccountDetailsInput extends AccountFieldsInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => Int, { description: 'The version you read; a newer version on the server is CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Override the account number (must be unique)' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{3,30}$/, { message: 'must be 3-30 letters, digits or dashes' })
  accountNumber?: string;
}

@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Account number, name, company, email or phone number' })
  @IsOptional()
  @Length(1, 100)
  search?: string;

  @Field(() => [CustomerStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: CustomerStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  resellerId?: string;
}
