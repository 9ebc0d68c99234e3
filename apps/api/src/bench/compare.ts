// Two API builds on one database, measured in interleaved rounds: on a shared, noisy machine
// a slow minute hits both alike, so the ratio of a round means more than either figure.
import { runLoad, type LoadResult, type StatementReading } from './load';

export interface Contender {
  /** One request; resolves to the SQL statements it took. */
  task: () => Promise<StatementReading>;
  /** CPU seconds the API process has used so far, if known. */
  cpuSeconds?: () => number | undefined;
}

/** A run, with the API process's CPU milliseconds per request when known. */
export type Measured = LoadResult & { cpuMs?: number };

export interface Round {
  a: Measured;
  b: Measured;
}

export interface LevelComparison {
  concurrency: number;
  rounds: Round[];
}

export interface InterleaveOptions {
  levels: number[];
  rounds: number;
  seconds: number;
  /** Before each measured run: both builds of a round replay the same customers. */
  restartCustomers: (round: number) => void;
  onRound?: (concurrency: number, round: number, r: Round) => void;
}

/**
 * At each concurrency level, `rounds` rounds of A and B back to back; the order flips every
 * round (A B, B A, ...) so neither build always runs on the heels of the other.
 */
export async function interleave(a: Contender, b: Contender, opts: InterleaveOptions): Promise<LevelComparison[]> {
  const levels: LevelComparison[] = [];
  for (const concurrency of opts.levels) {
    const rounds: Round[] = [];
    for (let i = 0; i < opts.rounds; i++) {
      const measure = async (c: Contender): Promise<Measured> => {
        let cpuAtStart: number | undefined;
        const onMeasureStart = () => {
          opts.restartCustomers(i);
          cpuAtStart = c.cpuSeconds?.();
        };
        const result = await runLoad(c.task, concurrency, opts.seconds, { onMeasureStart });
        const cpuAtEnd = c.cpuSeconds?.();
        const known = cpuAtStart !== undefined && cpuAtEnd !== undefined && result.requests > 0;
        return { ...result, cpuMs: known ? ((cpuAtEnd! - cpuAtStart!) * 1000) / result.requests : undefined };
      };
      let round: Round;
      if (i % 2 === 0) {
        const ra = await measure(a);
        round = { a: ra, b: await measure(b) };
      } else {
        const rb = await measure(b);
        round = { a: await measure(a), b: rb };
      }
      rounds.push(round);
      opts.onRound?.(concurrency, i + 1, round);
    }
    levels.push({ concurrency, rounds });
  }
  return levels;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const ms = (x: number) => x.toFixed(2);
const ratio = (x: number) => x.toFixed(3);
const rps = (r: LoadResult) => r.rps.toFixed(0);
const cpu = (r: Measured) => (r.cpuMs === undefined ? '–' : r.cpuMs.toFixed(2));

/** B's requests per second over A's in one round (above 1: B is faster). */
export const rpsRatio = (r: Round) => r.b.rps / r.a.rps;

/** The per-round tables and a summary of medians, in Markdown. */
export function comparisonTables(levels: LevelComparison[]): string {
  const out: string[] = [
    '### Summary: medians over the rounds',
    '| concurrency | rounds | B/A req/s (median) | B/A req/s (range) | B/A p50 (median) | B/A p99 (median) | B/A API CPU per request (median) | SQL statements/request A / B |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const { concurrency, rounds } of levels) {
    const rpsRatios = rounds.map(rpsRatio);
    const cpuRatios = rounds.flatMap((r) => (r.a.cpuMs && r.b.cpuMs !== undefined ? [r.b.cpuMs / r.a.cpuMs] : []));
    const mean = (pick: (r: Round) => LoadResult) => rounds.reduce((s, r) => s + pick(r).statements, 0) / rounds.length;
    out.push(
      `| ${concurrency} | ${rounds.length} | **${ratio(median(rpsRatios))}** | ${ratio(Math.min(...rpsRatios))}–${ratio(Math.max(...rpsRatios))} | ` +
        `${ratio(median(rounds.map((r) => r.b.p50 / r.a.p50)))} | ${ratio(median(rounds.map((r) => r.b.p99 / r.a.p99)))} | ` +
        `${cpuRatios.length ? `**${ratio(median(cpuRatios))}**` : '–'} | ${mean((r) => r.a).toFixed(2)} / ${mean((r) => r.b).toFixed(2)} |`,
    );
  }
  for (const { concurrency, rounds } of levels) {
    out.push(
      '',
      `### Concurrency ${concurrency}, round by round`,
      '| round | order | A req/s | B req/s | B/A req/s | A p50 ms | B p50 ms | A p99 ms | B p99 ms | A API CPU ms/req | B API CPU ms/req | SQL statements/request A / B |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...rounds.map(
        (r, i) =>
          `| ${i + 1} | ${i % 2 === 0 ? 'A, B' : 'B, A'} | ${rps(r.a)} | ${rps(r.b)} | ${ratio(rpsRatio(r))} | ${ms(r.a.p50)} | ${ms(r.b.p50)} | ` +
          `${ms(r.a.p99)} | ${ms(r.b.p99)} | ${cpu(r.a)} | ${cpu(r.b)} | ${r.a.statements.toFixed(2)} / ${r.b.statements.toFixed(2)} |`,
      ),
    );
  }
  return out.join('\n');
}
