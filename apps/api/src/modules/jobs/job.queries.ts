import type { DataSource } from 'typeorm';
import { JobFilter, JobInfo } from './job.types';

/**
 * Recent runs from pg-boss's tables (live jobs and the archive of finished ones), newest
 * first, with the progress they reported.
 */
export async function listJobs(db: DataSource, schema: string, filter: JobFilter = {}): Promise<JobInfo[]> {
  const cols = `id, name, state::text, retry_count, output, created_on, started_on, completed_on`;
  const rows = await db.query(
    `SELECT j.*, p.done, p.total FROM (
       SELECT ${cols} FROM "${schema}".job UNION ALL SELECT ${cols} FROM "${schema}".archive
     ) j LEFT JOIN job_progress p ON p.job_id = j.id
     WHERE j.name NOT LIKE '\_\_pgboss\_\_%' -- pg-boss's own maintenance queues
       AND ($1::text IS NULL OR j.name = $1) AND ($2::text[] IS NULL OR j.state = ANY($2))
     ORDER BY j.created_on DESC, j.id DESC LIMIT $3`,
    [filter.name ?? null, filter.states?.length ? filter.states : null, filter.first ?? 50],
  );
  return rows.map((r: any) => ({
    id: r.id,
    name: r.name,
    state: r.state,
    attempts: r.retry_count,
    lastError: r.state === 'failed' || r.state === 'retry' ? (r.output?.message ?? null) : null,
    progressDone: r.done ?? null,
    progressTotal: r.total ?? null,
    createdAt: r.created_on,
    startedAt: r.started_on,
    completedAt: r.completed_on,
  }));
}
