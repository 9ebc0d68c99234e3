import { registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StaffUser } from './staff-user.entity';

export enum PasswordLinkPurpose {
  /** A new user sets their first password. */
  INVITE = 'invite',
  /** An administrator reset the password; the user chooses a new one. */
  RESET = 'reset',
}
registerEnumType(PasswordLinkPurpose, { name: 'PasswordLinkPurpose' });

/**
 * A one-time link (`/invite/<token>`) with which a user sets their password. Only the SHA-256
 * of the token is stored; it expires, and works once (`usedAt`).
 */
@Entity('password_link')
export class PasswordLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('password_link_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Index('password_link_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => StaffUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: StaffUser;

  @Column({ type: 'enum', enum: PasswordLinkPurpose, enumName: 'password_link_purpose' })
  purpose: PasswordLinkPurpose;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
