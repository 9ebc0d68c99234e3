import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { numberColumn } from '../../kernel/db/columns';
import { CallClass } from './call-class';

/** A VoIP tariff of the catalogue (seed 004 "Call Tariffs"): per call class, a rate or a markup. */
@ObjectType({ description: 'A VoIP tariff of the catalogue' })
@Entity('voip_tariff')
@Unique('voip_tariff_name_key', ['name'])
export class VoipTariff {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Boolean, { description: 'Inactive tariffs stay on the lines that have them but are not offered for new ones' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Internal: never shown to resellers (ACCESS.md rule 7; the field rule checks). */
  @Field(() => Float, { nullable: true, description: 'Percent added to the cost base when no rate and no class markup applies (internal)' })
  @Column({ name: 'fallback_markup_percent', type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numberColumn })
  fallbackMarkupPercent: number | null;

  @OneToMany(() => VoipTariffRate, (r) => r.tariff)
  rateRows?: VoipTariffRate[];

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One call class of a tariff: its rate per minute (or none: then markups apply), increment, minimum, connection fee. */
@ObjectType({ description: "A tariff's terms for one call class" })
@Entity('voip_tariff_rate')
export class VoipTariffRate {
  @PrimaryColumn({ name: 'tariff_id', type: 'uuid' })
  tariffId: string;

  @ManyToOne(() => VoipTariff, (t) => t.rateRows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tariff_id' })
  tariff?: VoipTariff;

  @Field(() => CallClass)
  @PrimaryColumn({ name: 'call_class', type: 'enum', enum: CallClass, enumName: 'call_class' })
  callClass: CallClass;

  @Field(() => Int, { nullable: true, description: 'Cents per minute; null: no rate, the markups price the call' })
  @Column({ name: 'rate_per_minute_cents', type: 'int', nullable: true })
  ratePerMinuteCents: number | null;

  @Field(() => Int, { description: 'Call time is rounded up to a multiple of this many seconds' })
  @Column({ name: 'billing_increment_seconds', type: 'int', default: 60 })
  billingIncrementSeconds: number;

  @Field(() => Int)
  @Column({ name: 'minimum_charge_cents', type: 'int', default: 0 })
  minimumChargeCents: number;

  @Field(() => Int)
  @Column({ name: 'connection_fee_cents', type: 'int', default: 0 })
  connectionFeeCents: number;

  @Field(() => Float, { nullable: true, description: 'Percent added to the cost base when the class has no rate (internal)' })
  @Column({ name: 'markup_percent', type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numberColumn })
  markupPercent: number | null;
}
