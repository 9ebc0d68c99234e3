// `npm run test:e2e`: builds everything, then the web app's browser tests (which start the
// API, the web app and a database themselves). Ends with one summary line.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled, root, run } from './ensure-installed.mjs';

const results = path.join(root, 'apps/web/.jest-results.json');
ensureInstalled();
rmSync(results, { force: true });
let failed = false;
try {
  run('npx turbo run build --output-logs=errors-only');
  run('npm run test:e2e -w @sightline/web -- --ci --json --outputFile=.jest-results.json');
} catch {
  failed = true;
}
const r = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : { numPassedTests: 0, numFailedTests: 0, numRuntimeErrorTestSuites: 0 };
const failedTests = r.numFailedTests + r.numRuntimeErrorTestSuites;
console.log(`\ne2e: ${r.numPassedTests} passed, ${failedTests} failed`);
process.exit(failed || failedTests > 0 || r.numPassedTests === 0 ? 1 : 0);
