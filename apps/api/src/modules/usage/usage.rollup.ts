import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../kernel/transaction';

/** Sessions changed this long before the watermark are looked at again (NAS clocks, late packets). */
const LOOKBACK = '1 hour';
const WATERMARK = 'radacct';

/**
 * Adds what radacct sessions counted since the last run to the daily and monthly rollups,
 * incrementally: only sessions whose last change (stop, interim update or start) is after the
 * watermark (less a lookback), and of those only the growth of their counters beyond what
 * `usage_session_counted` says is already rolled up. Running it again adds nothing. The growth
 * is booked on the UTC day and month of the session's last change. One transaction; a second
 * run waits for the first (advisory lock). Returns how many sessions had new bytes.
 */
export function rollUpUsage(db: DataSource, now = new Date()): Promise<number> {
  return inTransaction(db, (em) => rollUpUsageIn(em, now));
}

/**
 * rollUpUsage inside the caller's transaction. `since` looks further back than the watermark
 * (the demo seed, which writes accounting dated before the last run); the counted bytes keep
 * that harmless.
 */
export async function rollUpUsageIn(em: EntityManager, now = new Date(), since?: Date): Promise<number> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('usage.rollup'))`);
  await em.query(`DROP TABLE IF EXISTS pg_temp.usage_delta`);
  await em.query(
    `CREATE TEMP TABLE usage_delta ON COMMIT DROP AS
     WITH since AS (
       SELECT LEAST(COALESCE((SELECT until FROM usage_watermark WHERE name = $2), '-infinity'::timestamptz) - interval '${LOOKBACK}',
                    COALESCE($3::timestamptz, 'infinity')) AS t
     ), changed AS (
       SELECT r.acctuniqueid, r.acctstarttime,
              COALESCE(r.acctinputoctets, 0) AS up, COALESCE(r.acctoutputoctets, 0) AS down,
              COALESCE(r.acctstoptime, r.acctupdatetime, r.acctstarttime) AS seen_at,
              a.id AS data_account_id, a.customer_id
         FROM radacct r
         JOIN data_account a ON a.username = r.username
        WHERE COALESCE(r.acctstoptime, r.acctupdatetime, r.acctstarttime) > (SELECT t FROM since)
          AND COALESCE(r.acctstoptime, r.acctupdatetime, r.acctstarttime) <= $1
     )
     SELECT c.*, GREATEST(c.up - COALESCE(s.upload_bytes, 0), 0) AS d_up,
            GREATEST(c.down - COALESCE(s.download_bytes, 0), 0) AS d_down
       FROM changed c
       LEFT JOIN usage_session_counted s ON s.acct_unique_id = c.acctuniqueid AND s.acct_start_time = c.acctstarttime
      WHERE c.up > COALESCE(s.upload_bytes, 0) OR c.down > COALESCE(s.download_bytes, 0)`,
    [now, WATERMARK, since ?? null],
  );
  await bookDeltas(em);
  const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM usage_delta`);
  await em.query(
    `INSERT INTO usage_watermark (name, until) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET until = GREATEST(usage_watermark.until, EXCLUDED.until)`,
    [WATERMARK, now],
  );
  // Sessions stopped well before the lookback window are never looked at again.
  await em.query(
    `DELETE FROM usage_session_counted WHERE seen_at < $1::timestamptz - interval '1 day'
       AND NOT EXISTS (SELECT 1 FROM radacct r WHERE r.acctuniqueid = acct_unique_id AND r.acctstarttime = acct_start_time AND r.acctstoptime IS NULL)`,
    [now],
  );
  return n as number;
}

/** Books the rows of temp table usage_delta into the rollups and the per-session counters. */
async function bookDeltas(em: EntityManager) {
  await em.query(
    `INSERT INTO usage_daily (customer_id, data_account_id, day, upload_bytes, download_bytes)
     SELECT customer_id, data_account_id, (seen_at AT TIME ZONE 'UTC')::date, sum(d_up), sum(d_down)
       FROM usage_delta GROUP BY 1, 2, 3
     ON CONFLICT (data_account_id, day) DO UPDATE
       SET upload_bytes = usage_daily.upload_bytes + EXCLUDED.upload_bytes,
           download_bytes = usage_daily.download_bytes + EXCLUDED.download_bytes`,
  );
  await em.query(
    `INSERT INTO usage_monthly (customer_id, data_account_id, month, upload_bytes, download_bytes)
     SELECT customer_id, data_account_id, date_trunc('month', seen_at AT TIME ZONE 'UTC')::date, sum(d_up), sum(d_down)
       FROM usage_delta GROUP BY 1, 2, 3
     ON CONFLICT (data_account_id, month) DO UPDATE
       SET upload_bytes = usage_monthly.upload_bytes + EXCLUDED.upload_bytes,
           download_bytes = usage_monthly.download_bytes + EXCLUDED.download_bytes`,
  );
  await em.query(
    `INSERT INTO usage_session_counted (acct_unique_id, acct_start_time, upload_bytes, download_bytes, seen_at)
     SELECT acctuniqueid, acctstarttime, GREATEST(up, 0), GREATEST(down, 0), seen_at FROM usage_delta
     ON CONFLICT (acct_unique_id, acct_start_time) DO UPDATE
       SET upload_bytes = GREATEST(usage_session_counted.upload_bytes, EXCLUDED.upload_bytes),
           download_bytes = GREATEST(usage_session_counted.download_bytes, EXCLUDED.download_bytes),
           seen_at = EXCLUDED.seen_at`,
  );
}

/** The cap thresholds that raise an alert, in percent. */
export const ALERT_THRESHOLDS = [80, 100] as const;

/**
 * Records an alert for every data account whose usage (upload + download) this month or last
 * month reached 80% / 100% of its package's cap; once each per account and month (the unique
 * key), so re-running records nothing new. Returns how many were recorded.
 */
export function recordUsageAlerts(db: DataSource, now = new Date()): Promise<number> {
  return inTransaction(db, (em) => recordUsageAlertsIn(em, now));
}

/** recordUsageAlerts inside the caller's transaction. */
export async function recordUsageAlertsIn(em: EntityManager, now = new Date()): Promise<number> {
  const rows: unknown[] = await em.query(
    `INSERT INTO usage_alert (customer_id, data_account_id, month, threshold_percent, used_bytes, cap_bytes)
     SELECT m.customer_id, m.data_account_id, m.month, t.pct, m.upload_bytes + m.download_bytes, p.data_cap_bytes
       FROM usage_monthly m
       JOIN data_account a ON a.id = m.data_account_id
       JOIN data_package p ON p.id = a.package_id
      CROSS JOIN unnest($2::int[]) AS t(pct)
      WHERE m.month >= (date_trunc('month', $1::timestamptz AT TIME ZONE 'UTC') - interval '1 month')::date
        AND p.data_cap_bytes IS NOT NULL AND p.data_cap_bytes > 0
        AND (m.upload_bytes + m.download_bytes) * 100 >= p.data_cap_bytes * t.pct
     ON CONFLICT ON CONSTRAINT usage_alert_once_key DO NOTHING
     RETURNING id`,
    [now, ALERT_THRESHOLDS],
  );
  return rows.length;
}

/** Keeps radacct's monthly partitions made `ahead` months beyond this one. */
export async function ensureRadacctPartitions(db: DataSource, now = new Date(), ahead = 3): Promise<number> {
  const [{ made }] = await db.query(`SELECT radacct_ensure_partitions($1::date, $2) AS made`, [now.toISOString().slice(0, 10), ahead + 1]);
  return made;
}
