import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../../kernel/db/availability';
import { ErrorCode, reportDatabaseUnavailable } from '../../kernel/errors';
import { log } from '../../kernel/log';

const timeout = (ms: number) =>
  new Promise<never>((_resolve, reject) => setTimeout(() => reject(Object.assign(new Error('readiness check timed out'), { code: 'ETIMEDOUT' })), ms).unref());

/** Why the API cannot serve now (the database unreachable, migrations not applied), or null. */
export async function unreadiness(db: DataSource, timeoutMs = 2000): Promise<string | null> {
  try {
    const table = db.options.migrationsTableName ?? 'migrations';
    const rows: { name: string }[] = await Promise.race([db.query(`SELECT name FROM "${table}"`), timeout(timeoutMs)]);
    const applied = new Set(rows.map((r) => r.name));
    const pending = db.migrations.filter((m) => !applied.has(m.name ?? m.constructor.name)).length;
    return pending ? `${pending} migration(s) not applied` : null;
  } catch (err) {
    if (isDatabaseUnavailable(err)) {
      reportDatabaseUnavailable(err, 'readyz');
      return 'database unreachable';
    }
    log().error({ err }, 'readiness check failed');
    return 'database check failed';
  }
}

/**
 * GET /healthz: the process is alive (answers while it can answer at all).
 * GET /readyz: it can serve, i.e. the database answers and every migration is applied;
 * else 503 with `code: SERVICE_UNAVAILABLE` and the reason. Both are JSON.
 */
export function healthRoutes(db: DataSource): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const reason = await unreadiness(db);
    if (!reason) res.json({ status: 'ready' });
    else res.status(503).set('retry-after', '5').json({ status: 'unavailable', code: ErrorCode.SERVICE_UNAVAILABLE, reason });
  });
  return router;
}
