// `npm test`: every package's jest suite against a real PostgreSQL (DATABASE_URL's server
// when set, else an embedded one each suite starts itself). One package at a time: 2 cores.
// Ends with one summary line over all packages.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled, root, run } from './ensure-installed.mjs';

ensureInstalled();
const results = path.join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
let failed = false;
try {
  run('npx turbo run test --concurrency=1 --output-logs=full');
} catch {
  failed = true;
}
let passed = 0;
let failedTests = 0;
for (const file of existsSync(results) ? readdirSync(results) : []) {
  const r = JSON.parse(readFileSync(path.join(results, file), 'utf8'));
  passed += r.numPassedTests;
  failedTests += r.numFailedTests + r.numRuntimeErrorTestSuites;
}
console.log(`\ntests: ${passed} passed, ${failedTests} failed`);
process.exit(failed || failedTests > 0 || passed === 0 ? 1 : 0);
