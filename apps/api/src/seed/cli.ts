// npm run seed -- --customers N [--reset] [--jobs J]: fills the database with the deterministic demo set.
import { parseArgs } from 'node:util';
import { appDataSource, prepareDatabase } from '../app/compose';
import { openDatabase } from '../main-database';
import { seedDemoData } from '../app/seed';

async function main() {
  const { values } = parseArgs({ options: { customers: { type: 'string', default: '200' }, reset: { type: 'boolean', default: false }, jobs: { type: 'string' } } });
  const customers = Number(values.customers);
  if (!Number.isInteger(customers) || customers < 0) throw new Error('--customers must be a whole number');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) throw new Error('--jobs must be a whole number above 0');
  const database = await openDatabase();
  const db = appDataSource({ url: database.url });
  await db.initialize();
  try {
    await prepareDatabase(db);
    if (values.reset) await db.query('TRUNCATE customer, audit_entry CASCADE');
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM customer');
    if (n > 0 && !values.reset) console.log(`${n} customers exist already; adding ${customers} more (use --reset to start over)`);
    const t0 = Date.now();
    await seedDemoData(db, { customers, jobs, log: (line) => console.log(line) });
    console.log(`Seeded ${customers} customers in ${Date.now() - t0} ms into ${database.embedded ? 'the embedded PostgreSQL' : 'DATABASE_URL'}`);
  } finally {
    await db.destroy();
    await database.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
