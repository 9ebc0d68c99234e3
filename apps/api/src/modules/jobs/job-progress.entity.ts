import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How far a running job is (e.g. customers billed / due), written by the job as it goes. */
@Entity('job_progress')
export class JobProgress {
  @PrimaryColumn({ type: 'uuid', name: 'job_id', primaryKeyConstraintName: 'job_progress_pkey' })
  jobId: string;

  @Column({ type: 'integer' })
  done: number;

  @Column({ type: 'integer' })
  total: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
