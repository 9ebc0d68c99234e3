import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

/** Counts SQL statements per request (tests assert the count; the bench reports it). */
const store = new AsyncLocalStorage<{ statements: number }>();

export function withStatementCounter<T>(fn: () => T): T {
  return store.run({ statements: 0 }, fn);
}

export function currentStatementCount(): number {
  return store.getStore()?.statements ?? 0;
}

/** TypeORM logger: counts every statement; prints only errors and slow queries. */
export class CountingLogger implements Logger {
  constructor(private readonly logQueries = process.env.SQL_LOG === '1') {}
  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner) {
    const s = store.getStore();
    if (s) s.statements++;
    if (this.logQueries) console.log('[sql]', query, parameters ?? '');
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]) {
    if (process.env.NODE_ENV !== 'test' || this.logQueries) console.error('[sql error]', error, query, parameters ?? '');
  }
  logQuerySlow(time: number, query: string) {
    console.warn(`[sql slow ${time}ms]`, query.slice(0, 200));
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    if (process.env.NODE_ENV !== 'test') console.log('[migration]', message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') console.warn(message);
  }
}
