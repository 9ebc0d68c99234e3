// `npm run check:module-kit`: proves that a widget is one folder and one line per side.
// In a scratch clone of the committed tree it copies a small fixture module (customer
// ratings: entity, resolver, rules, loader, probes) and its web widget, adds one line to the
// API's MODULES and one to the web's widget list, runs the generators, and then runs the API's
// generated suites (role matrix, reseller isolation, statement budget, probe coverage,
// boundaries, migrations) and the web suites. It fails unless those tests cover the new
// widget and nothing else but generated files was edited. The scratch copy is deleted.
import { execSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureInstalled, root } from './ensure-installed.mjs';

const FIXTURE = path.join(root, 'packages', 'scripts', 'fixtures', 'module-kit');
const scratch = mkdtempSync(path.join(tmpdir(), 'sightline-module-kit-'));
// mkdtemp makes it 0700; as root the embedded PostgreSQL runs as the `postgres` user, which must reach its binaries in here.
chmodSync(scratch, 0o755);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1', CI: '1' };
const sh = (cmd, cwd = scratch) => {
  console.log(`[module-kit] ${cwd === root ? '(repo)' : path.relative(scratch, cwd) || '(scratch)'}$ ${cmd}`);
  return execSync(cmd, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 << 20 }).toString();
};

/** Adds `importLine` after the file's last import and `entry` as the last element of `listName`. */
function addLine(file, importLine, listName, entry) {
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  const lastImport = lines.findLastIndex((l) => l.startsWith('import '));
  lines.splice(lastImport + 1, 0, importLine);
  const start = lines.findIndex((l) => l.includes(`${listName} = [`));
  const end = lines.findIndex((l, i) => i > start && /^\](?: as const)?;/.test(l));
  if (start < 0 || end < 0) throw new Error(`no list ${listName} in ${file}`);
  lines.splice(end, 0, `  ${entry},`);
  writeFileSync(file, lines.join('\n'));
}

/** Jest's --json results: every test's full name and status. */
function jestResults(file) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return r.testResults.flatMap((s) => s.assertionResults.map((a) => ({ name: a.fullName, status: a.status })));
}

function copyNodeModules() {
  // Hard links: a copy of the installed tree in seconds, without a new install.
  const dirs = ['node_modules', ...['apps', 'packages'].flatMap((d) => readdirSync(path.join(root, d)).map((n) => path.join(d, n, 'node_modules')))];
  for (const dir of dirs) if (existsSync(path.join(root, dir))) sh(`cp -al "${path.join(root, dir)}" "${path.join(scratch, dir)}"`, root);
}

let failure = null;
try {
  ensureInstalled();
  sh(`git clone --quiet --no-hardlinks "${root}" "${scratch}"`, root);
  copyNodeModules();
  const api = path.join(scratch, 'apps', 'api');
  const web = path.join(scratch, 'apps', 'web');

  // One folder and one line on each side.
  cpSync(path.join(FIXTURE, 'api', 'ratings'), path.join(api, 'src', 'modules', 'ratings'), { recursive: true });
  addLine(path.join(api, 'src', 'app', 'modules.ts'), "import { ratingsModule } from '../modules/ratings';", 'MODULES', 'ratingsModule');
  cpSync(path.join(FIXTURE, 'web', 'ratings'), path.join(web, 'src', 'widgets', 'ratings'), { recursive: true });
  addLine(path.join(web, 'src', 'widgets', 'index.ts'), "import { ratingsWidget } from './ratings/widget';", 'WIDGETS_DRAWN', 'ratingsWidget');
  // The generator wants the module's (empty) migrations list to exist before it writes the first.
  mkdirSync(path.join(api, 'src', 'modules', 'ratings', 'migrations'));
  writeFileSync(path.join(api, 'src', 'modules', 'ratings', 'migrations', 'index.ts'), 'export const MIGRATIONS: Function[] = [];\n');

  // The generators.
  sh('npm run migration:generate -- CustomerRatings --module ratings');
  sh('npm run schema');
  sh('npm run codegen -w @sightline/web');
  sh('npx jest -u --ci src/app/__tests__/rules.test.ts', api); // the reviewed permission snapshot
  sh('npx turbo run build --filter=@sightline/api --output-logs=errors-only');

  // The API's generated suites and the web suites, with the new widget in them.
  const apiResults = path.join(scratch, 'api-results.json');
  sh(`npx jest --ci src/app --json --outputFile="${apiResults}"`, api);
  const webResults = path.join(scratch, 'web-results.json');
  sh(`npx jest --ci --json --outputFile="${webResults}"`, web);
  const results = [...jestResults(apiResults), ...jestResults(webResults)];
  const failed = results.filter((t) => t.status !== 'passed');
  if (failed.length) throw new Error(`tests failed with the fixture widget:\n${failed.map((t) => `  ${t.name}`).join('\n')}`);
  const covering = (pattern) => results.filter((t) => pattern.test(t.name));
  const expectations = [
    ['role matrix: every default role reads Customer.ratings by permission', /role \w+ reads Customer\.ratings only with ratings:read/, 9],
    ['role matrix: recordRating by permission for every role', /role \w+ recordRating needs ratings:write/, 9],
    ['reseller isolation: ratings of another reseller', /Customer\.ratings of another reseller/, 1],
    ['reseller isolation: recordRating on another reseller', /recordRating on another reseller/, 1],
    ['probe coverage: Customer.ratings has a probe', /Customer\.ratings has a probe/, 1],
  ];
  for (const [what, pattern, atLeast] of expectations) {
    const n = covering(pattern).length;
    if (n < atLeast) throw new Error(`not covered: ${what} (${n} tests, expected ${atLeast})`);
    console.log(`[module-kit] covered: ${what} (${n} tests)`);
  }

  // Nothing edited but the two folders, the two lines and generated files.
  const allowed = [
    /^apps\/api\/src\/modules\/ratings\//,
    /^apps\/api\/src\/app\/modules\.ts$/,
    /^apps\/web\/src\/widgets\/ratings\//,
    /^apps\/web\/src\/widgets\/index\.ts$/,
    /^schema\.graphql$/,
    /^apps\/web\/src\/gql\//,
    /^apps\/api\/src\/app\/__tests__\/__snapshots__\/rules\.test\.ts\.snap$/,
  ];
  const changed = sh('git status --porcelain --untracked-files=all')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3))
    .filter((f) => !/(^|\/)(node_modules|dist|\.next|\.turbo)\/|\.jest-results\.json$|-results\.json$|^artifacts\//.test(f));
  const outside = changed.filter((f) => !allowed.some((a) => a.test(f)));
  if (outside.length) throw new Error(`files edited outside the widget's folders and lists:\n  ${outside.join('\n  ')}`);
  console.log(`[module-kit] ${changed.length} files changed, all in the widget's folders, the two lists or generated files`);
  console.log(`\nmodule-kit: ${results.length} passed, 0 failed`);
} catch (e) {
  failure = e;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (failure) {
  console.error(`\n[module-kit] FAILED: ${failure.message}`);
  process.exit(1);
}
