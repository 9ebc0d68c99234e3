// `npm run test:e2e -w @sightline/web`: makes sure a browser, the API build and an up-to-date
// web build exist (CI starts from a clean machine), then runs the e2e jest project.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_DIR, WEB_DIR } from './servers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args, opts = {}) {
  console.log(`[e2e] ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', ...opts });
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  // Debian's chromium; `npx playwright install` cannot download on these machines.
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (apt(['install', '-y', 'chromium']).status !== 0) {
    run('apt-get', ['update'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    run('apt-get', ['install', '-y', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!existsSync(CHROMIUM)) throw new Error(`chromium is still missing at ${CHROMIUM}`);
}

/** Newest modification time of any file under `dir` (skipping generated folders). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.next', '.turbo'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function ensureBuilds() {
  // Always through turbo: a cache hit when the API is unchanged, a rebuild when it is stale.
  run('npx', ['turbo', 'run', 'build', '--filter=@sightline/api', '--output-logs=errors-only'], { cwd: REPO_DIR });
  const buildId = join(WEB_DIR, '.next', 'BUILD_ID');
  const sources = Math.max(newest(join(WEB_DIR, 'src')), statSync(join(WEB_DIR, 'next.config.ts')).mtimeMs);
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < sources) {
    run('npm', ['run', 'build'], { cwd: WEB_DIR, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  }
}

ensureChromium();
ensureBuilds();
const jestBin = createRequire(join(WEB_DIR, 'package.json')).resolve('jest/bin/jest');
const jest = spawnSync(process.execPath, [jestBin, '--config', 'jest.e2e.config.js', ...process.argv.slice(2)], {
  cwd: WEB_DIR,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: CHROMIUM },
});
process.exit(jest.status ?? 1);
