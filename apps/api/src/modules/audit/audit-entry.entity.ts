import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, JoinColumn, ManyToOne } from 'typeorm';
import { ActorKind } from '../../kernel/request-context';
import { CustomerEntity } from '../customers';

registerEnumType(ActorKind, { name: 'ActorKind' });

/**
 * One changed field of one change (seed 000 §3.24), written in the change's own transaction.
 * A create or remove is one row without a field, with the whole record as JSON.
 */
@ObjectType()
@Entity('audit_entry')
@Index('audit_entry_customer_recent', ['customerId', 'id'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => ActorKind)
  @Column({ name: 'actor_kind', type: 'enum', enum: ActorKind, enumName: 'actor_kind' })
  actorKind: ActorKind;

  @Field(() => String)
  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  /** Which client made the change: web, api, api-token:<name>, seed, ... */
  @Field(() => String)
  @Column({ type: 'text' })
  client: string;

  /** e.g. customer.update, contact.add, note.popup */
  @Field(() => String)
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { nullable: true, description: 'The record changed: table:id' })
  @Column({ type: 'text', nullable: true })
  target: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  field: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'old_value', type: 'text', nullable: true })
  oldValue: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'new_value', type: 'text', nullable: true })
  newValue: string | null;
}
