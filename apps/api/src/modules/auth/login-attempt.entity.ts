import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempt counters, kept in PostgreSQL so every API replica counts the same attempts.
 * The table has the shape rate-limiter-flexible's PostgreSQL store reads and writes (`key`,
 * `points`, `expire` in epoch ms); it is created by this module's migration, never by the
 * library (`tableCreated: true`). Keys hold hashes, not email addresses or IP addresses.
 */
@Entity('login_attempt')
export class LoginAttempt {
  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'login_attempt_pkey' })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
