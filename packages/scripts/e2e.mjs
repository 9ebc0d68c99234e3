// `npm run test:e2e`: builds everything, then the web app's browser tests (which start the
// API, the web app and a database themselves). Ends with one summary line.
import path from 'node:path';
import { ensureInstalled, root, runJest } from './ensure-installed.mjs';

ensureInstalled();
runJest('e2e', [path.join(root, 'apps/web/.jest-results.json')], [
  'npx turbo run build --output-logs=errors-only',
  'npm run test:e2e -w @sightline/web -- --ci --json --outputFile=.jest-results.json',
]);
