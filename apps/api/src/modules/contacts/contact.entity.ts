import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CustomerOwned } from '../customers';

/** A contact person of a customer, listed under account details (seed 000 §3.1). */
@ObjectType()
@Entity('contact')
@Index('contact_one_primary', ['customerId'], { unique: true, where: '"is_primary"' })
export class Contact extends CustomerOwned({ index: 'contact_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => Boolean)
  @Column({ name: 'is_primary', type: 'boolean', default: false })
  isPrimary: boolean;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
