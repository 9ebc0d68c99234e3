// Starts and stops the processes the e2e tests run against. Shared by globalSetup and
// globalTeardown through a state file, since jest gives them no other common channel.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = join(WEB_DIR, '..', '..');
export const ARTIFACTS_DIR = join(REPO_DIR, 'artifacts');
// globalSetup and globalTeardown run in the same jest process, so its pid names this run's
// file. (A fixed pointer file in /tmp let parallel runs from other checkouts stop each other's
// servers.)
const STATE_FILE = join(tmpdir(), `sightline-e2e-${process.ppid}-${process.pid}.json`);

/** Starts `command` in its own process group (so stop() takes its children too), logging to a file. */
function start(name, command, args, env) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const log = createWriteStream(join(ARTIFACTS_DIR, `e2e-${name}.log`));
  const child = spawn(command, args, { cwd: WEB_DIR, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return child;
}

async function waitFor(url, { timeoutMs = 120_000, ok = (res) => res.ok, child, name }) {
  const started = Date.now();
  let exited = null;
  child.once('exit', (code) => (exited = code));
  while (Date.now() - started < timeoutMs) {
    if (exited !== null) throw new Error(`${name} exited with ${exited} before it was ready; see artifacts/e2e-${name}.log`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (ok(res)) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs} ms; see artifacts/e2e-${name}.log`);
}

export async function startServers() {
  const { createTestDatabase, freePort } = await import('@sightline/database');
  const db = await createTestDatabase({ prefix: 'sightline_web_e2e' });
  const state = { pids: [], dbUrl: db.url };
  globalThis.__SIGHTLINE_E2E_DB__ = db;
  try {
    const apiPort = await freePort();
    const webPort = await freePort();
    // NODE_ENV=production would switch the demo seed off; the API runs as in development.
    const api = start('api', process.execPath, [join(REPO_DIR, 'apps/api/dist/main.js')], {
      DATABASE_URL: db.url,
      API_PORT: String(apiPort),
      NODE_ENV: 'development',
      SEED_DEMO: '1',
    });
    state.pids.push(api.pid);
    const require = createRequire(join(WEB_DIR, 'package.json'));
    const nextBin = require.resolve('next/dist/bin/next');
    const web = start('web', process.execPath, [nextBin, 'start', '-p', String(webPort), '-H', '127.0.0.1'], {
      API_URL: `http://127.0.0.1:${apiPort}`,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    });
    state.pids.push(web.pid);
    writeState(state);
    await waitFor(`http://127.0.0.1:${apiPort}/healthz`, { child: api, name: 'api' });
    await waitFor(`http://127.0.0.1:${webPort}/login`, { child: web, name: 'web' });
    state.webUrl = `http://127.0.0.1:${webPort}`;
    state.apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    writeState(state);
    return state;
  } catch (error) {
    await stopServers();
    throw error;
  }
}

function writeState(state) {
  writeFileSync(STATE_FILE, JSON.stringify(state));
}

export async function stopServers() {
  let state = { pids: [] };
  try {
    state = JSON.parse(readFileSync(STATE_FILE, 'utf8'));
    rmSync(STATE_FILE, { force: true });
  } catch {
    // nothing was started
  }
  for (const pid of state.pids) {
    try {
      process.kill(-pid, 'SIGTERM'); // the whole process group started for this run
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 500));
  for (const pid of state.pids) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // exited on SIGTERM
    }
  }
  await globalThis.__SIGHTLINE_E2E_DB__?.teardown();
}
