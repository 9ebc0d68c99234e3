import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { numberColumn } from '../../kernel/db/columns';
import { CustomerOwned } from '../customers';
import type { ClassMarkupMap } from './markups';
import { VoipTariff } from './voip-tariff.entity';

export enum VoipLineType {
  SIP_ACCOUNT = 'sip_account',
  HOSTED_PBX = 'hosted_pbx',
  SIP_TRUNK = 'sip_trunk',
  ANALOGUE_ATA = 'analogue_ata',
  FAX = 'fax',
}
registerEnumType(VoipLineType, { name: 'VoipLineType' });

export enum VoipLineStatus {
  /** Starts in the future. */
  PENDING = 'pending',
  ACTIVE = 'active',
  /** Past its end date (its last day of service). */
  EXPIRED = 'expired',
}
registerEnumType(VoipLineStatus, { name: 'VoipLineStatus', description: 'From the start and end dates' });

/**
 * A VoIP line / number (seed 000 §3.11): calls are matched to it by number while it is in
 * service (start date to end date, inclusive). Its tariff overrides the customer's default.
 */
@ObjectType()
@Entity('voip_line')
@Index('voip_line_number_current', ['number'], { unique: true, where: '"end_date" IS NULL' })
@Index('voip_line_number_idx', ['number', 'startDate'])
export class VoipLine extends CustomerOwned({ index: 'voip_line_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'E.164, e.g. +27215550123' })
  @Column({ type: 'text' })
  number: string;

  @Field(() => VoipLineType)
  @Column({ name: 'line_type', type: 'enum', enum: VoipLineType, enumName: 'voip_line_type' })
  lineType: VoipLineType;

  @Field(() => String, { nullable: true, description: 'e.g. Reception, Fax' })
  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Field(() => Int, { description: 'Monthly line rental in cents' })
  @Column({ name: 'monthly_charge_cents', type: 'int', default: 0 })
  monthlyChargeCents: number;

  @Field(() => String, { description: 'First day of service (YYYY-MM-DD)' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Last day of service (YYYY-MM-DD); set by expiring the line' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'tariff_id', type: 'uuid', nullable: true })
  tariffId: string | null;

  @ManyToOne(() => VoipTariff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tariff_id' })
  tariff?: VoipTariff | null;

  /** Line-level markups (seed 004: "numbers can override these values individually"). Internal. */
  @Column({ name: 'class_markups', type: 'jsonb', default: () => "'{}'" })
  classMarkups: ClassMarkupMap;

  @Column({ name: 'fallback_markup_percent', type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numberColumn })
  fallbackMarkupPercent: number | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

