// npm run bench -- [--customers 20000] [--seconds 5] [--rounds 3] [--concurrency 1,8]
//                  [--only profile,list,search] [--record]
//                  [--compare <another API build>] [--billing-run]
// Seeds a fixed data set, then serves the API, PostGraphile 4 and the SQL floor (one
// hand-written statement behind node:http) in child processes on that database and measures
// them in interleaved rounds: the profile, a list page (first and deep), search by kind of term.
// --compare serves a second API build instead and measures the two builds on the profile.
// --billing-run times only the billing run over the seeded customers (and that a second run writes nothing).
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
import { forkServer, startApi as startApiBuild } from './api-process';
import { POSTGRAPHILE_SETUP } from './postgraphile-schema';
import { runThreeWay, threeWayTables } from './three-way';
import { buildWorkloads, readInputs, type BenchInputs } from './workloads';

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
      console.log(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      // Settled as autovacuum would leave it (visibility map, hint bits), so that no contender
      // pays for the load's first reads of a page.
      await db.query('VACUUM (ANALYZE)');
    } else {
      await seedDemoData(db, { customers: 0, ifEmpty: true }); // roles and demo users
    }
    await db.query(POSTGRAPHILE_SETUP);
    return await readInputs(db, customers);
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

/** The API, PostGraphile 4 and the floor, each in its own process, measured in interleaved rounds. */
async function threeWay(
  url: string,
  inputs: Omit<BenchInputs, 'deep'> & { deepOffset: number },
  o: { levels: number[]; rounds: number; seconds: number; warmupSeconds: number; only: string[]; running: { stop(): Promise<void> }[] },
) {
  const api = await startApiBuild(thisBuild(), url);
  o.running.push(api);
  const postgraphile = await forkServer(path.join(__dirname, 'postgraphile-server.js'), url, 'PostGraphile');
  o.running.push(postgraphile);
  const floor = await forkServer(path.join(__dirname, 'floor-server.js'), url, 'floor');
  o.running.push(floor);
  const pgEndpoint = `http://127.0.0.1:${postgraphile.port}/graphql`;
  // The deep page starts after the row 100 from the end, in both cursors' own format.
  const deepRes = await fetch(pgEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ allCustomers(orderBy: [NAME_ASC, ID_ASC], offset: ${inputs.deepOffset}, first: 1) { edges { cursor node { id name } } } }`,
    }),
  });
  const { data } = (await deepRes.json()) as { data: { allCustomers: { edges: { cursor: string; node: { id: string; name: string } }[] } } };
  const [edge] = data.allCustomers.edges;
  const workloads = buildWorkloads(
    { ...inputs, deep: { name: edge.node.name, id: edge.node.id, postgraphileCursor: edge.cursor } },
    { api, postgraphile: pgEndpoint, floor: `http://127.0.0.1:${floor.port}/` },
    o.levels,
  ).filter((w) => o.only.some((k) => w.name.startsWith(k)));
  const results = await runThreeWay(
    workloads,
    { API: api.cpuSeconds, PostGraphile: postgraphile.cpuSeconds, floor: floor.cpuSeconds },
    {
      rounds: o.rounds,
      seconds: o.seconds,
      warmupSeconds: o.warmupSeconds,
      onRound: (w, i, r) =>
        console.log(
          `${w.name} round ${i}: ` +
            (['API', 'PostGraphile', 'floor'] as const)
              .map((n) => `${n} ${r[n].rps.toFixed(0)} req/s p99 ${r[n].p99.toFixed(1)} ms CPU ${r[n].cpuMs?.toFixed(2)} ms/req PostgreSQL ${r[n].dbCpuMs?.toFixed(2)} ms/req ${r[n].statements.toFixed(1)} stmt`)
              .join('; '),
        ),
    },
  );
  return [
    `Contenders: the API (this build, signed in as the demo administrator: auth, shield, reseller scope, DataLoader), PostGraphile ${require('postgraphile/package.json').version} (no auth, its defaults) and the floor (one hand-written SQL statement per request with pg behind node:http), each in its own process on the same database and pool size. ${o.rounds} rounds of ${o.seconds} s per contender and workload after a ${o.warmupSeconds} s warm-up, the order rotating each round. Ratios are medians of the per-round ratios; CPU is each process's user + system time over its requests.`,
    '',
    threeWayTables(results),
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '20000' },
      seconds: { type: 'string', default: '5' },
      concurrency: { type: 'string', default: '1,8' },
      record: { type: 'boolean', default: false },
      compare: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      only: { type: 'string', default: 'profile,list,search' },
      warmup: { type: 'string', default: '2' },
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
    if (!Number.isInteger(customers) || customers < 1 || customers > 1_000_000) throw new Error('--customers: 1 to 1,000,000');
    const inputs = await prepare(database.url, customers);
    const ids = inputs.ids;
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
      return { request: 1 };
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
      report = await threeWay(database.url, inputs, { levels, rounds, seconds, warmupSeconds: Number(values.warmup), only: values.only!.split(','), running });
      report = [dataSet.replace('each request a random customer', 'profiles of random customers'), machine, '', report].join('\n');
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
