import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CustomerEntity } from '../customers';
import { VoipLine } from './voip-line.entity';
import { numberColumn } from '../../kernel/db/columns';
import { CallClass } from './call-class';

/**
 * Calls per line, month and call class: what phoneUsage reads. Kept in the same transaction
 * as the import that rates the calls (never recomputed from the raw calls per request).
 */
@Entity('voip_call_rollup')
@Index('voip_call_rollup_customer_idx', ['customerId', 'month'])
export class VoipCallRollup {
  @PrimaryColumn({ name: 'line_id', type: 'uuid' })
  lineId: string;

  /** First day of the month (UTC). */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ name: 'call_class', type: 'enum', enum: CallClass, enumName: 'call_class' })
  callClass: CallClass;

  @ManyToOne(() => VoipLine, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'line_id' })
  line?: VoipLine;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @Column({ type: 'int', default: 0 })
  calls: number;

  @Column({ name: 'duration_seconds', type: 'bigint', default: 0, transformer: numberColumn })
  durationSeconds: number;

  @Column({ name: 'billed_seconds', type: 'bigint', default: 0, transformer: numberColumn })
  billedSeconds: number;

  @Column({ name: 'charge_cents', type: 'bigint', default: 0, transformer: numberColumn })
  chargeCents: number;
}
