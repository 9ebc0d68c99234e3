import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to what a session or API token may do notifies `sightline_auth`, from the
 * transaction that makes it (so a rolled-back change sends nothing), however it is made: a
 * service, a cascade (a reseller deleted takes its users and tokens), or SQL by hand. The
 * API's session cache (../session-cache.ts) listens and evicts. Payload: `<schema> <table> <id>`,
 * or `<schema> <table>` for a TRUNCATE (evict everything).
 */
const WATCHED: Record<string, string[]> = {
  session: ['token_hash', 'user_id', 'expires_at', 'revoked_at'],
  app_user: ['email', 'name', 'password_hash', 'role_id', 'reseller_id', 'active'],
  role: ['name', 'permissions'],
  // last_used_at too (written at most once a minute): a cached token then knows the stored time.
  api_token: ['token_hash', 'name', 'role_id', 'reseller_id', 'expires_at', 'revoked_at', 'last_used_at'],
};

export class SessionCacheNotify1795456015816 implements MigrationInterface {
  name = 'SessionCacheNotify1795456015816';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION auth_changed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'ROW' THEN
          PERFORM pg_notify('sightline_auth', TG_TABLE_SCHEMA || ' ' || TG_TABLE_NAME || ' ' || OLD.id);
        ELSE
          PERFORM pg_notify('sightline_auth', TG_TABLE_SCHEMA || ' ' || TG_TABLE_NAME);
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, columns] of Object.entries(WATCHED)) {
      // Only the columns the cached caller is made of: a sign-in's last_sign_in_at evicts nothing.
      const changed = `(${columns.map((c) => `OLD.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `NEW.${c}`).join(', ')})`;
      await q.query(`CREATE TRIGGER ${table}_auth_update AFTER UPDATE OF ${columns.join(', ')} ON "${table}" FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION auth_changed_notify()`);
      await q.query(`CREATE TRIGGER ${table}_auth_delete AFTER DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION auth_changed_notify()`);
      await q.query(`CREATE TRIGGER ${table}_auth_truncate AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION auth_changed_notify()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of Object.keys(WATCHED)) {
      for (const what of ['update', 'delete', 'truncate']) await q.query(`DROP TRIGGER ${table}_auth_${what} ON "${table}"`);
    }
    await q.query(`DROP FUNCTION auth_changed_notify()`);
  }
}
