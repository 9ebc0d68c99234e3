import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numberColumn } from '../../kernel/db/columns';
import { CustomerOwned } from '../customers';
import { DataAccount } from '../data-accounts';

/**
 * A data account crossed 80% or 100% of its package's monthly cap (recorded once per account,
 * month and threshold by the `usage.alerts` job), for messages and the dashboard to use.
 */
@Entity('usage_alert')
@Unique('usage_alert_once_key', ['dataAccountId', 'month', 'thresholdPercent'])
export class UsageAlert extends CustomerOwned({ index: 'usage_alert_customer_idx' }) {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'data_account_id', type: 'uuid' })
  dataAccountId: string;

  @ManyToOne(() => DataAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'data_account_id' })
  dataAccount?: DataAccount;

  /** The first day of the month. */
  @Column({ type: 'date' })
  month: string;

  @Column({ name: 'threshold_percent', type: 'int' })
  thresholdPercent: number;

  @Column({ name: 'used_bytes', type: 'bigint', transformer: numberColumn })
  usedBytes: number;

  @Column({ name: 'cap_bytes', type: 'bigint', transformer: numberColumn })
  capBytes: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
