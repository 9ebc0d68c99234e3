import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { numberColumn } from '../../kernel/db/columns';
import { CustomerEntity } from '../customers';
import type { ClassMarkupMap } from './markups';
import { VoipTariff } from './voip-tariff.entity';

/**
 * A customer's call rating defaults (seed 004 "Default Tariff Details", "Per-Class Markup",
 * "Fallback Markup"): inherited by every line that does not set its own. One row per customer
 * that has any; none = no default tariff and no markups.
 */
@Entity('voip_customer_rating')
export class VoipCustomerRating {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @OneToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @Column({ name: 'default_tariff_id', type: 'uuid', nullable: true })
  defaultTariffId: string | null;

  @ManyToOne(() => VoipTariff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'default_tariff_id' })
  defaultTariff?: VoipTariff | null;

  @Column({ name: 'class_markups', type: 'jsonb', default: () => "'{}'" })
  classMarkups: ClassMarkupMap;

  @Column({ name: 'fallback_markup_percent', type: 'numeric', precision: 7, scale: 2, nullable: true, transformer: numberColumn })
  fallbackMarkupPercent: number | null;

  @VersionColumn({ default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
