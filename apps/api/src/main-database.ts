import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

/** Repository root (apps/api/dist/.. or apps/api/src/..). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** True when every folder above `dir` lets other users through (o+x). */
function traversableByOthers(dir: string): boolean {
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    const stat = statSync(d, { throwIfNoEntry: false }); // not created yet: mkdir makes it 0755
    if (stat && (stat.mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

/**
 * Where the embedded PostgreSQL keeps its data: SIGHTLINE_DATA_DIR, else `.data/postgres` in
 * the repository. As root the server runs as the `postgres` user, which must reach that
 * folder; when the repository is in a private place (e.g. /root), a folder under /var/tmp
 * named after the repository is used instead.
 */
export function embeddedDataDir(): string {
  if (process.env.SIGHTLINE_DATA_DIR) return process.env.SIGHTLINE_DATA_DIR;
  const inRepo = path.join(repoRoot, '.data', 'postgres');
  if (userInfo().uid !== 0 || traversableByOthers(inRepo)) return inRepo;
  const id = createHash('sha256').update(repoRoot).digest('hex').slice(0, 8);
  return path.join('/var/tmp', `sightline-${id}`, 'postgres');
}

/** EMBEDDED_PG_PORT, default 5433: the port the embedded PostgreSQL asks for first. */
export function embeddedPort(): number {
  const raw = process.env.EMBEDDED_PG_PORT?.trim();
  if (!raw) return 5433;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a port number (1-65535), not "${raw}"`);
  }
  return port;
}

/**
 * DATABASE_URL when set; else the embedded PostgreSQL (EMBEDDED_PG_PORT when free, any free
 * port otherwise), and says where it runs: a tool pointed at the data needs the port.
 */
export async function openDatabase(database = 'sightline') {
  const { resolveDatabase } = await import('@sightline/database');
  const db = await resolveDatabase({ database, dataDir: embeddedDataDir(), port: embeddedPort() });
  if (db.embedded) {
    const fallback = db.port === db.requestedPort ? '' : ` (port ${db.requestedPort} was taken; set EMBEDDED_PG_PORT to choose one)`;
    console.log(`Embedded PostgreSQL on 127.0.0.1:${db.port}${fallback}, database "${database}", data in ${db.dataDir}`);
  }
  return db;
}
