import * as hdr from 'hdr-histogram-js';

/**
 * What a response says of its SQL: the request's own statements (`x-sql-statements`, counted
 * in a per-request scope), or its server's running total (`x-sql-statements-total`): the bench's
 * contenders keep no per-request scope, which on Node 20 turns on promise hooks that slow them.
 */
export type StatementReading = { request: number } | { total: number };

export function readStatements(headers: Headers): StatementReading {
  const total = headers.get('x-sql-statements-total');
  return total !== null ? { total: Number(total) } : { request: Number(headers.get('x-sql-statements')) };
}

export interface LoadResult {
  concurrency: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Mean SQL statements per request, as the task reports them. */
  statements: number;
}

export interface LoadOptions {
  warmupSeconds?: number;
  /** Called between the warm-up and the measured part (to restart a customer sequence). */
  onMeasureStart?: () => void;
}

/**
 * Closed-loop load: `concurrency` workers each run `task` back to back for `seconds`
 * (after a warm-up), latencies in a HDR histogram (microsecond resolution).
 */
export async function runLoad(
  task: () => Promise<StatementReading>,
  concurrency: number,
  seconds: number,
  { warmupSeconds = 2, onMeasureStart }: LoadOptions = {},
): Promise<LoadResult> {
  const loop = async (until: number, record?: (us: number, statements: StatementReading) => void) => {
    while (Date.now() < until) {
      const t0 = process.hrtime.bigint();
      const statements = await task();
      record?.(Number(process.hrtime.bigint() - t0) / 1000, statements);
    }
  };
  const warmUntil = Date.now() + warmupSeconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, () => loop(warmUntil)));
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
  let requests = 0;
  let statements = 0;
  // Running totals: the statements between the first and the last answer, over the requests
  // between them (with c requests in flight the ends are off by at most c - 1 of thousands).
  let totals = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  onMeasureStart?.();
  const start = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, () =>
      loop(start + seconds * 1000, (us, s) => {
        histogram.recordValue(Math.max(1, Math.round(us)));
        requests++;
        if ('total' in s) {
          totals++;
          lowest = Math.min(lowest, s.total);
          highest = Math.max(highest, s.total);
        } else statements += s.request;
      }),
    ),
  );
  const elapsed = (Date.now() - start) / 1000;
  return {
    concurrency,
    requests,
    rps: requests / elapsed,
    p50: histogram.getValueAtPercentile(50) / 1000,
    p99: histogram.getValueAtPercentile(99) / 1000,
    statements: totals > 1 ? (highest - lowest) / (totals - 1) : requests ? statements / requests : 0,
  };
}

/** Customers in a fixed order, read round-robin; `restart(at)` replays the order from `at`. */
export function customerSequence(ids: readonly string[]) {
  let i = 0;
  return {
    next: () => ids[i++ % ids.length],
    restart(at = 0) {
      i = at;
    },
  };
}
