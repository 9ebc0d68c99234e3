import type { DataSource } from 'typeorm';
import { config } from '../kernel/config';
import type { DemoSeed, ModuleDefinition } from '../kernel/module';
import { MODULES } from './modules';

export { DEMO_DOMAIN, DEMO_PASSWORD } from '../modules/auth';
export { DEMO_RESELLERS } from '../modules/resellers';

export interface SeedOptions {
  customers?: number;
  /** Only ensure the demo logins when customers exist already (first start of `npm start`). */
  ifEmpty?: boolean;
  seed?: number;
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
    const demo: DemoSeed = { em, customers: opts.customers ?? 200, seed: opts.seed ?? 42, made: [], loginsOnly: Boolean(opts.ifEmpty && n > 0) };
    for (const m of MODULES as readonly ModuleDefinition[]) await m.seed?.(demo);
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
