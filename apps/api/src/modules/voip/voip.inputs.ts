import { ArrayMaxSize, IsInt, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Between, IfSent, Text } from '../../kernel/validators';
import { CallClass } from './call-class';
import { ClassMarkup } from './markups';
import { VoipLineType } from './voip-line.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const IsDay = () => Matches(DATE, { message: ({ property }) => `${property === 'endDate' ? 'End date' : 'Start date'} must be a date like 2026-03-01` });
const Cents = (label: string) => Between({ min: 0, max: 100_000_000 }, label);
export const MARKUP_RANGE = { min: -100, max: 1000 };

@InputType()
export class AddVoipLineInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => String, { description: 'The number, E.164 (+27215550123) or national as the customer would write it (021 555 0123)' })
  @Text(30, { label: 'Number' })
  number: string;

  @Field(() => VoipLineType)
  lineType: VoipLineType;

  @Field(() => String, { nullable: true })
  @IfSent()
  @Text(80, { min: 0, label: 'Label' })
  label?: string | null;

  @Field(() => Int, { description: 'Monthly line rental in cents' })
  @IsInt()
  @Cents('Monthly charge')
  monthlyChargeCents: number;

  @Field(() => String, { nullable: true, description: 'First day of service (YYYY-MM-DD); today when left out' })
  @IfSent()
  @IsDay()
  startDate?: string | null;

  @Field(() => ID, { nullable: true, description: "The line's tariff; left out: the customer's default tariff applies" })
  @IfSent()
  @IsUUID('all', { message: 'Tariff not found' })
  tariffId?: string | null;
}

@InputType()
export class UpdateVoipLineInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IfSent()
  @Text(80, { min: 0, label: 'Label' })
  label?: string | null;

  @Field(() => Int, { nullable: true })
  @IfSent()
  @IsInt()
  @Cents('Monthly charge')
  monthlyChargeCents?: number;

  @Field(() => ID, { nullable: true, description: 'null: use the customer default tariff' })
  @IfSent()
  @IsUUID('all', { message: 'Tariff not found' })
  tariffId?: string | null;
}

@InputType()
export class ExpireVoipLineInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true, description: 'Last day of service (YYYY-MM-DD); today when left out' })
  @IfSent()
  @IsDay()
  endDate?: string | null;

  @Field(() => String)
  @Text(500, { label: 'Reason' })
  reason: string;
}

@InputType({ description: 'Rating terms for one call class' })
export class TariffRateInput {
  @Field(() => CallClass)
  callClass: CallClass;

  @Field(() => Int, { nullable: true, description: 'Cents per minute; null: no rate (the markups price the call)' })
  @IfSent()
  @IsInt()
  @Cents('Rate per minute')
  ratePerMinuteCents?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 60 })
  @IsInt()
  @Between({ min: 1, max: 3600 }, 'Billing increment')
  billingIncrementSeconds: number;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsInt()
  @Cents('Minimum charge')
  minimumChargeCents: number;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsInt()
  @Cents('Connection fee')
  connectionFeeCents: number;

  @Field(() => Float, { nullable: true, description: 'Percent on the cost base when there is no rate' })
  @IfSent()
  @Between(MARKUP_RANGE, 'Markup')
  markupPercent?: number | null;
}

@InputType()
export class VoipTariffInput {
  @Field(() => String)
  @Text(80, { label: 'Name' })
  name: string;

  @Field(() => String, { nullable: true })
  @IfSent()
  @Text(500, { min: 0, label: 'Description' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  active: boolean;

  @Field(() => Float, { nullable: true })
  @IfSent()
  @Between(MARKUP_RANGE, 'Fallback markup')
  fallbackMarkupPercent?: number | null;

  @Field(() => [TariffRateInput], { description: 'One entry per call class priced; classes left out have no rate and no markup' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(6)
  rates: TariffRateInput[];
}

@InputType()
export class UpdateVoipTariffInput extends VoipTariffInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Tariff not found' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: "A customer's call rating defaults (seed 004): replaces what was set" })
export class VoipCustomerRatingInput {
  @Field(() => ID)
  @IsUUID()
  customerId: string;

  @Field(() => ID, { nullable: true, description: 'Inherited by every line without its own tariff' })
  @IfSent()
  @IsUUID('all', { message: 'Tariff not found' })
  defaultTariffId?: string | null;

  @Field(() => [ClassMarkup], { defaultValue: [] })
  @ArrayMaxSize(6)
  classMarkups: ClassMarkup[];

  @Field(() => Float, { nullable: true })
  @IfSent()
  @Between(MARKUP_RANGE, 'Fallback markup')
  fallbackMarkupPercent?: number | null;
}

