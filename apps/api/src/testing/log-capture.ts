import { createLogger } from '../kernel/log';

export interface LogLine {
  level: string;
  time: string;
  msg: string;
  reqId?: string;
  [field: string]: unknown;
}

/** A logger whose lines tests read back, parsed (each must be one JSON object). */
export function captureLogs(level = 'debug') {
  const lines: LogLine[] = [];
  const logger = createLogger({ level, destination: { write: (s: string) => void lines.push(JSON.parse(s)) } });
  /** Waits (up to `ms`) until a line matches: request lines are written when the response has ended. */
  async function waitFor(match: (l: LogLine) => boolean, ms = 2000): Promise<LogLine> {
    for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 10))) {
      const found = lines.find(match);
      if (found) return found;
    }
    throw new Error(`no log line matched within ${ms} ms; lines: ${JSON.stringify(lines.slice(-5))}`);
  }
  return { logger, lines, waitFor };
}
