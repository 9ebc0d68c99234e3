// Lets `npm start` and `npm test` work on a fresh clone: installs the locked dependencies
// when node_modules is missing or older than package-lock.json.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
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

/**
 * Runs `commands` (each writing jest's --json results to `resultFiles`) and ends with one
 * line `<label>: N passed, N failed` over all of them; exits non-zero on any failure.
 */
export function runJest(label, resultFiles, commands) {
  for (const f of resultFiles) rmSync(f, { force: true });
  let failed = false;
  try {
    for (const cmd of commands) run(cmd);
  } catch {
    failed = true;
  }
  let passed = 0;
  let failedTests = 0;
  for (const f of resultFiles.filter((f) => existsSync(f))) {
    const r = JSON.parse(readFileSync(f, 'utf8'));
    passed += r.numPassedTests;
    failedTests += r.numFailedTests + r.numRuntimeErrorTestSuites;
  }
  console.log(`\n${label}: ${passed} passed, ${failedTests} failed`);
  process.exit(failed || failedTests > 0 || passed === 0 ? 1 : 0);
}
