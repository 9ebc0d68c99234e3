/** A schema of the bench's own, next to public, for what PostGraphile needs to search. */
export const POSTGRAPHILE_SCHEMA = 'postgraphile_bench';

/**
 * PostGraphile 4 has no substring search of its own (connection-filter is a plugin); the
 * usual way is a STABLE SQL function it exposes as a connection. This one is the product's
 * search (the stored search text for 3 letters or more, the name prefix below that) and
 * order, inlined by PostgreSQL into PostGraphile's query, where the branch the term's length
 * rules out is pruned when the statement is planned.
 */
export const POSTGRAPHILE_SETUP = `
CREATE SCHEMA IF NOT EXISTS ${POSTGRAPHILE_SCHEMA};
CREATE OR REPLACE FUNCTION ${POSTGRAPHILE_SCHEMA}.search_customers(term text) RETURNS SETOF public.customer
  LANGUAGE sql STABLE AS $$
    SELECT * FROM (
      SELECT * FROM public.customer c WHERE length(btrim(term)) >= 3 AND c.search_text LIKE '%' || lower(btrim(term)) || '%'
      UNION ALL
      SELECT * FROM public.customer c WHERE length(btrim(term)) < 3 AND lower(c.name) LIKE lower(btrim(term)) || '%'
    ) c
    ORDER BY c.name, c.id
  $$;`;
