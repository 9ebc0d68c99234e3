import { AsyncLocalStorage } from 'node:async_hooks';
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

const current = new AsyncLocalStorage<RequestTrace>();
let fallback: Logger | undefined;

/** Runs `fn` as part of the request `trace` describes. */
export const withRequestTrace = <T>(trace: RequestTrace, fn: () => T): T => current.run(trace, fn);

/** The request being served, if any. */
export const requestTrace = (): RequestTrace | undefined => current.getStore();

/** The logger of the request being served; the process's outside of one. */
export const log = (): Logger => current.getStore()?.logger ?? (fallback ??= createLogger());

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
