import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

type Queryable = { query: (...args: any[]) => any; __sightlinePrepared?: boolean };

// Statement texts are few (the code's queries), so their names are computed once, not per query.
const names = new Map<string, string>();
const nameOf = (text: string) => {
  let name = names.get(text);
  if (!name) names.set(text, (name = 'sl_' + createHash('sha1').update(text).digest('base64url')));
  return name;
};

/**
 * Statements that start with this comment (TypeORM: `qb.comment(CUSTOM_PLAN)`) are sent
 * unnamed, so PostgreSQL plans them for their values every time: a search's best plan
 * depends on its term, and a named statement may switch to one generic plan after five
 * executions, so the plan would depend on what the pooled connection happened to run before.
 */
export const CUSTOM_PLAN = 'custom plan';
const CUSTOM_PLAN_PREFIX = `/* ${CUSTOM_PLAN} */`;

/**
 * Sends every parameterised statement as a named prepared statement (named by a hash of its
 * text), so PostgreSQL plans each loader query once per connection instead of on every
 * request: planning cost more than running these small statements (docs/BENCHMARKS.md).
 * Statements without parameters (BEGIN, COMMIT, DDL) go through unchanged.
 */
function prepareOn(client: Queryable) {
  if (client.__sightlinePrepared) return;
  client.__sightlinePrepared = true;
  const query = client.query.bind(client);
  client.query = (config: unknown, values?: unknown, callback?: unknown) => {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && !config.startsWith(CUSTOM_PLAN_PREFIX)) {
      return query({ name: nameOf(config), text: config, values }, callback);
    }
    return query(config, values, callback);
  };
}

export function usePreparedStatements(db: DataSource) {
  const pool = (db.driver as unknown as { master: { on: (e: string, f: (c: Queryable) => void) => void } }).master;
  // 'acquire' also covers connections opened before this was installed.
  pool.on('acquire', prepareOn);
}
