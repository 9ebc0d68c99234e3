import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A named set of permissions (ACCESS.md). The defaults are seeded; admins edit them. */
@ObjectType()
@Entity('role')
@Unique('role_name_key', ['name'])
export class Role {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  permissions: string[];

  /** Shipped with the product (from DEFAULT_ROLES); may be edited, not deleted. */
  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  builtin: boolean;

  /**
   * Its users and tokens see only their reseller's customers, so each must have one: checked by
   * the services (BAD_USER_INPUT) and by triggers in the database (migration RoleResellerScoped).
   */
  @Field(() => Boolean, { description: 'Users and tokens with this role must have a reseller' })
  @Column({ name: 'reseller_scoped', type: 'boolean', default: false })
  resellerScoped: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
