// Starts and stops the processes the e2e tests run against. jest runs globalSetup and
// globalTeardown in its own process, so what this run started is kept there (on globalThis):
// a file at a fixed path let one run's teardown stop another run's servers on a shared machine.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = join(WEB_DIR, '..', '..');
export const ARTIFACTS_DIR = join(REPO_DIR, 'artifacts');
const RUN = Symbol.for('sightline.e2e.run');

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
  const state = { pids: [], db };
  globalThis[RUN] = state;
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
    // As users run it: server.mjs (Next behind the one line that records the client's address).
    const web = start('web', process.execPath, [join(WEB_DIR, 'server.mjs'), '-p', String(webPort), '-H', '127.0.0.1'], {
      API_URL: `http://127.0.0.1:${apiPort}`,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    });
    state.pids.push(web.pid);
    await waitFor(`http://127.0.0.1:${apiPort}/healthz`, { child: api, name: 'api' });
    await waitFor(`http://127.0.0.1:${webPort}/login`, { child: web, name: 'web' });
    return { webUrl: `http://127.0.0.1:${webPort}`, apiUrl: `http://127.0.0.1:${apiPort}/graphql` };
  } catch (error) {
    await stopServers();
    throw error;
  }
}

/** Stops what this run's startServers started (its process groups) and drops its database. */
export async function stopServers() {
  const state = globalThis[RUN];
  if (!state) return;
  delete globalThis[RUN];
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
  await state.db.teardown();
}
