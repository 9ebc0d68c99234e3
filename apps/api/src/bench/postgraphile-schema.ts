/** A schema of the bench's own, next to public, for what PostGraphile needs to search. */
export const POSTGRAPHILE_SCHEMA = 'postgraphile_bench';

/**
 * PostGraphile 4 has no substring search of its own (connection-filter is a plugin); the
 * usual way is a STABLE SQL function it exposes as a connection. This one is the product's
 * search predicate and order, inlined by PostgreSQL into PostGraphile's query.
 */
export const POSTGRAPHILE_SETUP = `
CREATE SCHEMA IF NOT EXISTS ${POSTGRAPHILE_SCHEMA};
CREATE OR REPLACE FUNCTION ${POSTGRAPHILE_SCHEMA}.search_customers(term text) RETURNS SETOF public.customer
  LANGUAGE sql STABLE AS $$
    SELECT * FROM public.customer c
     WHERE public.customer_search_text(c.name, c.company_name, c.account_number, c.emails, c.phone, c.mobile)
           LIKE '%' || lower(term) || '%'
     ORDER BY c.name, c.id
  $$;`;
