// `npm test`: every package's jest suite against a real PostgreSQL (DATABASE_URL's server
// when set, else an embedded one each suite starts itself). One package at a time: 2 cores.
// Ends with one summary line over all packages.
import path from 'node:path';
import { ensureInstalled, root, runJest } from './ensure-installed.mjs';

ensureInstalled();
runJest(
  'tests',
  ['packages/access', 'apps/api', 'apps/web'].map((pkg) => path.join(root, pkg, '.jest-results.json')),
  ['npx turbo run test --concurrency=1 --output-logs=full -- --ci --json --outputFile=.jest-results.json'],
);
