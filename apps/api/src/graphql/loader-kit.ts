import DataLoader from 'dataloader';

/**
 * A loader of all rows per customer: one query for every customer id asked for in the
 * request, answered in key order (customers without rows get []).
 */
export function perCustomerLoader<T extends { customerId: string }>(fetch: (customerIds: string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await fetch([...ids]);
    const byCustomer = new Map<string, T[]>();
    for (const row of rows) {
      const list = byCustomer.get(row.customerId);
      if (list) list.push(row);
      else byCustomer.set(row.customerId, [row]);
    }
    return ids.map((id) => byCustomer.get(id) ?? []);
  });
}

/**
 * "Latest N per customer": keys are `customerId:limit`; each distinct limit is one query
 * (the SQL does the per-customer top-N with a window function).
 */
export function latestPerCustomerLoader<T extends { customerId: string }>(
  fetch: (customerIds: string[], limit: number) => Promise<T[]>,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const byLimit = new Map<number, string[]>();
    for (const key of keys) {
      const [id, limit] = splitKey(key);
      byLimit.set(limit, [...(byLimit.get(limit) ?? []), id]);
    }
    const results = new Map<string, T[]>();
    await Promise.all(
      [...byLimit].map(async ([limit, ids]) => {
        for (const row of await fetch(ids, limit)) {
          const key = `${row.customerId}:${limit}`;
          results.set(key, [...(results.get(key) ?? []), row]);
        }
      }),
    );
    return keys.map((k) => results.get(k) ?? []);
  });
}

const splitKey = (key: string): [string, number] => {
  const i = key.lastIndexOf(':');
  return [key.slice(0, i), Number(key.slice(i + 1))];
};
