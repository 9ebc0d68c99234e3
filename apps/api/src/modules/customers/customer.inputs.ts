import { LIMITS } from '@sightline/access';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocatedInput } from '../../kernel/location.input';
import { AtMost, IfSent, IsEmailAddress, IsPhone, Pattern, Text } from '../../kernel/validators';
import { CustomerStatus, CustomerType } from './customer.enums';
import { PostalAddress } from './postal-address';

const L = LIMITS.customer;
const ACCOUNT_NUMBER = new RegExp(`^[A-Za-z0-9-]{3,${L.accountNumber}}$`);
const ACCOUNT_NUMBER_RULE = `3 to ${L.accountNumber} letters, digits or dashes`;

/** Fields shared by create and update; every one optional on update. */
@InputType()
class AccountFieldsInput extends LocatedInput {
  @Field(() => String, { nullable: true })
  @IfSent()
  @Text(L.companyName, { label: 'Company' })
  companyName?: string | null;

  @Field(() => CustomerType, { nullable: true })
  customerType?: CustomerType;

  @Field(() => String, { nullable: true })
  @IfSent()
  @Text(L.customerGroup)
  customerGroup?: string | null;

  @Field(() => [String], { nullable: true, description: `Bills go to every address (at most ${L.emails})` })
  @IsOptional()
  @AtMost(L.emails, 'email addresses')
  @IsEmailAddress({ each: true, max: L.email, label: 'Email addresses' })
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
  @Pattern(new RegExp(`^[A-Za-z0-9 -]{4,${L.vatNumber}}$`), `4 to ${L.vatNumber} letters, digits, spaces or dashes`, 'VAT number')
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
  @Text(L.name)
  name: string;

  @Field(() => String, { nullable: true, description: 'Override the generated account number (must be unique)' })
  @IsOptional()
  @Pattern(ACCOUNT_NUMBER, ACCOUNT_NUMBER_RULE)
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
  @Text(L.name)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Override the account number (must be unique)' })
  @IsOptional()
  @Pattern(ACCOUNT_NUMBER, ACCOUNT_NUMBER_RULE)
  accountNumber?: string;
}

@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Account number, name, company, email or phone number' })
  @IsOptional()
  @Text(LIMITS.customerSearch, { label: 'Search' })
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
