import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** Rows grouped by customer id (`suffix` extends the key, e.g. with the limit). */
function groupByCustomer<T extends { customerId: string }>(rows: T[], suffix = '', into = new Map<string, T[]>()) {
  for (const row of rows) {
    const key = row.customerId + suffix;
    const list = into.get(key);
    if (list) list.push(row);
    else into.set(key, [row]);
  }
  return into;
}

/** A loader whose batch is one `WHERE id = ANY($1)` query, answered in key order. */
export function byIdLoader<T extends { id: string }>(db: DataSource, sql: string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows: T[] = await db.query(sql, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * A loader of all rows per customer: one query for every customer id asked for in the
 * request, answered in key order (customers without rows get []).
 */
export function perCustomerLoader<T extends { customerId: string }>(fetch: (customerIds: string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const byCustomer = groupByCustomer(await fetch([...ids]));
    return ids.map((id) => byCustomer.get(id) ?? []);
  });
}

/**
 * Rows per customer that also depend on one argument (a limit, the viewer): keys are
 * `customerId:arg`; each distinct argument is one query for all its customers.
 */
export function perCustomerWithArgLoader<T extends { customerId: string }>(fetch: (customerIds: string[], arg: string) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (keys) => {
    const idsByArg = new Map<string, string[]>();
    for (const key of keys) {
      const i = key.indexOf(':');
      const arg = key.slice(i + 1);
      const ids = idsByArg.get(arg);
      if (ids) ids.push(key.slice(0, i));
      else idsByArg.set(arg, [key.slice(0, i)]);
    }
    const results = new Map<string, T[]>();
    await Promise.all([...idsByArg].map(async ([arg, ids]) => groupByCustomer(await fetch(ids, arg), `:${arg}`, results)));
    return keys.map((k) => results.get(k) ?? []);
  });
}

/**
 * "Latest N per customer": keys are `customerId:limit`; each distinct limit is one query
 * (the SQL does the per-customer top-N with a window function).
 */
export const latestPerCustomerLoader = <T extends { customerId: string }>(fetch: (customerIds: string[], limit: number) => Promise<T[]>) =>
  perCustomerWithArgLoader<T>((ids, limit) => fetch(ids, Number(limit)));
