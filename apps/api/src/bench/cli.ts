// npm run bench -- [--customers 20000] [--seconds 10] [--concurrency 1,8,32] [--record]
//                  [--compare <another API build> [--rounds 6]] [--billing-run]
// Seeds a fixed data set in its own database, serves the API in a child process, and loads
// customer(id) with every widget; then the same data through one hand-written SQL query.
// --compare serves a second build on the same database and measures both in interleaved rounds.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { appDataSource, prepareDatabase } from '../app/compose';
import { openDatabase, repoRoot } from '../main-database';
import { seedDemoData } from '../app/seed';
import { differingAnswers, otherBuild, profileTask, servedSchema, startApi, thisBuild, type RunningApi } from './api-process';
import { comparisonTables, interleave, median, rpsRatio } from './compare';
import { customerSequence, runLoad, type LoadResult } from './load';
import { FLOOR_SQL, PROFILE_QUERY, queryInEvery } from './queries';
import { billingRunWorkload } from './billing-run';

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

const HEADER = '| concurrency | req/s | p50 ms | p99 ms | mean SQL statements/request |\n|---|---|---|---|---|';
const fmt = (r: LoadResult) =>
  `| ${r.concurrency} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.statements.toFixed(1)} |`;
const FLOOR_TITLE = '### The floor: the same data in one hand-written SQL statement with `pg`';

/** Replaces the block between `<!-- {marker}:start -->` and `<!-- {marker}:end -->` (appended when missing). */
function record(marker: string, command: string, report: string) {
  const [start, end] = [`<!-- ${marker}:start -->`, `<!-- ${marker}:end -->`];
  const file = path.join(repoRoot, 'docs', 'BENCHMARKS.md');
  // Only the block between the markers is replaced; the analysis around it stays.
  const block = `${start}\nRecorded by \`${command}\` on ${new Date().toISOString().slice(0, 10)}.\n\n${report}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const [before, rest = ''] = current.split(start);
  writeFileSync(file, before + block + (rest.split(end)[1] ?? '\n'));
  console.log(`recorded in ${file}`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '20000' },
      seconds: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '1,8,32' },
      record: { type: 'boolean', default: false },
      compare: { type: 'string' },
      rounds: { type: 'string', default: '6' },
      'billing-run': { type: 'boolean', default: false },
    },
  });
  const customers = Number(values.customers);
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const levels = values.concurrency!.split(',').map(Number);
  const other = values.compare ? otherBuild(values.compare) : undefined;
  const database = await openDatabase('sightline_bench');
  const running: RunningApi[] = [];
  try {
    // This build migrates and seeds; another build runs on that schema as it is (TypeORM
    // applies only the listed migrations not recorded yet and passes over unknown ones).
    const ids = await prepare(database.url, customers);
    if (values['billing-run']) {
      // Only the billing run: customers per second, and that a second run writes nothing.
      const report = [`Data set: ${customers} customers (demo generator). Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}.`, '', await billingRunWorkload(database.url)].join('\n');
      console.log('\n' + report);
      if (values.record) record('bench:billing-run', `npm run bench -- ${process.argv.slice(2).join(' ')}`, report);
      return;
    }
    const customersInOrder = customerSequence(ids);
    const pool = new pg.Pool({ connectionString: database.url, max: Math.max(...levels) });
    const floorTask = async () => {
      const { rows } = await pool.query(FLOOR_SQL, [customersInOrder.next()]);
      if (rows.length !== 1) throw new Error('floor query found no customer');
      return 1;
    };
    const machine = `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${database.embedded ? 'embedded PostgreSQL 18' : 'PostgreSQL at DATABASE_URL'}; load generator and API in separate processes on the same machine; ${seconds} s per run after a 2 s warm-up.`;
    const dataSet = `Data set: ${customers} customers (demo generator, seed 42), each request a random customer.`;
    let report: string;
    if (other) {
      const a = await startApi(other, database.url);
      running.push(a);
      const b = await startApi(thisBuild(), database.url);
      running.push(b);
      const { query, leftOut } = queryInEvery(PROFILE_QUERY, [await servedSchema(a), await servedSchema(b)]);
      if (leftOut.length) console.log(`left out of the query (not in both schemas): ${leftOut.join(', ')}`);
      const checked = ids.slice(0, 50);
      const differing = await differingAnswers(a, b, query, checked);
      const answers = differing.length
        ? `**The builds answer differently** for ${differing.length} of the first ${checked.length} customers (e.g. \`${differing[0]}\`).`
        : `Both builds give the same answer, byte for byte, for each of the first ${checked.length} customers.`;
      console.log(answers);
      const comparison = await interleave(
        { task: profileTask(a, query, customersInOrder.next), cpuSeconds: a.cpuSeconds },
        { task: profileTask(b, query, customersInOrder.next), cpuSeconds: b.cpuSeconds },
        {
          levels,
          rounds,
          seconds,
          // Each round starts elsewhere in the order; A and B of a round replay the same customers.
          restartCustomers: (round) => customersInOrder.restart(round * 397),
          onRound: (c, i, r) =>
            console.log(
              `c=${c} round ${i}: A ${r.a.rps.toFixed(0)} req/s, B ${r.b.rps.toFixed(0)} req/s, B/A ${rpsRatio(r).toFixed(3)}; ` +
                `API CPU ms/request A ${r.a.cpuMs?.toFixed(2)}, B ${r.b.cpuMs?.toFixed(2)}`,
            ),
        },
      );
      for (const { concurrency, rounds: rs } of comparison) console.log(`c=${concurrency}: median B/A ${median(rs.map(rpsRatio)).toFixed(3)}`);
      await Promise.all(running.splice(0).map((api) => api.stop()));
      const floor: LoadResult[] = [];
      for (const c of levels) floor.push(await runLoad(floorTask, c, seconds));
      report = [
        `A = \`${other.label}\` (\`--compare\`), B = \`${thisBuild().label}\` (this build). Both serve the same database, the same query and, in each round, the same customers in the same order; A and B alternate within each round (A then B, then B then A), one ${seconds} s run each after a 2 s warm-up, one build idle while the other is loaded. API CPU per request: the API process's user + system time (from /proc) over the measured run over its requests, which other work on the machine moves far less than req/s.`,
        leftOut.length
          ? `Query: the full profile from the modules' probes, without ${leftOut.map((f) => `\`${f}\``).join(', ')} (not in both schemas).`
          : `Query: the full profile from the modules' probes (both schemas have every field).`,
        answers,
        dataSet,
        machine,
        '',
        comparisonTables(comparison),
        '',
        `${FLOOR_TITLE} (after the rounds)`,
        HEADER,
        ...floor.map(fmt),
      ].join('\n');
    } else {
      const api = await startApi(thisBuild(), database.url);
      running.push(api);
      const graphqlTask = profileTask(api, PROFILE_QUERY, customersInOrder.next);
      const results: LoadResult[] = [];
      const floor: LoadResult[] = [];
      for (const c of levels) {
        results.push(await runLoad(graphqlTask, c, seconds));
        floor.push(await runLoad(floorTask, c, seconds));
        console.log(`c=${c}: API ${results.at(-1)!.rps.toFixed(0)} req/s, floor ${floor.at(-1)!.rps.toFixed(0)} q/s`);
      }
      await Promise.all(running.splice(0).map((s) => s.stop()));
      report = [
        dataSet,
        machine,
        '',
        '### `customer(id)` with every widget, through the GraphQL API (auth, shield, DataLoader, TypeORM)',
        HEADER,
        ...results.map(fmt),
        '',
        FLOOR_TITLE,
        HEADER,
        ...floor.map(fmt),
      ].join('\n');
    }
    await pool.end();
    console.log('\n' + report);
    if (values.record) {
      const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`;
      record(other ? 'bench:compare' : 'bench', command, report);
    }
  } finally {
    await Promise.all(running.map((api) => api.stop()));
    await database.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
