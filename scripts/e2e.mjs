// `npm run test:e2e`: builds everything, then the web app's browser tests (which start the
// API, the web app and a database themselves).
import { ensureInstalled, run } from './ensure-installed.mjs';

ensureInstalled();
try {
  run('npx turbo run build --output-logs=errors-only');
  run('npm run test:e2e -w @sightline/web');
} catch {
  process.exit(1);
}
