import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The FreeRADIUS 3 authorisation tables (columns as its PostgreSQL schema.sql ships them, in
 * lower case as PostgreSQL folds them) and the triggers that keep them in step with
 * data_account and data_package in the same transaction. The contract is in ../radius.ts.
 */
export class RadiusAuthorisation1795424936976 implements MigrationInterface {
  name = 'RadiusAuthorisation1795424936976';

  public async up(q: QueryRunner): Promise<void> {
    for (const [table, key, op] of [
      ['radcheck', 'username', '=='],
      ['radgroupcheck', 'groupname', '=='],
      ['radreply', 'username', '='],
      ['radgroupreply', 'groupname', '='],
    ]) {
      await q.query(`CREATE TABLE ${table} (
        id serial PRIMARY KEY,
        ${key} text NOT NULL DEFAULT '',
        attribute text NOT NULL DEFAULT '',
        op varchar(2) NOT NULL DEFAULT '${op}',
        value text NOT NULL DEFAULT '')`);
      await q.query(`CREATE INDEX ${table}_${key} ON ${table} (${key}, attribute)`);
    }
    await q.query(`CREATE TABLE radusergroup (
      id serial PRIMARY KEY,
      username text NOT NULL DEFAULT '',
      groupname text NOT NULL DEFAULT '',
      priority integer NOT NULL DEFAULT 0)`);
    await q.query(`CREATE INDEX radusergroup_username ON radusergroup (username)`);

    // Rewrites the rows Sightline manages for these usernames from data_account + data_package.
    await q.query(`CREATE FUNCTION radius_refresh(usernames text[]) RETURNS void LANGUAGE sql AS $$
      DELETE FROM radcheck WHERE username = ANY(usernames) AND attribute IN ('SSHA2-256-Password', 'Auth-Type');
      DELETE FROM radreply WHERE username = ANY(usernames) AND attribute IN ('Mikrotik-Rate-Limit', 'Framed-IP-Address');
      DELETE FROM radusergroup WHERE username = ANY(usernames) AND groupname LIKE 'sightline-%';
      INSERT INTO radcheck (username, attribute, op, value)
        SELECT a.username, v.attribute, ':=', v.value
          FROM data_account a
          CROSS JOIN LATERAL (VALUES ('SSHA2-256-Password', a.password_hash, true),
                                     ('Auth-Type', 'Reject', a.status <> 'active')) AS v(attribute, value, wanted)
         WHERE a.username = ANY(usernames) AND v.wanted
         ORDER BY a.username, v.attribute DESC;
      INSERT INTO radreply (username, attribute, op, value)
        SELECT a.username, v.attribute, ':=', v.value
          FROM data_account a
          JOIN data_package p ON p.id = a.package_id
          CROSS JOIN LATERAL (VALUES ('Mikrotik-Rate-Limit', p.upload_kbps || 'k/' || p.download_kbps || 'k'),
                                     ('Framed-IP-Address', host(a.static_ip))) AS v(attribute, value)
         WHERE a.username = ANY(usernames) AND a.status = 'active' AND v.value IS NOT NULL
         ORDER BY a.username, v.attribute DESC;
      INSERT INTO radusergroup (username, groupname, priority)
        SELECT a.username, 'sightline-' || a.status, 1 FROM data_account a WHERE a.username = ANY(usernames);
    $$`);

    // Statement-level, over the transition tables: a bulk change is one refresh, not one per row.
    await q.query(`CREATE FUNCTION data_account_radius_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE gone text[];
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          -- Usernames that no longer exist lose every row, whoever added it.
          -- (NOT EXISTS probes the unique index; EXCEPT would read every account per statement.)
          gone := ARRAY(SELECT o.username FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM data_account a WHERE a.username = o.username));
          IF cardinality(gone) > 0 THEN
            DELETE FROM radcheck WHERE username = ANY(gone);
            DELETE FROM radreply WHERE username = ANY(gone);
            DELETE FROM radusergroup WHERE username = ANY(gone);
          END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM radius_refresh(ARRAY(SELECT username FROM new_rows));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER data_account_radius_insert AFTER INSERT ON data_account
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_account_radius_sync()`);
    await q.query(`CREATE TRIGGER data_account_radius_update AFTER UPDATE ON data_account
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_account_radius_sync()`);
    await q.query(`CREATE TRIGGER data_account_radius_delete AFTER DELETE ON data_account
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION data_account_radius_sync()`);

    // New speeds on a package reach every account on it.
    await q.query(`CREATE FUNCTION data_package_radius_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Only packages whose speeds changed (a new price touches no RADIUS row).
        PERFORM radius_refresh(ARRAY(
          SELECT a.username FROM data_account a
           WHERE a.package_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                                   WHERE (n.upload_kbps, n.download_kbps) IS DISTINCT FROM (o.upload_kbps, o.download_kbps))));
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER data_package_radius_update AFTER UPDATE ON data_package
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION data_package_radius_sync()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER data_package_radius_update ON data_package`);
    await q.query(`DROP FUNCTION data_package_radius_sync()`);
    await q.query(`DROP TRIGGER data_account_radius_delete ON data_account`);
    await q.query(`DROP TRIGGER data_account_radius_update ON data_account`);
    await q.query(`DROP TRIGGER data_account_radius_insert ON data_account`);
    await q.query(`DROP FUNCTION data_account_radius_sync()`);
    await q.query(`DROP FUNCTION radius_refresh(text[])`);
    for (const table of ['radusergroup', 'radgroupreply', 'radreply', 'radgroupcheck', 'radcheck']) await q.query(`DROP TABLE ${table}`);
  }
}
