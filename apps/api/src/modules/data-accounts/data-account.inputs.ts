import { IsInt, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Between, IfSent, Pattern, Text } from '../../kernel/validators';

/** Limits of the data-account inputs (the web card uses the same numbers). */
export const ACCOUNT_LIMITS = {
  username: 64,
  password: { min: 8, max: 64 },
  notes: 1000,
  reason: 500,
  priceCents: { min: 0, max: 100_000_000 },
} as const;

/** A RADIUS User-Name as NASes and routers accept it: 3–64 of a-z 0-9 . _ @ - (stored lower case). */
export const USERNAME = /^[a-z0-9][a-z0-9._@-]{2,63}$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_RULE = 'a date as YYYY-MM-DD';

@InputType()
export class AddDataAccountInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => String, { description: 'RADIUS username; stored lower case, unique (CONFLICT when taken)' })
  @Text(ACCOUNT_LIMITS.username, { label: 'Username' })
  username: string;

  @Field(() => String, { nullable: true, description: 'Omit to generate one; a generated password is returned once' })
  @IfSent()
  @Text(ACCOUNT_LIMITS.password.max, { min: ACCOUNT_LIMITS.password.min, label: 'Password' })
  password?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a package' })
  packageId: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today' })
  @IfSent()
  @Pattern(ISO_DATE, DATE_RULE, 'Start date')
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Static IPv4 address, unique (CONFLICT when taken)' })
  @IfSent()
  @Text(15, { label: 'Static IP' })
  staticIp?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the customer's addresses (the installation site)" })
  @IfSent()
  @IsUUID('all', { message: 'Choose one of the customer’s addresses' })
  addressId?: string | null;

  @Field(() => String, { nullable: true })
  @IfSent()
  @Text(ACCOUNT_LIMITS.notes, { min: 0 })
  notes?: string | null;

  @Field(() => Int, { nullable: true, description: "Monthly price in cents instead of the package's" })
  @IfSent()
  @IsInt()
  @Between(ACCOUNT_LIMITS.priceCents, 'Custom price')
  customPriceCents?: number | null;
}

@InputType({ description: 'Changes the details of a data account; null clears a field, omitted leaves it' })
export class UpdateDataAccountInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IfSent()
  @Text(15, { label: 'Static IP' })
  staticIp?: string | null;

  @Field(() => ID, { nullable: true })
  @IfSent()
  @IsUUID('all', { message: 'Choose one of the customer’s addresses' })
  addressId?: string | null;

  @Field(() => String, { nullable: true })
  @IfSent()
  @Text(ACCOUNT_LIMITS.notes, { min: 0 })
  notes?: string | null;

  @Field(() => Int, { nullable: true })
  @IfSent()
  @IsInt()
  @Between(ACCOUNT_LIMITS.priceCents, 'Custom price')
  customPriceCents?: number | null;
}

@InputType()
export class SchedulePackageChangeInput {
  @Field(() => ID)
  @IsUUID()
  dataAccountId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a package' })
  toPackageId: string;

  @Field(() => String, { description: 'YYYY-MM-DD, today or later (UTC)' })
  @Pattern(ISO_DATE, DATE_RULE, 'Effective date')
  effectiveDate: string;
}
