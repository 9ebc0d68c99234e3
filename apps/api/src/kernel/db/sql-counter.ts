import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';
import { LogThrottle, type Logger as PinoLogger } from '../log';
import { reportDatabaseUnavailable } from '../errors';
import { isDatabaseUnavailable } from './availability';

/** Counts SQL statements per request (tests assert the count; the bench reports it). */
const store = new AsyncLocalStorage<{ statements: number }>();

export function withStatementCounter<T>(fn: () => T): T {
  return store.run({ statements: 0 }, fn);
}

export function currentStatementCount(): number {
  return store.getStore()?.statements ?? 0;
}

let sent = 0;

/** Statements the process has sent so far (what the bench reads, without a per-request scope). */
export const statementTotal = () => sent;

/**
 * TypeORM logger: counts every statement. Failed statements are logged at debug (the ones
 * that matter reach formatError, which logs them once); an outage is one throttled warning;
 * slow queries are warnings. `SQL_LOG=1` logs every statement.
 */
export class CountingLogger implements Logger {
  private readonly throttle = new LogThrottle(10_000);

  constructor(
    private readonly logger: PinoLogger,
    private readonly logQueries = process.env.SQL_LOG === '1',
  ) {}
  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner) {
    sent++;
    const s = store.getStore();
    if (s) s.statements++;
    if (this.logQueries) this.logger.info({ sql: query, parameters }, 'sql');
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]) {
    if (isDatabaseUnavailable(error)) reportDatabaseUnavailable(error, 'query', this.logger);
    else this.logger.debug({ err: error, sql: query, parameters }, 'sql error');
  }
  logQuerySlow(time: number, query: string) {
    this.throttle.write(this.logger, 'warn', `slow:${query.slice(0, 200)}`, { ms: time, sql: query.slice(0, 200) }, 'slow query');
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    this.logger.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.throttle.write(this.logger, 'warn', `typeorm:${String(message).slice(0, 100)}`, {}, String(message));
  }
}
