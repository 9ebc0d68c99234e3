// Lets `npm start` and `npm test` work on a fresh clone: installs the locked dependencies
// when node_modules is missing or older than package-lock.json.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function ensureInstalled() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  // `npm install` with the lock, not `npm ci`: registries that serve only this platform's
  // builds (as in CI here) leave other platforms' optional packages out of any lock file,
  // which `npm ci` rejects; `npm install` keeps the locked versions and skips them.
  console.log('Installing dependencies (npm install, locked versions)...');
  execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}

/** Runs a command in the repository root, inheriting output; throws on failure. */
export function run(cmd) {
  execSync(cmd, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' } });
}
