import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { numberColumn } from '../../kernel/db/columns';
import { CustomerOwned } from '../customers';
import { DataAccount } from '../data-accounts';

/**
 * Bytes per data account and UTC day, summed from radacct by the `usage.rollup` job. Upload is
 * what the subscriber sent (RADIUS Acct-Input-Octets, as the NAS counts it), download what it
 * received (Acct-Output-Octets).
 */
@Entity('usage_daily')
export class UsageDaily extends CustomerOwned({ index: 'usage_daily_customer_idx' }) {
  @PrimaryColumn({ name: 'data_account_id', type: 'uuid' })
  dataAccountId: string;

  @ManyToOne(() => DataAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'data_account_id' })
  dataAccount?: DataAccount;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ name: 'upload_bytes', type: 'bigint', default: 0, transformer: numberColumn })
  uploadBytes: number;

  @Column({ name: 'download_bytes', type: 'bigint', default: 0, transformer: numberColumn })
  downloadBytes: number;
}

/** Bytes per data account and UTC month (`month` is its first day); what dataUsage reads. */
@Entity('usage_monthly')
export class UsageMonthly extends CustomerOwned({ index: 'usage_monthly_customer_idx' }) {
  @PrimaryColumn({ name: 'data_account_id', type: 'uuid' })
  dataAccountId: string;

  @ManyToOne(() => DataAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'data_account_id' })
  dataAccount?: DataAccount;

  @PrimaryColumn({ type: 'date' })
  month: string;

  @Column({ name: 'upload_bytes', type: 'bigint', default: 0, transformer: numberColumn })
  uploadBytes: number;

  @Column({ name: 'download_bytes', type: 'bigint', default: 0, transformer: numberColumn })
  downloadBytes: number;
}

/**
 * How much of each radacct session the rollups already hold (its counters at the last run):
 * the next run adds only the growth, so re-running, or seeing a session again, adds nothing.
 * Keyed like radacct's unique key (AcctUniqueId, AcctStartTime).
 */
@Entity('usage_session_counted')
@Index('usage_session_counted_seen_idx', ['seenAt'])
export class UsageSessionCounted {
  @PrimaryColumn({ name: 'acct_unique_id', type: 'text' })
  acctUniqueId: string;

  @PrimaryColumn({ name: 'acct_start_time', type: 'timestamptz' })
  acctStartTime: Date;

  @Column({ name: 'upload_bytes', type: 'bigint', transformer: numberColumn })
  uploadBytes: number;

  @Column({ name: 'download_bytes', type: 'bigint', transformer: numberColumn })
  downloadBytes: number;

  /** When the session last changed (stop, else last update, else start). */
  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt: Date;
}

/** Where each incremental job got to: sessions changed before `until` are rolled up. */
@Entity('usage_watermark')
export class UsageWatermark {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'timestamptz' })
  until: Date;
}
