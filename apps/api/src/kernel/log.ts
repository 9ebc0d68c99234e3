import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs: one JSON object per line on stdout (pino), `level` as a word, `time` in
 * ISO 8601. LOG_LEVEL chooses the level (default `info`; `silent` under jest unless set).
 */
export function createLogger(opts: { level?: string; destination?: DestinationStream } = {}): Logger {
  const level = opts.level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    opts.destination ?? pino.destination({ sync: false }),
  );
}

/** The request being served: its logger (with its id) and what its one log line will say. */
export interface RequestTrace {
  logger: Logger;
  /** `staff:<id>`, `api_token:<id>`, or absent for nobody. */
  actor?: string;
  operation?: string;
  /** `extensions.code` of every error in the answer, in order. */
  codes: string[];
}

let fallback: Logger | undefined;

/** The process's logger (outside of a request; a request's is `traceOf(ctx.res).logger`). */
export const log = (): Logger => (fallback ??= createLogger());

// The request an error arose in. The trace travels in the GraphQL context, not in an
// AsyncLocalStorage: on Node 20 any AsyncLocalStorage scope turns on promise hooks, which cost
// a profile request about a fifth of its CPU. Errors meet formatError without the context, so the
// request notes them here on the way (requestTracePlugin, the context function).
const errorTraces = new WeakMap<object, RequestTrace>();

/** Notes that `error` arose while serving `trace`'s request. */
export function noteErrorTrace(error: unknown, trace: RequestTrace | undefined) {
  if (trace && error && typeof error === 'object') errorTraces.set(error, trace);
}

/** The request `error` (or the error it wraps) arose in, if it was noted. */
export function errorTrace(error: unknown): RequestTrace | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const cause = (error as { originalError?: unknown }).originalError;
  return errorTraces.get(error) ?? (cause && typeof cause === 'object' ? errorTraces.get(cause) : undefined);
}

/**
 * Keeps a storm of like events (a database outage seen by every pool client, every poll and
 * every request) to one line per `intervalMs` per key: the first is logged at once, the
 * next after the interval with `suppressed`, the number left out in between.
 */
export class LogThrottle {
  private readonly seen = new Map<string, { at: number; suppressed: number }>();

  constructor(
    private readonly intervalMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Logs `msg` at `level` unless a line for `key` was written in the last interval. */
  write(logger: Logger, level: 'warn' | 'error' | 'info', key: string, fields: object, msg: string): void {
    const at = this.now();
    const last = this.seen.get(key);
    if (last && at - last.at < this.intervalMs) {
      last.suppressed += 1;
      return;
    }
    if (!last && this.seen.size >= 100) this.seen.clear(); // keys are few; never grow without bound
    this.seen.set(key, { at, suppressed: 0 });
    logger[level]({ ...fields, ...(last?.suppressed ? { suppressed: last.suppressed } : {}) }, msg);
  }
}
