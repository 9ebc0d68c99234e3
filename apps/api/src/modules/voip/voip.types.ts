import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CallClass } from './call-class';
import { ClassMarkup } from './markups';

@ObjectType({ description: 'Calls of one call class in one month (YYYY-MM) or year (YYYY)' })
export class PhoneUsageRow {
  @Field(() => String)
  period: string;

  @Field(() => CallClass)
  callClass: CallClass;

  @Field(() => Int)
  calls: number;

  @Field(() => Int, { description: 'Billed seconds (each call rounded up to its billing increment)' })
  billedSeconds: number;

  @Field(() => Float, { description: 'Billed minutes, two decimals' })
  minutes: number;

  @Field(() => Int, { description: 'What the calls cost the customer, in cents' })
  costCents: number;
}

@ObjectType({ description: 'Widget phoneUsage: rated calls from the monthly rollups' })
export class PhoneUsage {
  @Field(() => Int, { description: 'The year `months` covers' })
  year: number;

  @Field(() => [PhoneUsageRow], { description: 'Per month of `year` and call class' })
  months: PhoneUsageRow[];

  @Field(() => [PhoneUsageRow], { description: 'Per year (every year with calls) and call class' })
  years: PhoneUsageRow[];
}

@ObjectType({ description: "A customer's call rating defaults (seed 004): inherited by lines without their own" })
export class VoipRating {
  @Field(() => ID, { nullable: true })
  defaultTariffId: string | null;

  @Field(() => String, { nullable: true })
  defaultTariffName: string | null;

  @Field(() => [ClassMarkup])
  classMarkups: ClassMarkup[];

  @Field(() => Float, { nullable: true })
  fallbackMarkupPercent: number | null;

  @Field(() => Int, { description: '0 until first saved' })
  version: number;
}
