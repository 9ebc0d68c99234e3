// `npm test`: every package's jest suite against a real PostgreSQL (DATABASE_URL's server
// when set, else an embedded one each suite starts itself). One package at a time: 2 cores.
// Ends with one summary line over all packages.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled, root, run } from './ensure-installed.mjs';

const PACKAGES = ['packages/access', 'apps/api', 'apps/web'];
const resultFile = (pkg) => path.join(root, pkg, '.jest-results.json');

ensureInstalled();
for (const pkg of PACKAGES) rmSync(resultFile(pkg), { force: true });
let failed = false;
try {
  run('npx turbo run test --concurrency=1 --output-logs=full -- --ci --json --outputFile=.jest-results.json');
} catch {
  failed = true;
}
let passed = 0;
let failedTests = 0;
for (const pkg of PACKAGES) {
  if (!existsSync(resultFile(pkg))) continue;
  const r = JSON.parse(readFileSync(resultFile(pkg), 'utf8'));
  passed += r.numPassedTests;
  failedTests += r.numFailedTests + r.numRuntimeErrorTestSuites;
}
console.log(`\ntests: ${passed} passed, ${failedTests} failed`);
process.exit(failed || failedTests > 0 || passed === 0 ? 1 : 0);
