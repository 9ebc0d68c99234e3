import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { numberColumn } from '../../kernel/db/columns';

/** How VAT applies to a package's price (the billing run reads it). */
export enum VatTreatment {
  /** The customer's VAT rate is added to the price. */
  STANDARD = 'standard',
  ZERO_RATED = 'zero_rated',
  EXEMPT = 'exempt',
}
registerEnumType(VatTreatment, { name: 'VatTreatment' });

/**
 * A data package of the catalogue: speeds (kbit/s), a monthly cap in bytes (null = uncapped),
 * the monthly price in cents, and whether usage above the cap is billed per GB. Data accounts
 * refer to it; RADIUS reply attributes are derived from its speeds.
 */
@ObjectType({ description: 'A data package of the catalogue. Bytes are Float (exact up to 2^53), money Int cents' })
@Entity('data_package')
@Unique('data_package_name_key', ['name'])
@Check('data_package_speeds_check', 'download_kbps > 0 AND upload_kbps > 0')
@Check('data_package_overage_check', 'NOT overage_billed OR overage_cents_per_gb IS NOT NULL')
export class DataPackage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => Int, { description: 'Download speed, kbit/s' })
  @Column({ name: 'download_kbps', type: 'int' })
  downloadKbps: number;

  @Field(() => Int, { description: 'Upload speed, kbit/s' })
  @Column({ name: 'upload_kbps', type: 'int' })
  uploadKbps: number;

  @Field(() => Float, { nullable: true, description: 'Monthly data cap in bytes; null = uncapped' })
  @Column({ name: 'data_cap_bytes', type: 'bigint', nullable: true, transformer: numberColumn })
  dataCapBytes: number | null;

  /** Sold to customers billed in this currency only (a price in cents means nothing without it). */
  @Field(() => String, { description: 'ISO 4217 code of the prices; offered to customers billed in it' })
  @Column({ type: 'char', length: 3, default: 'ZAR' })
  currency: string;

  @Field(() => Int, { description: 'Monthly price in cents (before VAT when STANDARD)' })
  @Column({ name: 'monthly_price_cents', type: 'int' })
  monthlyPriceCents: number;

  @Field(() => VatTreatment)
  @Column({ name: 'vat_treatment', type: 'enum', enum: VatTreatment, enumName: 'vat_treatment', default: VatTreatment.STANDARD })
  vatTreatment: VatTreatment;

  @Field(() => Boolean, { description: 'Offered for new accounts and changes; inactive packages stay on existing accounts' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Boolean, { description: 'Usage above the cap is billed (per GB) by the billing run' })
  @Column({ name: 'overage_billed', type: 'boolean', default: false })
  overageBilled: boolean;

  @Field(() => Int, { nullable: true, description: 'Price per GB (10^9 bytes) above the cap, in cents' })
  @Column({ name: 'overage_cents_per_gb', type: 'int', nullable: true })
  overageCentsPerGb: number | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
