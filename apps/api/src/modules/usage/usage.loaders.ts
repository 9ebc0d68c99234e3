import type { DataSource } from 'typeorm';
import { perCustomerLoader, perCustomerWithArgLoader } from '../../kernel/loaders';
import { usageConfig } from './usage.config';
import type { DataSession } from './usage.types';

export interface OpenSessionRow extends DataSession {
  customerId: string;
}

export interface AccountUsageRow {
  customerId: string;
  id: string;
  username: string;
  status: string;
  cap: string | null;
  used: string;
  periods: { period: string; up: string; down: string }[];
  years: number[];
}

export const usageLoaders = (db: DataSource) => ({
  /**
   * Open sessions (no stop time) of the customers' data accounts, newest first: one query over
   * radacct's partial index of open sessions per username.
   */
  openSessions: perCustomerLoader<OpenSessionRow>(async (ids) => {
    const rows = await db.query(
      `SELECT a.customer_id AS "customerId", r.radacctid::text AS id, r.username, host(r.nasipaddress) AS "nasAddress",
              n.shortname AS "nasName", host(r.framedipaddress) AS "framedIp", NULLIF(r.callingstationid, '') AS "macAddress",
              r.acctstarttime AS "startedAt", COALESCE(r.acctupdatetime, r.acctstarttime) AS "lastUpdateAt",
              GREATEST(0, extract(epoch FROM now() - r.acctstarttime))::int AS "durationSeconds",
              COALESCE(r.acctinputoctets, 0)::float8 AS "uploadBytes", COALESCE(r.acctoutputoctets, 0)::float8 AS "downloadBytes",
              COALESCE(r.acctupdatetime, r.acctstarttime) < now() - make_interval(secs => $2::int * 2) AS stale
         FROM data_account a
         JOIN radacct r ON r.username = a.username AND r.acctstoptime IS NULL
         LEFT JOIN LATERAL (SELECT shortname FROM nas WHERE nasname = host(r.nasipaddress) ORDER BY id LIMIT 1) n ON TRUE
        WHERE a.customer_id = ANY($1)
        ORDER BY r.acctstarttime DESC, r.radacctid DESC`,
      [ids, usageConfig.interimIntervalSeconds],
    );
    return rows;
  }),

  /**
   * Keys `customerId:MONTHLY:<year>` or `customerId:YEARLY:`: every data account of the
   * customers with its usage per period, this month's usage and its cap — one query on the
   * monthly rollups per distinct view.
   */
  accountUsage: perCustomerWithArgLoader<AccountUsageRow>(async (ids, arg) => {
    const [view, year] = arg.split(':');
    return db.query(
      `SELECT a.customer_id AS "customerId", a.id, a.username, a.status::text AS status, p.data_cap_bytes::text AS cap,
              (COALESCE(cur.upload_bytes, 0) + COALESCE(cur.download_bytes, 0))::text AS used,
              COALESCE((SELECT json_agg(json_build_object('period', x.period, 'up', x.up::text, 'down', x.down::text) ORDER BY x.period)
                          FROM (SELECT to_char(m.month, $2) AS period, sum(m.upload_bytes) AS up, sum(m.download_bytes) AS down
                                  FROM usage_monthly m
                                 WHERE m.data_account_id = a.id AND ($3::int IS NULL OR m.month >= make_date($3, 1, 1) AND m.month < make_date($3 + 1, 1, 1))
                                 GROUP BY 1) x), '[]'::json) AS periods,
              ARRAY(SELECT DISTINCT extract(year FROM m.month)::int FROM usage_monthly m WHERE m.data_account_id = a.id) AS years
         FROM data_account a
         JOIN data_package p ON p.id = a.package_id
         LEFT JOIN usage_monthly cur ON cur.data_account_id = a.id AND cur.month = date_trunc('month', now() AT TIME ZONE 'UTC')::date
        WHERE a.customer_id = ANY($1)
        ORDER BY a.username`,
      [ids, view === 'YEARLY' ? 'YYYY' : 'YYYY-MM', view === 'YEARLY' ? null : Number(year)],
    );
  }),
});

declare module '../../kernel/context' {
  interface Loaders {
    usage: ReturnType<typeof usageLoaders>;
  }
}
