import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { CustomerAddress } from '../addresses';
import { DataPackage } from '../catalogue';
import { CustomerOwned } from '../customers';

export enum DataAccountStatus {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  CANCELLED = 'cancelled',
}
registerEnumType(DataAccountStatus, { name: 'DataAccountStatus' });

/**
 * A customer's data account (seed 000 §3.2): the RADIUS username and password a router or CPE
 * signs in with, on a package of the catalogue. Every change is mirrored into the FreeRADIUS
 * tables in the same transaction (radius.ts). The password is kept only as a salted hash.
 */
@ObjectType({ description: 'A data account (RADIUS login) on a package; the password is never returned' })
@Entity('data_account')
@Unique('data_account_username_key', ['username'])
@Unique('data_account_static_ip_key', ['staticIp'])
@Index('data_account_package_idx', ['packageId'])
export class DataAccount extends CustomerOwned({ index: 'data_account_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'RADIUS User-Name, unique across the system (lower case)' })
  @Column({ type: 'text' })
  username: string;

  /** Salted SHA-256 as FreeRADIUS's SSHA2-256-Password wants it: base64(sha256(password ‖ salt) ‖ salt). */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash?: string;

  @Column({ name: 'package_id', type: 'uuid' })
  packageId: string;

  @Field(() => DataPackage, { name: 'package' })
  @ManyToOne(() => DataPackage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'package_id' })
  package?: DataPackage;

  @Field(() => DataAccountStatus)
  @Column({ type: 'enum', enum: DataAccountStatus, enumName: 'data_account_status', default: DataAccountStatus.ACTIVE })
  status: DataAccountStatus;

  @Field(() => String, { nullable: true, description: 'Why it was last suspended, unsuspended or cancelled' })
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; set when cancelled (expired)' })
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true, description: 'Static IPv4 address (Framed-IP-Address), unique' })
  @Column({ name: 'static_ip', type: 'inet', nullable: true })
  staticIp: string | null;

  @Column({ name: 'address_id', type: 'uuid', nullable: true })
  addressId: string | null;

  @ManyToOne(() => CustomerAddress, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'address_id' })
  address?: CustomerAddress | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => Int, { nullable: true, description: "Monthly price in cents instead of the package's" })
  @Column({ name: 'custom_price_cents', type: 'int', nullable: true })
  customPriceCents: number | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
