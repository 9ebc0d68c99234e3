import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DataPackage } from '../catalogue';
import { CustomerOwned } from '../customers';
import { DataAccount } from './data-account.entity';

export enum PackageChangeState {
  SCHEDULED = 'scheduled',
  APPLIED = 'applied',
  CANCELLED = 'cancelled',
  FAILED = 'failed',
}
registerEnumType(PackageChangeState, { name: 'PackageChangeState' });

/**
 * A package change of a data account (seed 000 §3.7): scheduled for a date and applied by the
 * job `data-accounts.apply-package-changes`, or applied at once by `changeDataAccountPackage`
 * (then `immediate`), so the history is complete either way. One scheduled change per account.
 */
@ObjectType()
@Entity('package_change')
@Index('package_change_one_scheduled', ['dataAccountId'], { unique: true, where: `"state" = 'scheduled'` })
@Index('package_change_due', ['effectiveDate'], { where: `"state" = 'scheduled'` })
// The package an account was on at a date (overage billing, the usage widget): its applied history.
@Index('package_change_applied_history', ['dataAccountId', 'effectiveDate'], { where: `"state" = 'applied'` })
export class PackageChange extends CustomerOwned({ index: 'package_change_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'data_account_id', type: 'uuid' })
  dataAccountId: string;

  @ManyToOne(() => DataAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'data_account_id' })
  dataAccount?: DataAccount;

  @Column({ name: 'from_package_id', type: 'uuid' })
  fromPackageId: string;

  @Field(() => DataPackage)
  @ManyToOne(() => DataPackage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_package_id' })
  fromPackage?: DataPackage;

  @Column({ name: 'to_package_id', type: 'uuid' })
  toPackageId: string;

  @Field(() => DataPackage)
  @ManyToOne(() => DataPackage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_package_id' })
  toPackage?: DataPackage;

  @Field(() => String, { description: 'YYYY-MM-DD; applied on the first job run on or after it' })
  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate: string;

  @Field(() => PackageChangeState)
  @Column({ type: 'enum', enum: PackageChangeState, enumName: 'package_change_state', default: PackageChangeState.SCHEDULED })
  state: PackageChangeState;

  @Field(() => Boolean, { description: 'Applied at once on the data account, not scheduled' })
  @Column({ type: 'boolean', default: false })
  immediate: boolean;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  @Column({ name: 'submitted_by_name', type: 'text' })
  submittedByName: string;

  /** The submitter's reseller (null: the ISP's own staff), so resellers never read staff names. */
  @Column({ name: 'submitted_by_reseller_id', type: 'uuid', nullable: true })
  submittedByResellerId: string | null;

  @Field(() => Date)
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was applied, cancelled or failed' })
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it failed or was cancelled' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
