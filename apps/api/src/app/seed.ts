import type { DataSource } from 'typeorm';
import { config } from '../kernel/config';
import { withIndexesAfterLoad } from '../kernel/db/bulk-load';
import type { DemoSeed, ModuleDefinition } from '../kernel/module';
import { MODULES } from './modules';

export { DEMO_DOMAIN, DEMO_PASSWORD } from '../modules/auth';
export { DEMO_RESELLERS } from '../modules/resellers';

/** From this many customers a seed loads first and indexes after (see withIndexesAfterLoad). */
const BULK_FROM = 5000;

export interface SeedOptions {
  customers?: number;
  /** Only ensure the demo logins when customers exist already (first start of `npm start`). */
  ifEmpty?: boolean;
  seed?: number;
  /** Load with the schema's secondary indexes and foreign keys created after (default: 5,000 customers or more). */
  bulk?: boolean;
  log?: (line: string) => void;
}

/**
 * The demo data set, made by the listed modules in order in one transaction (resellers, the
 * demo logins, customers, then what each customer owns). Deterministic. Refuses in production:
 * demo users with a published password must never exist there.
 */
export async function seedDemoData(db: DataSource, opts: SeedOptions = {}): Promise<number> {
  if (config.isProduction) throw new Error('Refusing to create demo users and data with NODE_ENV=production');
  return db.transaction(async (em) => {
    const [{ n }] = await em.query('SELECT count(*)::int AS n FROM customer');
    const customers = opts.customers ?? 200;
    const loginsOnly = Boolean(opts.ifEmpty && n > 0);
    const load = async (indexesNeeded: () => Promise<void>) => {
      const demo: DemoSeed = { em, customers, seed: opts.seed ?? 42, made: [], loginsOnly, indexesNeeded };
      for (const m of MODULES as readonly ModuleDefinition[]) {
        if (!m.seed) continue;
        const t0 = Date.now();
        await m.seed(demo);
        opts.log?.(`${m.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      return demo;
    };
    const bulk = opts.bulk ?? (customers >= BULK_FROM && !loginsOnly);
    // A big load: hash joins and sorts in memory rather than on disk (until commit).
    if (bulk) await em.query(`SET LOCAL work_mem = '256MB'`);
    const demo = bulk ? await withIndexesAfterLoad(em, MODULES.flatMap((m: ModuleDefinition) => m.seedBulkTables ?? []), load) : await load(async () => {});
    // Fresh statistics, so the first queries on a freshly loaded set get sensible plans: this
    // schema's tables only (a bare ANALYZE takes every schema's, and two test workers seeding
    // side by side deadlocked on each other's statistics).
    if (demo.made.length) {
      const [{ tables }] = await em.query(
        `SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') AS tables FROM pg_tables WHERE schemaname = current_schema()`,
      );
      if (tables) await em.query(`ANALYZE ${tables}`);
    }
    opts.log?.(`seeded ${demo.made.length} customers`);
    return demo.made.length;
  });
}
