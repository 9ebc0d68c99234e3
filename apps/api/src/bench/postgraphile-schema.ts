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
  $$;
-- Open RADIUS sessions join data accounts by username (no foreign key), and radacct is
-- partitioned (PostGraphile 4 exposes only its partitions): a root field of the bench's own,
-- the API's openSessions statement as a function (an OUT-parameter record per session).
DROP FUNCTION IF EXISTS ${POSTGRAPHILE_SCHEMA}.open_sessions(uuid);
CREATE FUNCTION ${POSTGRAPHILE_SCHEMA}.open_sessions(customer uuid,
    OUT id text, OUT username text, OUT nas_address text, OUT nas_name text, OUT framed_ip text, OUT mac_address text,
    OUT started_at timestamptz, OUT last_update_at timestamptz, OUT upload_bytes bigint, OUT download_bytes bigint)
  RETURNS SETOF record LANGUAGE sql STABLE AS $$
    SELECT r.radacctid::text, r.username, host(r.nasipaddress), n.shortname, host(r.framedipaddress), NULLIF(r.callingstationid, ''),
           r.acctstarttime, COALESCE(r.acctupdatetime, r.acctstarttime), COALESCE(r.acctinputoctets, 0), COALESCE(r.acctoutputoctets, 0)
      FROM public.data_account a
      JOIN public.radacct r ON r.username = a.username AND r.acctstoptime IS NULL
      LEFT JOIN LATERAL (SELECT shortname FROM public.nas WHERE nasname = host(r.nasipaddress) ORDER BY id LIMIT 1) n ON TRUE
     WHERE a.customer_id = customer
     ORDER BY r.acctstarttime DESC, r.radacctid DESC
  $$;`;
