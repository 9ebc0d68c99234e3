import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { JobDefinition } from '../../kernel/module';
import { isDatabaseUnavailable } from '../../kernel/db/availability';
import { reportDatabaseUnavailable } from '../../kernel/errors';
import { log, LogThrottle, type Logger } from '../../kernel/log';
import { systemContext } from '../../kernel/request-context';
import { currentManager, inUnitOfWork } from '../../kernel/transaction';

type Pool = { query: (text: string, values?: unknown[]) => Promise<{ rows: any[] }> };

export interface JobRunnerOptions {
  /** PostgreSQL schema for pg-boss's tables (tests give each file its own). */
  schema: string;
  /** Poll queues and run due schedules in this process (`JOBS=0` turns it off). */
  work: boolean;
  /** How often an idle worker polls its queue, in seconds. */
  pollingIntervalSeconds?: number;
  /** Where pg-boss's errors go (default: the process's logger). */
  logger?: Logger;
}

/**
 * The modules' jobs on pg-boss: queues in PostgreSQL itself (no extra server), retries with
 * exponential backoff, one queued or running job per idempotency key ('stately' queues).
 */
export class JobRunner {
  private readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition>();

  constructor(
    private readonly db: DataSource,
    jobs: JobDefinition[],
    private readonly opts: JobRunnerOptions,
  ) {
    for (const job of jobs) {
      if (this.definitions.has(job.name)) throw new Error(`job ${job.name} is declared twice`);
      this.definitions.set(job.name, job);
    }
    const pool = (db.driver as unknown as { master: Pool }).master;
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: opts.schema,
      supervise: opts.work,
      schedule: opts.work,
      migrate: true,
    });
    // pg-boss reports every failed poll and maintenance run: during a database outage that is
    // one error per queue per polling interval, so an outage is one warning per 10 s and any
    // other repeated error one line per 10 s.
    const logger = opts.logger ?? log();
    const throttle = new LogThrottle(10_000);
    this.boss.on('error', (err) => {
      if (isDatabaseUnavailable(err)) reportDatabaseUnavailable(err, 'jobs', logger);
      else throttle.write(logger, 'error', `jobs:${err.message.slice(0, 100)}`, { err }, 'background jobs error');
    });
  }

  get schema() {
    return this.opts.schema;
  }

  get names() {
    return [...this.definitions.keys()];
  }

  async start() {
    await this.boss.start();
    for (const job of this.definitions.values()) {
      const queue = {
        name: job.name,
        policy: 'stately' as const,
        retryLimit: job.retryLimit ?? 2,
        retryDelay: job.retryDelaySeconds ?? 30,
        retryBackoff: true,
      };
      if (await this.boss.getQueue(job.name)) await this.boss.updateQueue(job.name, queue);
      else await this.boss.createQueue(job.name, queue);
      if (!this.opts.work) continue;
      if (job.schedule) await this.boss.schedule(job.name, job.schedule, {}, { tz: 'UTC' });
      await this.boss.work(job.name, { pollingIntervalSeconds: this.opts.pollingIntervalSeconds ?? 5 }, async ([j]) =>
        this.execute(job, j.id, j.data as Record<string, unknown>),
      );
    }
  }

  /** Waits for running jobs to finish (up to `timeout` ms), then stops. */
  stop(timeout = 30_000) {
    return this.boss.stop({ graceful: true, wait: true, timeout });
  }

  private definition(name: string) {
    const job = this.definitions.get(name);
    if (!job) throw new Error(`no job named ${name}`);
    return job;
  }

  /**
   * Queues a run; inside a unit of work it is queued in that transaction, so it exists only
   * if the change commits. Returns the job id, or null when a run with the same key is
   * already queued or running.
   */
  async send(name: string, data: Record<string, unknown> = {}): Promise<string | null> {
    const job = this.definition(name);
    const singletonKey = job.key?.(data) ?? JSON.stringify(data);
    const options: PgBoss.SendOptions = { singletonKey };
    if (inUnitOfWork(this.db)) {
      const em = currentManager(this.db);
      options.db = { executeSql: async (text, values) => ({ rows: await em.query(text, values) }) };
    }
    return this.boss.send(name, data, options);
  }

  /**
   * Takes the next queued run of `name` and runs it to the end in this call: how tests and
   * "run now" buttons run a job deterministically. Returns its id, or null if none was queued.
   */
  async runNext(name: string): Promise<string | null> {
    const job = this.definition(name);
    const [next] = await this.boss.fetch<Record<string, unknown>>(name);
    if (!next) return null;
    try {
      const output = await this.execute(job, next.id, next.data);
      await this.boss.complete(name, next.id, toOutput(output));
    } catch (e) {
      await this.boss.fail(name, next.id, { message: (e as Error).message });
    }
    return next.id;
  }

  private async execute(job: JobDefinition, id: string, data: Record<string, unknown>) {
    const ctx = systemContext(this.db, `job:${job.name}`);
    const progress = (done: number, total: number) => this.recordProgress(id, done, total);
    return job.run({ id, data, ctx, progress });
  }

  private async recordProgress(jobId: string, done: number, total: number) {
    await this.db.query(
      `INSERT INTO job_progress (job_id, done, total, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (job_id) DO UPDATE SET done = EXCLUDED.done, total = EXCLUDED.total, updated_at = now()`,
      [jobId, done, total],
    );
  }
}

/** pg-boss stores a job's output as JSON: keep objects, wrap anything else. */
const toOutput = (value: unknown): object => (value && typeof value === 'object' ? value : { result: value ?? null });

declare module '../../kernel/context' {
  interface Services {
    /** Queues background jobs and reads their state. */
    jobs: JobRunner;
  }
}
