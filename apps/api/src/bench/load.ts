import * as hdr from 'hdr-histogram-js';

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
  task: () => Promise<number>,
  concurrency: number,
  seconds: number,
  { warmupSeconds = 2, onMeasureStart }: LoadOptions = {},
): Promise<LoadResult> {
  const loop = async (until: number, record?: (us: number, statements: number) => void) => {
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
  onMeasureStart?.();
  const start = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, () =>
      loop(start + seconds * 1000, (us, s) => {
        histogram.recordValue(Math.max(1, Math.round(us)));
        requests++;
        statements += s;
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
    statements: requests ? statements / requests : 0,
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
