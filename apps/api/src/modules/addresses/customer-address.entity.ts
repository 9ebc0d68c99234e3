import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CustomerOwned } from '../customers';
import { numberColumn } from '../../kernel/db/columns';
import { PostalAddress } from '../customers';

export enum AddressKind {
  HOME = 'home',
  BUSINESS = 'business',
  INSTALLATION = 'installation',
  BILLING = 'billing',
  OTHER = 'other',
}
registerEnumType(AddressKind, { name: 'AddressKind' });

/** An additional address (seed 000 §3.19): home and business sites on one profile. */
@ObjectType()
@Entity('customer_address')
export class CustomerAddress extends CustomerOwned({ index: 'customer_address_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  label: string;

  @Field(() => AddressKind)
  @Column({ type: 'enum', enum: AddressKind, enumName: 'address_kind', default: AddressKind.OTHER })
  kind: AddressKind;

  @Field(() => PostalAddress)
  @Column(() => PostalAddress, { prefix: false })
  address: PostalAddress;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numberColumn })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true, transformer: numberColumn })
  longitude: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
