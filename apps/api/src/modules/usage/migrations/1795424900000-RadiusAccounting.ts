import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * FreeRADIUS 3's own PostgreSQL tables for accounting and clients (mods-config/sql/main/
 * postgresql/schema.sql, column names as shipped), written by hand because TypeORM cannot
 * express partitions:
 * - `radacct` is partitioned by month of AcctStartTime. The primary key and the unique
 *   session id must include the partition key, so they are (RadAcctId, AcctStartTime) and
 *   (AcctUniqueId, AcctStartTime); FreeRADIUS only ever finds a row by AcctUniqueId (updates)
 *   and never by RadAcctId, and docker/freeradius's queries.conf says
 *   `ON CONFLICT (AcctUniqueId, AcctStartTime)` where the shipped one says `(AcctUniqueId)`.
 * - `radacct_ensure_partitions(from, months)` makes the monthly partitions; this migration
 *   makes last month to three ahead, the `usage.partitions` job keeps three months ahead, and
 *   a default partition catches NAS clocks that are far off, so accounting is never lost.
 * - `nas`: the RADIUS clients and their secrets (read_clients = yes), also used to send
 *   RFC 5176 Disconnect-Requests. One column more than FreeRADIUS ships, `coa_port` (the
 *   NAS's Dynamic Authorization port, null = 3799); FreeRADIUS names the columns it reads, so
 *   it does not mind. `nasreload`: written by Accounting-On/Off.
 */
export class RadiusAccounting1795424900000 implements MigrationInterface {
  name = 'RadiusAccounting1795424900000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE radacct (
      RadAcctId bigserial NOT NULL,
      AcctSessionId text NOT NULL,
      AcctUniqueId text NOT NULL,
      UserName text,
      Realm text,
      NASIPAddress inet NOT NULL,
      NASPortId text,
      NASPortType text,
      AcctStartTime timestamp with time zone NOT NULL,
      AcctUpdateTime timestamp with time zone,
      AcctStopTime timestamp with time zone,
      AcctInterval bigint,
      AcctSessionTime bigint,
      AcctAuthentic text,
      ConnectInfo_start text,
      ConnectInfo_stop text,
      AcctInputOctets bigint,
      AcctOutputOctets bigint,
      CalledStationId text,
      CallingStationId text,
      AcctTerminateCause text,
      ServiceType text,
      FramedProtocol text,
      FramedIPAddress inet,
      FramedIPv6Address inet,
      FramedIPv6Prefix inet,
      FramedInterfaceId text,
      DelegatedIPv6Prefix inet,
      Class text,
      CONSTRAINT radacct_pkey PRIMARY KEY (RadAcctId, AcctStartTime),
      CONSTRAINT radacct_acctuniqueid_key UNIQUE (AcctUniqueId, AcctStartTime)
    ) PARTITION BY RANGE (AcctStartTime)`);
    // The shipped indexes, plus the two Sightline reads: open sessions per user, and sessions
    // changed since the rollup's watermark.
    await q.query(`CREATE INDEX radacct_active_session_idx ON radacct (AcctUniqueId) WHERE AcctStopTime IS NULL`);
    await q.query(`CREATE INDEX radacct_bulk_close ON radacct (NASIPAddress, AcctStartTime) WHERE AcctStopTime IS NULL`);
    await q.query(`CREATE INDEX radacct_start_user_idx ON radacct (AcctStartTime, UserName)`);
    await q.query(`CREATE INDEX radacct_calss_idx ON radacct (Class)`);
    await q.query(`CREATE INDEX radacct_open_user_idx ON radacct (UserName) WHERE AcctStopTime IS NULL`);
    await q.query(`CREATE INDEX radacct_update_idx ON radacct ((COALESCE(AcctStopTime, AcctUpdateTime, AcctStartTime)))`);
    await q.query(`CREATE TABLE radacct_default PARTITION OF radacct DEFAULT`);
    await q.query(`CREATE FUNCTION radacct_ensure_partitions(from_month date, months int) RETURNS int LANGUAGE plpgsql AS $$
      DECLARE
        m date;
        made int := 0;
        part text;
      BEGIN
        FOR i IN 0 .. months - 1 LOOP
          m := (date_trunc('month', from_month) + make_interval(months => i))::date;
          part := 'radacct_' || to_char(m, 'YYYY_MM');
          IF to_regclass(quote_ident(current_schema()) || '.' || part) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF radacct FOR VALUES FROM (%L) TO (%L)',
                           part, m::timestamp AT TIME ZONE 'UTC', (m + interval '1 month') AT TIME ZONE 'UTC');
            made := made + 1;
          END IF;
        END LOOP;
        RETURN made;
      END $$`);
    await q.query(`SELECT radacct_ensure_partitions((now() - interval '1 month')::date, 5)`);
    await q.query(`CREATE TABLE nas (
      id serial PRIMARY KEY,
      nasname text NOT NULL,
      shortname text NOT NULL,
      type text NOT NULL DEFAULT 'other',
      ports integer,
      secret text NOT NULL,
      server text,
      community text,
      description text,
      coa_port integer CHECK (coa_port BETWEEN 1 AND 65535)
    )`);
    await q.query(`CREATE INDEX nas_nasname ON nas (nasname)`);
    await q.query(`CREATE TABLE nasreload (NASIPAddress inet PRIMARY KEY, ReloadTime timestamp with time zone NOT NULL)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE nasreload`);
    await q.query(`DROP TABLE nas`);
    await q.query(`DROP FUNCTION radacct_ensure_partitions(date, int)`);
    await q.query(`DROP TABLE radacct`);
  }
}
