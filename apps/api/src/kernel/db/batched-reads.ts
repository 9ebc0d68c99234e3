import { EventEmitter } from 'node:events';
import pg from 'pg';
import { DataSource } from 'typeorm';

/**
 * One round trip per batch, not per loader. The per-request loaders read through a second
 * DataSource whose "pool" is a few pipelined connections (pg's `pipeline` mode): every query
 * started in the same turn of the event loop goes to the same connection, whose socket is
 * corked until the turn ends, so the loaders that fire together (one per widget) reach
 * PostgreSQL in one write and their answers come back on one socket. Socket writes under
 * pg's Query.submit were ~20% of the API's CPU on the profile, one per statement.
 *
 * Loaders only read, never inside a transaction, so sharing a connection between requests is
 * safe; everything else (services, transactions, the session look-up) uses the main pool.
 */
class PipelinedLanes extends EventEmitter {
  private readonly lanes: (pg.Client | undefined)[];
  private readonly ready = new Map<pg.Client, Promise<void>>();
  private turnLane = -1;
  private next = 0;
  /** Turns of the event loop that sent queries, and the queries sent (tests read these). */
  readonly sent = { turns: 0, queries: 0 };

  constructor(private readonly options: pg.ClientConfig & { lanes?: number }) {
    super();
    this.lanes = new Array(Math.max(1, options.lanes ?? 4)).fill(undefined);
  }

  // What TypeORM and the health checks read of a pg.Pool.
  get totalCount() {
    return this.lanes.filter(Boolean).length;
  }
  idleCount = 0;
  waitingCount = 0;

  private open(i: number): pg.Client {
    const client = new pg.Client({ ...this.options, pipeline: true } as pg.ClientConfig);
    // Each query runner TypeORM opens on the lane listens for errors until it is released.
    client.setMaxListeners(0);
    const drop = () => {
      if (this.lanes[i] === client) this.lanes[i] = undefined;
    };
    client.on('error', (err) => {
      drop();
      this.emit('error', err, client);
    });
    client.on('end', drop);
    this.lanes[i] = client;
    this.ready.set(
      client,
      client.connect().then(
        () => {
          this.emit('connect', client);
        },
        (err) => {
          drop();
          throw err;
        },
      ),
    );
    return client;
  }

  /** The connection of this turn of the event loop, its socket corked until the turn ends. */
  private laneOfThisTurn(): pg.Client {
    this.sent.queries++;
    if (this.turnLane < 0) {
      this.sent.turns++;
      this.turnLane = this.next;
      this.next = (this.next + 1) % this.lanes.length;
      setImmediate(() => {
        const lane = this.lanes[this.turnLane];
        this.turnLane = -1;
        const stream = (lane as unknown as { connection?: { stream?: { writableCorked?: number; uncork(): void } } })?.connection?.stream;
        while (stream?.writableCorked) stream.uncork();
      });
      const lane = this.lanes[this.turnLane];
      const stream = (lane as unknown as { connection?: { stream?: { cork?: () => void } } })?.connection?.stream;
      if (lane && this.ready.get(lane) && (lane as unknown as { _connected?: boolean })._connected) stream?.cork?.();
    }
    return this.lanes[this.turnLane] ?? this.open(this.turnLane);
  }

  connect(callback?: (err: Error | undefined, client?: pg.Client, release?: (err?: unknown) => void) => void): any {
    const client = this.laneOfThisTurn();
    const release = () => {}; // the lane stays open for the next turn
    const ready = this.ready.get(client)!.then(() => {
      this.emit('acquire', client);
      return client;
    });
    if (!callback) return ready;
    ready.then(
      (c) => callback(undefined, c, release),
      (err) => callback(err),
    );
  }

  async end(callback?: (err?: Error) => void) {
    const open = this.lanes.filter((c): c is pg.Client => Boolean(c));
    this.lanes.fill(undefined);
    try {
      await Promise.all(open.map((c) => c.end()));
      callback?.();
    } catch (err) {
      if (!callback) throw err;
      callback(err as Error);
    }
  }
}

/**
 * Loader statements are lookups by a batch of keys (`customer_id = ANY($1)`): the planner
 * cannot size an array parameter, so it judged every generic plan costlier than a custom one
 * and planned each statement again on every request (PostgreSQL's log: `bind` took as long
 * as `execute`, ~14 ms of a profile). On the lanes, each statement is planned once per
 * connection; searches, whose best plan depends on the term, never come here.
 */
const withGenericPlans = (options?: string) => [options, '-c plan_cache_mode=force_generic_plan'].filter(Boolean).join(' ');

const readsOf = new WeakMap<DataSource, DataSource>();

/** Starts the loaders' pipelined DataSource beside `db` (same entities, logger, schema). */
export async function useBatchedReads(db: DataSource, lanes = 4): Promise<DataSource> {
  const options = db.options as typeof db.options & { extra?: Record<string, unknown> };
  const reads = new DataSource({
    ...options,
    migrations: [],
    // TypeORM builds its pool from `driver.Pool`: here, the pipelined lanes.
    driver: { ...pg, Pool: class extends PipelinedLanes {} },
    extra: { ...options.extra, lanes, options: withGenericPlans(options.extra?.options as string | undefined) },
  } as typeof db.options);
  await reads.initialize();
  readsOf.set(db, reads);
  return reads;
}

/** The DataSource loaders read through: the pipelined one when started, else `db` itself. */
export const readsFor = (db: DataSource): DataSource => readsOf.get(db) ?? db;

/** Writes to PostgreSQL so far (turns of the event loop with loader queries) and the queries in them. */
export function batchedReadsSent(db: DataSource): { turns: number; queries: number } | undefined {
  const reads = readsOf.get(db);
  return reads ? { ...(reads.driver as unknown as { master: PipelinedLanes }).master.sent } : undefined;
}

/** Closes the loaders' DataSource of `db`, if any. */
export async function stopBatchedReads(db: DataSource) {
  const reads = readsOf.get(db);
  readsOf.delete(db);
  if (reads?.isInitialized) await reads.destroy();
}
