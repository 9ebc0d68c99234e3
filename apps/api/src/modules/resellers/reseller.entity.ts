import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A partner reseller; its users and API tokens reach only the customers assigned to it. */
@ObjectType()
@Entity('reseller')
@Unique('reseller_name_key', ['name'])
@Unique('reseller_code_key', ['code'])
export class Reseller {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  code: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
