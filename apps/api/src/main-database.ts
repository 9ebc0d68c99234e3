import path from 'node:path';

/** Repository root (apps/api/dist/.. or apps/api/src/..). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/**
 * DATABASE_URL when set; else the embedded PostgreSQL whose data lives in `.data/postgres`
 * of the repository (initialised on first use, port 5433 when free).
 */
export async function openDatabase(database = 'sightline') {
  const { resolveDatabase } = await import('@sightline/database');
  return resolveDatabase({
    database,
    dataDir: process.env.SIGHTLINE_DATA_DIR ?? path.join(repoRoot, '.data', 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 5433),
  });
}
