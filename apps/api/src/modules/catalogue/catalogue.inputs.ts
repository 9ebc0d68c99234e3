import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Between, IfSent, Pattern, Text } from '../../kernel/validators';
import { VatTreatment } from './data-package.entity';

/** Limits of the catalogue's inputs (the web form uses the same numbers). */
export const PACKAGE_LIMITS = {
  name: 80,
  /** kbit/s: 64 kbit/s to 100 Gbit/s. */
  speedKbps: { min: 64, max: 100_000_000 },
  /** Bytes: 1 MB to 1 PB a month. */
  capBytes: { min: 1_000_000, max: 1e15 },
  priceCents: { min: 0, max: 100_000_000 },
} as const;

@InputType()
export class CreateDataPackageInput {
  @Field(() => String)
  @Text(PACKAGE_LIMITS.name)
  name: string;

  @Field(() => Int)
  @IsInt()
  @Between(PACKAGE_LIMITS.speedKbps, 'Download speed')
  downloadKbps: number;

  @Field(() => Int)
  @IsInt()
  @Between(PACKAGE_LIMITS.speedKbps, 'Upload speed')
  uploadKbps: number;

  @Field(() => Float, { nullable: true, description: 'Bytes a month; null or omitted = uncapped' })
  @IfSent()
  @IsInt({ message: 'Data cap must be a whole number of bytes' })
  @Between(PACKAGE_LIMITS.capBytes, 'Data cap')
  dataCapBytes?: number | null;

  @Field(() => Int)
  @IsInt()
  @Between(PACKAGE_LIMITS.priceCents, 'Monthly price')
  monthlyPriceCents: number;

  @Field(() => String, { nullable: true, defaultValue: 'ZAR', description: 'ISO 4217 code of its prices (fixed once created)' })
  @IfSent()
  @Pattern(/^[A-Z]{3}$/, 'a three-letter ISO 4217 code such as ZAR or GBP', 'Currency')
  currency?: string | null;

  @Field(() => VatTreatment, { nullable: true, defaultValue: VatTreatment.STANDARD })
  vatTreatment?: VatTreatment;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  active?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  overageBilled?: boolean;

  @Field(() => Int, { nullable: true })
  @IfSent()
  @IsInt()
  @Between(PACKAGE_LIMITS.priceCents, 'Overage price per GB')
  overageCentsPerGb?: number | null;
}

@InputType()
export class UpdateDataPackageInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(PACKAGE_LIMITS.name)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Between(PACKAGE_LIMITS.speedKbps, 'Download speed')
  downloadKbps?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Between(PACKAGE_LIMITS.speedKbps, 'Upload speed')
  uploadKbps?: number;

  @Field(() => Float, { nullable: true, description: 'null = uncapped; omitted = unchanged' })
  @IfSent()
  @IsInt({ message: 'Data cap must be a whole number of bytes' })
  @Between(PACKAGE_LIMITS.capBytes, 'Data cap')
  dataCapBytes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Between(PACKAGE_LIMITS.priceCents, 'Monthly price')
  monthlyPriceCents?: number;

  @Field(() => VatTreatment, { nullable: true })
  vatTreatment?: VatTreatment;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;

  @Field(() => Boolean, { nullable: true })
  overageBilled?: boolean;

  @Field(() => Int, { nullable: true })
  @IfSent()
  @IsInt()
  @Between(PACKAGE_LIMITS.priceCents, 'Overage price per GB')
  overageCentsPerGb?: number | null;
}
