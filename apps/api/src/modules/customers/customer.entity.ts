import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { StaffUser } from '../auth';
import { Reseller } from '../resellers';
import { numberColumn } from '../../kernel/db/columns';
import { CustomerStatus, CustomerType } from './customer.enums';
import { PostalAddress } from './postal-address';

/**
 * The customer row. Everything a customer owns carries `customer_id`; reseller scope comes
 * from `reseller_id` here. The search indexes (trigram over `search_text`, name prefix) are
 * created by the migrations.
 */
@Entity('customer')
@Index('customer_search_trgm', { synchronize: false })
@Index('customer_name_prefix', { synchronize: false })
@Index('customer_list_order', ['name', 'id'])
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_number', type: 'text' })
  @Index('customer_account_number_key', { unique: true })
  accountNumber: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'company_name', type: 'text', nullable: true })
  companyName: string | null;

  @Column({ type: 'enum', enum: CustomerStatus, enumName: 'customer_status', default: CustomerStatus.ACTIVE })
  status: CustomerStatus;

  @Column({ name: 'customer_type', type: 'enum', enum: CustomerType, enumName: 'customer_type', default: CustomerType.RESIDENTIAL })
  customerType: CustomerType;

  @Column({ name: 'customer_group', type: 'text', nullable: true })
  customerGroup: string | null;

  /** Bills go to every address in this list (seed 004: several, comma separated). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails: string[];

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  mobile: string | null;

  @Column({ name: 'vat_number', type: 'text', nullable: true })
  vatNumber: string | null;

  /**
   * What search matches, stored: checking a row against a term is then a plain LIKE, not the
   * function's lower/concat/regexp per row (which made the planner's choice between the
   * trigram index and the name order a gamble). Never selected or written by the app.
   */
  @Column({
    name: 'search_text',
    type: 'text',
    generatedType: 'STORED',
    asExpression: 'customer_search_text(name, company_name, account_number, emails, phone, mobile)',
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  searchText?: string;

  @Index('customer_account_manager_idx')
  @Column({ name: 'account_manager_id', type: 'uuid', nullable: true })
  accountManagerId: string | null;

  @ManyToOne(() => StaffUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_manager_id' })
  accountManager?: StaffUser;

  @Index('customer_reseller_idx')
  @Column({ name: 'reseller_id', type: 'uuid', nullable: true })
  resellerId: string | null;

  @ManyToOne(() => Reseller, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reseller_id' })
  reseller?: Reseller;

  @Column(() => PostalAddress, { prefix: 'physical' })
  physicalAddress: PostalAddress;

  @Column(() => PostalAddress, { prefix: 'postal' })
  postalAddress: PostalAddress;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numberColumn })
  latitude: number | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numberColumn })
  longitude: number | null;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;

  /** Outstanding balance in cents, kept by the billing ledger (positive = customer owes). */
  @Column({ name: 'balance_cents', type: 'bigint', default: 0, transformer: numberColumn })
  balanceCents: number;

  @Column({ type: 'char', length: 3, default: 'ZAR' })
  currency: string;

  /** Optimistic lock: every update checks and bumps it, a stale version is CONFLICT. */
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
