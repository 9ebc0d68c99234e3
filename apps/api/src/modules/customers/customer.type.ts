import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CustomerStatus, CustomerType } from './customer.enums';
import { PostalAddress } from './postal-address';

/**
 * The root of the profile. Widget fields are nullable on purpose: a widget that fails (or is
 * refused) becomes null with its own error, and the rest of the profile still loads.
 * each widget is a field of Customer, added by its module's
 * resolver and guarded by the widget's read permission. The root object is the
 * customer row (CustomerEntity).
 */
@ObjectType({ description: 'A customer; each profile widget is a field guarded by its permission' })
export class Customer {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  accountNumber: string;

  @Field(() => String)
  name: string;

  @Field(() => CustomerStatus)
  status: CustomerStatus;
}

@ObjectType()
export class Money {
  @Field(() => Int, { description: 'Minor units (cents)' })
  cents: number;

  @Field(() => String, { description: 'ISO 4217 code' })
  currency: string;
}

@ObjectType({ description: 'A staff member, as shown on a customer (account manager)' })
export class StaffRef {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

/** Widget 1: the account's own details (seed 000 §3.1, seed 004 field reference). */
@ObjectType()
export class AccountDetails {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  companyName: string | null;

  @Field(() => String)
  accountNumber: string;

  @Field(() => CustomerStatus)
  status: CustomerStatus;

  @Field(() => CustomerType)
  customerType: CustomerType;

  @Field(() => String, { nullable: true })
  customerGroup: string | null;

  @Field(() => [String], { description: 'Bills are sent to every address' })
  emails: string[];

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  mobile: string | null;

  @Field(() => String, { nullable: true })
  vatNumber: string | null;

  @Field(() => PostalAddress)
  physicalAddress: PostalAddress;

  @Field(() => PostalAddress)
  postalAddress: PostalAddress;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => Date)
  joinedAt: Date;

  @Field(() => Int, { description: 'Send back as expectedVersion when updating' })
  version: number;

  // accountManager and reseller are resolved through loaders (customer.resolver.ts).
  accountManagerId: string | null;
  resellerId: string | null;
}
