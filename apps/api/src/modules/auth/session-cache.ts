import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { isDatabaseUnavailable } from '../../kernel/db/availability';
import { reportDatabaseUnavailable } from '../../kernel/errors';
import type { Logger } from '../../kernel/log';
import { inTransaction, inUnitOfWork } from '../../kernel/transaction';
import type { Actor } from '../../kernel/request-context';

/** The channel the auth tables' triggers notify on (migration SessionCacheNotify). */
const CHANNEL = 'sightline_auth';
/** How often the LISTEN connection proves it is alive: a firewall may drop an idle one silently. */
const HEARTBEAT_MS = 5_000;

/** A caller as resolved from its token, kept for a few seconds. */
export interface CachedCaller {
  actor: Actor;
  /** When the session or token ends by time (ms), or null. */
  expiresAt: number | null;
  /** `<table> <id>` of every row it was read from: a change to any of them evicts it. */
  rows: string[];
  /** An API token's last_used_at (ms), refreshed once a minute. */
  lastUsedAt?: number | null;
}

/**
 * Callers by token hash, for `seconds`, served only while a dedicated connection LISTENs to
 * the triggers of session, app_user, role and api_token: a revocation committed by any process
 * evicts at once. Without that connection nothing is served (every request reads the database)
 * until it is back and the cache is flushed, since notifications may have been missed.
 */
export class SessionCache {
  private readonly callers: LRUCache<string, CachedCaller>;
  private client: pg.Client | null = null;
  private heartbeat?: NodeJS.Timeout;
  private retry?: NodeJS.Timeout;
  private failures = 0;
  private connecting = false;
  private stopped = false;
  /** Bumped by every notification and flush: a read that started before it must not be stored. */
  private generation = 0;
  /** `heard()` calls waiting for their own notification to come back, by nonce. */
  private readonly syncs = new Map<string, () => void>();

  constructor(
    private readonly url: string,
    private readonly schema: string,
    seconds: number,
    private readonly logger: Logger,
  ) {
    this.callers = new LRUCache({ max: 10_000, ttl: seconds * 1000 });
  }

  /** True while notifications arrive, i.e. while cached callers may be served. */
  get serving(): boolean {
    return this.client !== null;
  }

  get(tokenHash: string): CachedCaller | undefined {
    return this.serving ? this.callers.get(tokenHash) : undefined;
  }

  /** Take before reading the database; hand to `put`, which drops the read if a change was notified since. */
  ticket(): number {
    return this.generation;
  }

  put(tokenHash: string, caller: CachedCaller, ticket: number): void {
    if (this.serving && ticket === this.generation) this.callers.set(tokenHash, caller);
  }

  delete(tokenHash: string): void {
    this.callers.delete(tokenHash);
  }

  private flush(): void {
    this.generation++;
    this.callers.clear();
  }

  private notified(payload: string): void {
    const [schema, table, id] = payload.split(' ');
    if (schema !== this.schema) return; // another API's schema on the same database (tests)
    if (table === 'sync') return this.syncs.get(id)?.();
    if (!id) return this.flush(); // TRUNCATE
    this.generation++;
    const row = `${table} ${id}`;
    const stale = [...this.callers.entries()].filter(([, c]) => c.rows.includes(row)).map(([k]) => k);
    for (const k of stale) this.callers.delete(k);
  }

  /**
   * Resolves once every notification committed before the call has been handled here: one
   * sent now on the LISTEN connection comes back after them (the queue is in commit order).
   */
  async heard(): Promise<void> {
    const client = this.client;
    if (!client) return; // serving nothing, so nothing stale
    const nonce = randomBytes(8).toString('hex');
    const back = new Promise<void>((resolve) => this.syncs.set(nonce, resolve));
    let timer: NodeJS.Timeout | undefined;
    try {
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, `${this.schema} sync ${nonce}`]);
      // A lost connection flushes everything anyway: then waiting longer is pointless.
      await Promise.race([back, new Promise((resolve) => (timer = setTimeout(resolve, 1000)))]);
    } catch {
      // the connection is lost: see above
    } finally {
      clearTimeout(timer);
      this.syncs.delete(nonce);
    }
  }

  /** Opens the LISTEN connection; on failure, retries in the background (serving nothing meanwhile). */
  async connect(): Promise<void> {
    if (this.client || this.connecting || this.stopped) return;
    clearTimeout(this.retry);
    this.connecting = true;
    const client = new pg.Client({ connectionString: this.url, application_name: `sightline-session-cache ${this.schema}`, connectionTimeoutMillis: 5000, query_timeout: 5000 });
    let lost = false;
    const onLost = (err?: unknown) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      clearInterval(this.heartbeat);
      this.flush();
      client.end().catch(() => {});
      if (this.stopped) return;
      // An outage is the one throttled warning every part of the API shares; anything else is ours.
      if (err === undefined || isDatabaseUnavailable(err)) reportDatabaseUnavailable(err, 'session cache', this.logger);
      else this.logger.warn({ err }, 'session cache: LISTEN connection lost, sessions are read from the database until it is back');
      this.retry = setTimeout(() => void this.connect(), Math.min(500 * 2 ** this.failures++, 10_000));
      this.retry.unref();
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', (n) => n.channel === CHANNEL && this.notified(n.payload ?? ''));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      return onLost(err);
    } finally {
      this.connecting = false;
    }
    if (lost) return;
    if (this.stopped) return void client.end().catch(() => {});
    this.flush(); // anything cached before may have missed a notification
    this.client = client;
    this.failures = 0;
    this.heartbeat = setInterval(() => client.query('SELECT 1').catch(onLost), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    this.flush();
    await client?.end().catch(() => {});
  }
}

const caches = new WeakMap<DataSource, SessionCache>();

/** The session cache of `db`, if one was started (SESSION_CACHE_SECONDS > 0). */
export const sessionCacheOf = (db: DataSource): SessionCache | undefined => caches.get(db);

/** Starts caching callers for `seconds` (0: off); resolves once it listens or has failed once (then it retries). */
export async function startSessionCache(db: DataSource, seconds: number, logger: Logger): Promise<void> {
  if (!(seconds > 0) || caches.has(db)) return;
  const [{ schema }] = await db.query('SELECT current_schema() AS schema');
  const cache = new SessionCache((db.options as { url: string }).url, schema, seconds, logger);
  caches.set(db, cache);
  await cache.connect();
}

/**
 * Called by a service after it committed a change to sessions, users, roles or tokens: waits
 * until this process has heard it, so the next request it serves sees it. Other processes
 * evict when the notification reaches them (sent at commit; normally within a millisecond).
 * Inside a larger unit of work nothing is committed yet: the caller that commits waits.
 */
export async function heardAuthChanges(db: DataSource): Promise<void> {
  if (!inUnitOfWork(db)) await caches.get(db)?.heard();
}

/** `inTransaction` for a change to what a session or token may do: returns once this process has heard it. */
export async function inAuthTransaction<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const result = await inTransaction(db, work);
  await heardAuthChanges(db);
  return result;
}

export async function stopSessionCache(db: DataSource): Promise<void> {
  await caches.get(db)?.stop();
  caches.delete(db);
}
