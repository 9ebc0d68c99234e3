import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, JoinColumn, ManyToOne } from 'typeorm';
import { Reseller } from '../resellers';
import { Role } from './role.entity';

/** A person who signs in: staff, or a reseller's user when `resellerId` is set. */
@Entity('app_user')
export class StaffUser {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Index('app_user_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** argon2id; null until an invited user sets a password (or after a reset by link). */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Index('app_user_role_idx')
  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @ManyToOne(() => Role, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id' })
  role?: Role;

  @Index('app_user_reseller_idx')
  @Column({ name: 'reseller_id', type: 'uuid', nullable: true })
  resellerId: string | null;

  @ManyToOne(() => Reseller, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reseller_id' })
  reseller?: Reseller;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}
