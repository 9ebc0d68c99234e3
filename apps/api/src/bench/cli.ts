// npm run bench -- [--customers 20000] [--seconds 10] [--concurrency 1,8,32] [--record]
// Seeds a fixed data set in its own database, serves the API in a child process, and loads
// customer(id) with every widget; then the same data through one hand-written SQL query.
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { appDataSource, prepareDatabase } from '../app/compose';
import { openDatabase, repoRoot } from '../main-database';
import { DEMO_PASSWORD, seedDemoData } from '../app/seed';
import { runLoad, type LoadResult } from './load';
import { FLOOR_SQL, PROFILE_QUERY } from './queries';

async function prepare(url: string, customers: number) {
  const db = appDataSource({ url });
  await db.initialize();
  try {
    await prepareDatabase(db);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM customer');
    if (n !== customers) {
      console.log(`seeding ${customers} customers (found ${n})...`);
      await db.query('TRUNCATE customer, audit_entry CASCADE');
      const t0 = Date.now();
      await seedDemoData(db, { customers });
      await db.query('ANALYZE');
      console.log(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } else {
      await seedDemoData(db, { customers: 0, ifEmpty: true }); // roles and demo users
    }
    return (await db.query('SELECT id FROM customer ORDER BY md5(id::text) LIMIT 2000')).map((r: { id: string }) => r.id) as string[];
  } finally {
    await db.destroy();
  }
}

function startServer(url: string): Promise<{ port: number; stop: () => void }> {
  const child = fork(path.join(__dirname, 'server.js'), { env: { ...process.env, BENCH_DATABASE_URL: url, NODE_ENV: 'bench' } });
  return new Promise((resolve, reject) => {
    child.once('message', (m: any) => resolve({ port: m.port, stop: () => child.disconnect() }));
    child.once('exit', (code) => reject(new Error(`API exited with ${code}`)));
  });
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const fmt = (r: LoadResult) =>
  `| ${r.concurrency} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.statements.toFixed(1)} |`;

async function main() {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '20000' },
      seconds: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '1,8,32' },
      record: { type: 'boolean', default: false },
    },
  });
  const customers = Number(values.customers);
  const seconds = Number(values.seconds);
  const levels = values.concurrency!.split(',').map(Number);
  const database = await openDatabase('sightline_bench');
  try {
    const ids = await prepare(database.url, customers);
    const server = await startServer(database.url);
    const endpoint = `http://127.0.0.1:${server.port}/graphql`;
    const login = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "admin@demo.sightline.test", password: "${DEMO_PASSWORD}") { token } }` }),
    }).then((r) => r.json() as any);
    const token = login.data.login.token as string;
    let i = 0;
    const nextId = () => ids[i++ % ids.length];
    const graphqlTask = async () => {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: PROFILE_QUERY, variables: { id: nextId() } }),
      });
      const body = (await res.json()) as any;
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return Number(res.headers.get('x-sql-statements'));
    };
    const pool = new pg.Pool({ connectionString: database.url, max: Math.max(...levels) });
    const floorTask = async () => {
      const { rows } = await pool.query(FLOOR_SQL, [nextId()]);
      if (rows.length !== 1) throw new Error('floor query found no customer');
      return 1;
    };
    const api: LoadResult[] = [];
    const floor: LoadResult[] = [];
    for (const c of levels) {
      api.push(await runLoad(graphqlTask, c, seconds));
      floor.push(await runLoad(floorTask, c, seconds));
      console.log(`c=${c}: API ${api.at(-1)!.rps.toFixed(0)} req/s, floor ${floor.at(-1)!.rps.toFixed(0)} q/s`);
    }
    await pool.end();
    server.stop();
    const header = '| concurrency | req/s | p50 ms | p99 ms | mean SQL statements/request |\n|---|---|---|---|---|';
    const report = [
      `Data set: ${customers} customers (demo generator, seed 42), each request a random customer.`,
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${database.embedded ? 'embedded PostgreSQL 18' : 'PostgreSQL at DATABASE_URL'}; load generator and API in separate processes on the same machine; ${seconds} s per level after a 2 s warm-up.`,
      '',
      '### `customer(id)` with every widget, through the GraphQL API (auth, shield, DataLoader, TypeORM)',
      header,
      ...api.map(fmt),
      '',
      '### The floor: the same data in one hand-written SQL statement with `pg`',
      header,
      ...floor.map(fmt),
    ].join('\n');
    console.log('\n' + report);
    if (values.record) {
      const file = path.join(repoRoot, 'docs', 'BENCHMARKS.md');
      // Only the block between the markers is replaced; the analysis around it stays.
      const block = `${START}\nRecorded by \`npm run bench -- --record\` on ${new Date().toISOString().slice(0, 10)}.\n\n${report}\n${END}`;
      const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
      const [before, rest = ''] = current.split(START);
      writeFileSync(file, before + block + (rest.split(END)[1] ?? '\n'));
      console.log(`recorded in ${file}`);
    }
  } finally {
    await database.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
