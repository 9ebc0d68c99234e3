// The floor's SQL: each workload's data in one hand-written statement (JSON built by
// PostgreSQL), no GraphQL, no ORM, no permission checks.
import { FLOOR_SQL } from './queries';

const LIST_COLUMNS = `c.id, c.account_number, c.name, c.status, c.phone, c.mobile, c.emails, c.joined_at, c.balance_cents, c.currency`;

/** A page of 50 by name after a (name, id) cursor, with the count capped at 1,001 as the list shows it. */
const LIST_PAGE = `
SELECT (SELECT json_agg(p) FROM (SELECT ${LIST_COLUMNS} FROM customer c
                                   WHERE (c.name, c.id) > ($1, $2::uuid) ORDER BY c.name, c.id LIMIT 51) p) AS page,
       (SELECT count(*) FROM (SELECT 1 FROM customer LIMIT 1001) n) AS total`;

/**
 * A search the way the product runs it: 3 letters or more through the trigram index of the
 * search text, 1-2 letters as a name prefix; first page of 50 by name and the capped count.
 */
const searchSql = (predicate: string, nameOrder = 'c.name') => `
SELECT (SELECT json_agg(p) FROM (SELECT ${LIST_COLUMNS} FROM customer c WHERE ${predicate}
                                   ORDER BY ${nameOrder}, c.id LIMIT 51) p) AS page,
       (SELECT count(*) FROM (SELECT 1 FROM customer c WHERE ${predicate} LIMIT 1001) n) AS total`;

export const FLOOR_QUERIES = {
  profile: FLOOR_SQL,
  listPage: LIST_PAGE,
  searchText: searchSql(`c.search_text LIKE '%' || $1 || '%'`),
  // As the API sorts a prefix search: by an expression, so the matches come through the prefix index.
  searchPrefix: searchSql(`lower(c.name) LIKE $1 || '%'`, `c.name || ''`),
} as const;

export interface FloorRequest {
  query: keyof typeof FLOOR_QUERIES;
  params: unknown[];
}
