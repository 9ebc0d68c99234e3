import { availableParallelism } from 'node:os';
import type { DataSource, EntityManager } from 'typeorm';
import { config } from '../kernel/config';
import { putBackSetAside, setAsideForLoad, type LoadSetAside } from '../kernel/db/bulk-load';
import type { DemoCustomer, DemoSeed, ModuleDefinition } from '../kernel/module';
import { MODULES } from './modules';

export { DEMO_DOMAIN, DEMO_PASSWORD } from '../modules/auth';
export { DEMO_RESELLERS } from '../modules/resellers';

/** From this many customers a seed loads first and indexes after, in parts side by side. */
const BULK_FROM = 5000;
/** Customers per part: each part is one transaction, and its working set stays in memory. */
const PART = 20_000;

export interface SeedOptions {
  customers?: number;
  /** Only ensure the demo logins when customers exist already (first start of `npm start`). */
  ifEmpty?: boolean;
  seed?: number;
  /** Load with the schema's secondary indexes and foreign keys created after (default: 5,000 customers or more). */
  bulk?: boolean;
  /** Customers per part (default 20,000). The demo set depends on it: the same size, the same set. */
  part?: number;
  /** Parts loaded side by side in a bulk seed (default: the machine's cores, at most 4). */
  jobs?: number;
  log?: (line: string) => void;
}

const modules = MODULES as readonly ModuleDefinition[];
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * The demo data set, made by the listed modules in order (resellers, the demo logins,
 * customers, then what each customer owns), one part of the customers at a time, then each
 * module's `seedAfter` over all of them. Deterministic for a given part size. Refuses in
 * production: demo users with a published password must never exist there.
 *
 * A small seed is one transaction. A bulk seed sets the big tables' keys, indexes, foreign keys
 * and history-refusing triggers aside (recorded, see bulk-load.ts), commits its first part,
 * loads the others in `jobs` transactions side by side (PostgreSQL runs each on its own core),
 * then in a last one puts the set-aside back, runs `seedAfter`, and builds the indexes of the
 * tables those rewrote. A bulk seed that fails keeps the parts it finished and puts the
 * set-aside back; `--reset` starts over.
 */
export async function seedDemoData(db: DataSource, opts: SeedOptions = {}): Promise<number> {
  if (config.isProduction) throw new Error('Refusing to create demo users and data with NODE_ENV=production');
  const customers = opts.customers ?? 200;
  const size = Math.max(1, opts.part ?? PART);
  const seed = opts.seed ?? 42;
  const log = opts.log ?? (() => {});
  const load: LoadSetAside = {
    tables: modules.flatMap((m) => m.seedBulkTables ?? []),
    keptKeys: modules.flatMap((m) => m.seedKeptKeys ?? []),
    deferred: modules.flatMap((m) => m.seedAfterWrites ?? []),
    triggers: modules.flatMap((m) => m.seedLoadTriggers ?? []),
  };
  // A first start's seed (ifEmpty) may find customers and make none: one transaction decides.
  const bulk = opts.bulk ?? (customers >= BULK_FROM && !opts.ifEmpty);
  const jobs = bulk ? Math.max(1, opts.jobs ?? Math.min(availableParallelism(), 4)) : 1;

  type Part = { first: number; count: number };
  // Each module's time over all parts (side by side, they add up to more than the wall clock).
  const spent = new Map<string, number>();
  const runPart = async (em: EntityManager, p: Part, loginsOnly: boolean, claim: DemoSeed['claim']) => {
    const t0 = Date.now();
    // A big load: hash joins and sorts in memory rather than on disk (until commit).
    if (bulk) await em.query(`SET LOCAL work_mem = '256MB'`);
    const demo: DemoSeed = { em, customers: p.count, first: p.first, seed, made: [], loginsOnly, claim };
    for (const m of modules.filter((m) => m.seed)) {
      const began = Date.now();
      await m.seed!(demo);
      spent.set(m.name, (spent.get(m.name) ?? 0) + Date.now() - began);
    }
    if (p.count) log(`customers ${p.first + 1}–${p.first + p.count}: ${seconds(t0)}`);
    return demo.made;
  };
  const finish = async (em: EntityManager, first: number, made: DemoCustomer[]) => {
    if (made.length) log(`per module, over all parts: ${[...spent].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
    let t0 = Date.now();
    const back = await putBackSetAside(em, { exceptDeferred: true });
    if (bulk) log(`keys, indexes and triggers put back (${back}): ${seconds(t0)}`);
    const demo: DemoSeed = { em, customers: made.length, first, seed, made, loginsOnly: false, claim: (sql, params) => em.query(sql, params) };
    for (const m of modules.filter((m) => m.seedAfter)) {
      t0 = Date.now();
      await m.seedAfter!(demo);
      log(`${m.name}, after: ${seconds(t0)}`);
    }
    t0 = Date.now();
    const late = await putBackSetAside(em);
    if (bulk) log(`indexes of the tables the after-steps wrote put back (${late}): ${seconds(t0)}`);
    if (made.length) await analyzeSchema(em);
    log(`seeded ${made.length} customers`);
    return made.length;
  };
  // Where the new customers start, their parts, and whether this is only the first start's logins.
  const start = async (em: EntityManager) => {
    // A bulk seed stopped half-way (killed) left its set-aside recorded: put it back first.
    if (await putBackSetAside(em)) log('put back what an earlier, unfinished seed had set aside');
    const [{ n }] = await em.query('SELECT count(*)::int AS n FROM customer');
    const parts: Part[] = [];
    for (let first = n; first < n + customers; first += size) parts.push({ first, count: Math.min(size, n + customers - first) });
    return { n: n as number, parts: parts.length ? parts : [{ first: n, count: 0 }], loginsOnly: Boolean(opts.ifEmpty && n > 0) };
  };

  if (jobs === 1 || customers <= size || opts.ifEmpty) {
    return db.transaction(async (em) => {
      const { n, parts, loginsOnly } = await start(em);
      await setAsideForLoad(em, bulk && !loginsOnly ? load : { tables: [], triggers: load.triggers });
      const claim: DemoSeed['claim'] = (sql, params) => em.query(sql, params);
      const made: DemoCustomer[] = [];
      for (const p of parts) made.push(...(await runPart(em, p, loginsOnly, claim)));
      return finish(em, n, made);
    });
  }

  // Bulk, side by side. The first part alone: it also makes what every part shares (logins,
  // the catalogue, tariffs, partitions), so the others find it and never wait on each other.
  const claim: DemoSeed['claim'] = (sql, params) => db.query(sql, params);
  const { n, parts, made: head } = await db.transaction(async (em) => {
    const begun = await start(em);
    await setAsideForLoad(em, load);
    return { ...begun, made: await runPart(em, begun.parts[0], false, claim) };
  });
  const madeByPart: DemoCustomer[][] = [head];
  try {
    let next = 1;
    let failed = false;
    const worker = async () => {
      while (!failed && next < parts.length) {
        const k = next++;
        madeByPart[k] = await db.transaction((em) => runPart(em, parts[k], false, claim)).catch((e) => {
          failed = true;
          throw e;
        });
      }
    };
    const refused = (await Promise.allSettled(Array.from({ length: jobs }, worker))).find((s) => s.status === 'rejected');
    if (refused) throw (refused as PromiseRejectedResult).reason;
    return await db.transaction((em) => finish(em, n, madeByPart.flat()));
  } catch (e) {
    await db.transaction((em) => putBackSetAside(em)).catch(() => {});
    log('the seed stopped part-way: the parts it finished are kept; run it again with --reset to start over');
    throw e;
  }
}

/**
 * Fresh statistics, so the first queries on a freshly loaded set get sensible plans: this
 * schema's tables only (a bare ANALYZE takes every schema's, and two test workers seeding side
 * by side deadlocked on each other's statistics).
 */
async function analyzeSchema(em: EntityManager) {
  const [{ tables }] = await em.query(
    `SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') AS tables FROM pg_tables WHERE schemaname = current_schema()`,
  );
  if (tables) await em.query(`ANALYZE ${tables}`);
}
