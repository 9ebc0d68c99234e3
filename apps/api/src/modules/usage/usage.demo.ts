import type { DemoSeed } from '../../kernel/module';
import { recordUsageAlertsIn, rollUpUsageIn } from './usage.rollup';

/** Days of raw accounting before today (the rollup job books them, as it would live). */
const RAW_DAYS = 3;
/** Days of daily rollups before the raw accounting (no widget reads them yet; kept short for 100,000 customers). */
const DAILY_DAYS = 7;

/**
 * Usage of the demo data accounts, laid out relative to the day the seed runs so the current
 * month and the open sessions look live (deterministic for that day: every amount comes from a
 * hash of the username and the period, not from a random stream):
 * - monthly rollups for the 12 months before this one and this month so far, daily rollups for
 *   the 7 days before the raw accounting, both from one per-day rate per account and month
 *   (a capped package's rate lands between 40% and 115% of its cap, so some alerts fire);
 * - raw radacct for the last three days (one finished session a day, NAS tower-1..4) and an
 *   open session for about one account in twenty (one in seven of those stale), booked into
 *   the rollups by the rollup job's own SQL after every part is loaded (rollUpDemoUsage);
 * - four demo NAS rows. One statement per table, generate_series; no rows built in Node.
 */
export async function seedDemoUsage(demo: DemoSeed) {
  if (!demo.made.length) return;
  const { em } = demo;
  const ids = demo.made.map((c) => c.id);
  const now = new Date();
  await em.query(`SELECT radacct_ensure_partitions((date_trunc('month', $1::timestamptz) - interval '1 month')::date, 5)`, [now]);
  await em.query(
    `INSERT INTO nas (nasname, shortname, type, secret, description)
     SELECT v.ip, v.name, 'mikrotik', 'demo-' || v.name || '-secret', v.descr
       FROM (VALUES ('10.255.0.1', 'tower-1', 'Durbanville tower'), ('10.255.0.2', 'tower-2', 'Stellenbosch ridge'),
                    ('10.255.0.3', 'tower-3', 'Bristol north mast'), ('10.255.0.4', 'tower-4', 'Leeds core')) v(ip, name, descr)
      WHERE NOT EXISTS (SELECT 1 FROM nas WHERE nasname = v.ip)`,
  );
  // The per-day rate of an account in a month: bytes down, and up as a share of it.
  await em.query(
    `CREATE TEMP TABLE demo_usage_rate ON COMMIT DROP AS
     SELECT a.id AS data_account_id, a.customer_id, a.username, a.status::text AS status, m.month::date AS month,
            (CASE WHEN p.data_cap_bytes IS NOT NULL
                  THEN p.data_cap_bytes * (40 + abs(hashtext(a.username || m.month::text)) % 76) / 100.0
                  ELSE (30 + abs(hashtext(a.username || m.month::text)) % 400) * 1e9 * LEAST(p.download_kbps, 100000) / 100000.0 + 5e9
             END / extract(day FROM m.month + interval '1 month' - interval '1 day'))::bigint AS per_day,
            0.06 + (abs(hashtext(a.username)) % 15) / 100.0 AS up_share
       FROM data_account a
       JOIN data_package p ON p.id = a.package_id
      CROSS JOIN generate_series(date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC') - interval '12 months',
                                 date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC'), interval '1 month') m(month)
      WHERE a.customer_id = ANY($1::uuid[]) AND m.month >= date_trunc('month', a.start_date::timestamp)`,
    [ids, now],
  );
  await em.query(`CREATE INDEX ON demo_usage_rate (data_account_id, month)`);
  await em.query(`ANALYZE demo_usage_rate`);
  const rawFrom = `(($1::timestamptz AT TIME ZONE 'UTC')::date - ${RAW_DAYS})`;
  // Daily rows for the days just before the raw accounting.
  await em.query(
    `INSERT INTO usage_daily (customer_id, data_account_id, day, upload_bytes, download_bytes)
     SELECT r.customer_id, r.data_account_id, d.day::date, (r.per_day * r.up_share)::bigint, r.per_day
       FROM generate_series(${rawFrom} - ${DAILY_DAYS}, ${rawFrom} - 1, interval '1 day') d(day)
       JOIN demo_usage_rate r ON r.month = date_trunc('month', d.day)::date`,
    [now],
  );
  // Months: the rate times the days before the raw accounting (all of them for past months).
  await em.query(
    `INSERT INTO usage_monthly (customer_id, data_account_id, month, upload_bytes, download_bytes)
     SELECT r.customer_id, r.data_account_id, r.month, (r.per_day * r.up_share)::bigint * n.days, r.per_day * n.days
       FROM demo_usage_rate r
      CROSS JOIN LATERAL (SELECT GREATEST(0, LEAST(r.month + interval '1 month', ${rawFrom}::timestamp)::date - r.month) AS days) n
      WHERE n.days > 0`,
    [now],
  );
  // Accounting an earlier demo set left under these usernames (a seed after --reset) goes first.
  await em.query(
    `WITH gone AS (DELETE FROM radacct WHERE username IN (SELECT username FROM data_account WHERE customer_id = ANY($1::uuid[]))
                   RETURNING acctuniqueid, acctstarttime)
     DELETE FROM usage_session_counted s USING gone g WHERE s.acct_unique_id = g.acctuniqueid AND s.acct_start_time = g.acctstarttime`,
    [ids],
  );
  // Raw accounting: one finished session a day for the last days, as FreeRADIUS writes it.
  await em.query(
    `INSERT INTO radacct (acctsessionid, acctuniqueid, username, nasipaddress, nasportid, nasporttype, acctstarttime, acctupdatetime,
                          acctstoptime, acctsessiontime, acctauthentic, acctinputoctets, acctoutputoctets, calledstationid,
                          callingstationid, acctterminatecause, servicetype, framedprotocol, framedipaddress)
     SELECT s.sid, md5(s.sid || r.username), r.username, s.nas, 'ether1', 'Ethernet', s.started, s.stopped, s.stopped,
            extract(epoch FROM s.stopped - s.started)::bigint, 'RADIUS', (r.per_day * r.up_share)::bigint, r.per_day, 'pppoe-' || s.nas,
            s.mac, 'User-Request', 'Framed-User', 'PPP', s.ip
       FROM demo_usage_rate r
      CROSS JOIN generate_series(1, ${RAW_DAYS}) g(back)
      CROSS JOIN LATERAL (
        SELECT to_hex(abs(hashtext(r.username || g.back))) || lpad(g.back::text, 2, '0') AS sid,
               ('10.255.0.' || 1 + abs(hashtext(r.username)) % 4)::inet AS nas,
               upper(regexp_replace(substr(md5(r.username), 1, 12), '(..)(?!$)', '\\1:', 'g')) AS mac,
               ('100.64.' || abs(hashtext(r.username)) % 250 || '.' || 1 + abs(hashtext(r.username || 'ip')) % 250)::inet AS ip,
               date_trunc('day', $1::timestamptz) - make_interval(days => g.back) + interval '30 seconds' AS started,
               date_trunc('day', $1::timestamptz) - make_interval(days => g.back - 1) - interval '30 seconds' AS stopped
      ) s
      WHERE r.month = date_trunc('month', ($1::timestamptz - make_interval(days => g.back)) AT TIME ZONE 'UTC')::date
        AND r.status = 'active'`,
    [now],
  );
  // Open sessions for about one active account in twenty: started today, updated within the
  // interim interval (one in seven of them not updated for two hours: stale).
  await em.query(
    `INSERT INTO radacct (acctsessionid, acctuniqueid, username, nasipaddress, nasportid, nasporttype, acctstarttime, acctupdatetime,
                          acctsessiontime, acctauthentic, acctinputoctets, acctoutputoctets, calledstationid, callingstationid,
                          servicetype, framedprotocol, framedipaddress)
     SELECT s.sid, md5(s.sid || a.username), a.username, ('10.255.0.' || 1 + abs(hashtext(a.username)) % 4)::inet, 'ether1', 'Ethernet',
            s.started, s.updated, extract(epoch FROM s.updated - s.started)::bigint, 'RADIUS',
            (s.frac * r.per_day * r.up_share)::bigint, (s.frac * r.per_day)::bigint, 'pppoe',
            upper(regexp_replace(substr(md5(a.username), 1, 12), '(..)(?!$)', '\\1:', 'g')),
            'Framed-User', 'PPP', ('100.65.' || abs(hashtext(a.username)) % 250 || '.' || 1 + abs(hashtext(a.username || 'ip')) % 250)::inet
       FROM data_account a
       JOIN demo_usage_rate r ON r.data_account_id = a.id AND r.month = date_trunc('month', $2::timestamptz AT TIME ZONE 'UTC')::date
      CROSS JOIN LATERAL (
        SELECT to_hex(abs(hashtext(a.username || 'open'))) AS sid,
               GREATEST(date_trunc('day', $2::timestamptz), $2::timestamptz - interval '5 hours') + make_interval(secs => abs(hashtext(a.username)) % 3600) AS started,
               CASE WHEN abs(hashtext(a.username || 'stale')) % 7 = 0 THEN $2::timestamptz - interval '2 hours'
                    ELSE $2::timestamptz - make_interval(secs => abs(hashtext(a.username)) % 240) END AS updated,
               (abs(hashtext(a.username)) % 60) / 100.0 AS frac
      ) s
      WHERE a.customer_id = ANY($1::uuid[]) AND a.status = 'active' AND abs(hashtext(a.username || 'online')) % 20 = 0
        AND s.updated > s.started`,
    [ids, now],
  );
  await em.query(`DROP TABLE demo_usage_rate`);
}

/** Books the demo's raw accounting into the rollups by the rollup job's own SQL, then the cap alerts: once, over every part. */
export async function rollUpDemoUsage({ em, made }: DemoSeed) {
  if (!made.length) return;
  const now = new Date();
  await rollUpUsageIn(em, now, new Date(now.getTime() - (RAW_DAYS + 1) * 86_400_000));
  await recordUsageAlertsIn(em, now);
}
