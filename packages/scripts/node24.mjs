// Prints the folder of a Node 24 binary, installing the `node@24` package from the npm
// registry into a cache folder when missing: CI runs the suite on Node 24 LTS as well.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = process.env.SIGHTLINE_NODE24_DIR ?? path.join(tmpdir(), 'sightline-node24');
const bin = path.join(dir, 'node_modules', '.bin');
const version = () => execSync(`"${path.join(bin, 'node')}" --version`, { encoding: 'utf8' }).trim();

if (!existsSync(path.join(bin, 'node')) || !version().startsWith('v24.')) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  execSync('npm install --no-audit --no-fund --no-save node@24', { cwd: dir, stdio: ['ignore', process.stderr, process.stderr] });
}
console.error(`Node ${version()} in ${bin}`);
console.log(bin);
