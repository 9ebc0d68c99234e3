// The API, PostGraphile 4 and the SQL floor on one database, in interleaved rounds: within
// a round each contender runs once (the order rotates round by round), so a slow minute on a
// shared machine hits all three alike and the per-round ratios stay fair.
import { postgresCpuSeconds } from './api-process';
import { median } from './compare';
import { runLoad, type LoadResult } from './load';
import { CONTENDERS, type ContenderName, type Workload } from './workloads';

/** cpuMs: the contender's process; dbCpuMs: PostgreSQL's processes (local database only). */
export type Measured = LoadResult & { cpuMs?: number; dbCpuMs?: number };
export type ThreeWayRound = Record<ContenderName, Measured>;

export interface WorkloadResult {
  workload: Workload;
  rounds: ThreeWayRound[];
}

export async function runThreeWay(
  workloads: Workload[],
  cpuSeconds: Record<ContenderName, () => number | undefined>,
  opts: { rounds: number; seconds: number; warmupSeconds: number; onRound?: (w: Workload, i: number, r: ThreeWayRound) => void },
): Promise<WorkloadResult[]> {
  const results: WorkloadResult[] = [];
  for (const workload of workloads) {
    const rounds: ThreeWayRound[] = [];
    for (let i = 0; i < opts.rounds; i++) {
      const round = {} as ThreeWayRound;
      const order = CONTENDERS.map((_, k) => CONTENDERS[(k + i) % CONTENDERS.length]);
      for (const name of order) {
        let cpuAtStart: number | undefined;
        let dbCpuAtStart: number | undefined;
        const result = await runLoad(workload.tasks[name], workload.concurrency, opts.seconds, {
          warmupSeconds: opts.warmupSeconds,
          onMeasureStart: () => {
            workload.restart(i);
            cpuAtStart = cpuSeconds[name]();
            dbCpuAtStart = postgresCpuSeconds();
          },
        });
        const perRequest = (start: number | undefined, end: number | undefined) =>
          start !== undefined && end !== undefined && result.requests > 0 ? ((end - start) * 1000) / result.requests : undefined;
        round[name] = { ...result, cpuMs: perRequest(cpuAtStart, cpuSeconds[name]()), dbCpuMs: perRequest(dbCpuAtStart, postgresCpuSeconds()) };
      }
      rounds.push(round);
      opts.onRound?.(workload, i + 1, round);
    }
    results.push({ workload, rounds });
  }
  return results;
}

const f0 = (x: number) => x.toFixed(0);
const f2 = (x: number) => x.toFixed(2);

/** Medians per contender and the per-round ratios (their medians), as Markdown. */
export function threeWayTables(results: WorkloadResult[]): string {
  const out = [
    '### Summary: medians over the rounds',
    '| workload | API req/s | PostGraphile req/s | floor req/s | **API/PostGraphile** req/s | **API/floor** req/s | API p50 / p99 ms | PostGraphile p50 / p99 ms | floor p50 / p99 ms | CPU ms/req API / PostGraphile / floor | PostgreSQL CPU ms/req API / PostGraphile / floor | SQL statements/req API / PostGraphile / floor |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { workload, rounds } of results) {
    const m = (name: ContenderName, pick: (r: Measured) => number | undefined) => {
      const xs = rounds.map((r) => pick(r[name])).filter((x): x is number => x !== undefined);
      return xs.length ? median(xs) : NaN;
    };
    const ratio = (other: ContenderName) => median(rounds.map((r) => r.API.rps / r[other].rps));
    const cell = (name: ContenderName) => `${f2(m(name, (r) => r.p50))} / ${f2(m(name, (r) => r.p99))}`;
    out.push(
      `| ${workload.name} | ${f0(m('API', (r) => r.rps))} | ${f0(m('PostGraphile', (r) => r.rps))} | ${f0(m('floor', (r) => r.rps))} | ` +
        `**${ratio('PostGraphile').toFixed(2)}** | **${ratio('floor').toFixed(2)}** | ${cell('API')} | ${cell('PostGraphile')} | ${cell('floor')} | ` +
        `${['API', 'PostGraphile', 'floor'].map((n) => f2(m(n as ContenderName, (r) => r.cpuMs))).join(' / ')} | ` +
        `${['API', 'PostGraphile', 'floor'].map((n) => f2(m(n as ContenderName, (r) => r.dbCpuMs))).join(' / ')} | ` +
        `${['API', 'PostGraphile', 'floor'].map((n) => m(n as ContenderName, (r) => r.statements).toFixed(1)).join(' / ')} |`,
    );
  }
  out.push(
    '',
    'Search p99 against the floor (goal: at most 2×): ' +
      results
        .filter((r) => r.workload.name.startsWith('search'))
        .map(({ workload, rounds }) => `${workload.name.split(' (')[0]} ${median(rounds.map((r) => r.API.p99 / r.floor.p99)).toFixed(2)}×`)
        .join('; ') +
      '.',
  );
  return out.join('\n');
}
