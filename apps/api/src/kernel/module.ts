import type { RequestContext } from './request-context';

/** A background job a module declares; run by the jobs module's worker with a system context. */
export interface JobDefinition<Data extends object = Record<string, unknown>> {
  /** Queue name, `<module>.<job>` (e.g. `usage.rollup`). */
  name: string;
  /** Cron expression (UTC) to run it on a schedule, with empty data. */
  schedule?: string;
  /** Retries after a failure, with exponential backoff from `retryDelaySeconds` (default 2, 30). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /**
   * The idempotency key of a run: while a job with the same key is queued or running, sending
   * another is a no-op. Defaults to the JSON of the data.
   */
  key?: (data: Data) => string;
  /** Does the work; must be idempotent (running it twice changes nothing the second time). */
  run: (job: JobRun<Data>) => Promise<unknown>;
}

export interface JobRun<Data> {
  id: string;
  data: Data;
  ctx: RequestContext;
  /** Reports progress (e.g. customers done / total), readable through the `jobs` query. */
  progress: (done: number, total: number) => Promise<void>;
}

/** Declares a job with its data type checked. */
export const defineJob = <Data extends object>(job: JobDefinition<Data>) => job as unknown as JobDefinition;
