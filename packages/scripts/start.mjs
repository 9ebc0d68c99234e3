// `npm start`: the whole product on one machine. The API finds its database (DATABASE_URL,
// else an embedded PostgreSQL in .data/postgres), migrates and seeds demo data on first
// start; the web app serves on WEB_PORT and proxies /graphql to the API.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled, root, run } from './ensure-installed.mjs';

ensureInstalled();
run('npx turbo run build --output-logs=errors-only');
const apiPort = process.env.API_PORT ?? '4000';
const webPort = process.env.WEB_PORT ?? '3000';
const env = { ...process.env, API_PORT: apiPort, WEB_PORT: webPort, API_URL: process.env.API_URL ?? `http://127.0.0.1:${apiPort}`, NEXT_TELEMETRY_DISABLED: '1' };

const children = [
  spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], { env, stdio: 'inherit' }),
  // server.mjs, not `next start`: it records each client's address for the /graphql proxy.
  spawn(process.execPath, ['server.mjs', '-p', webPort], { cwd: path.join(root, 'apps/web'), env, stdio: 'inherit' }),
];

let stopping = false;
const stop = (code = 0) => {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
};
for (const c of children) c.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
// Announce once the API answers (the first start migrates and seeds, which takes a few seconds).
const announce = async () => {
  for (let i = 0; i < 600 && !stopping; i++) {
    const ok = await fetch(`http://127.0.0.1:${apiPort}/healthz`).then((r) => r.ok, () => false);
    if (ok) {
      console.log(`\nSightline is ready: web http://localhost:${webPort}  API http://localhost:${apiPort}/graphql  (sign in as support@demo.sightline.test / sightline-demo)\n`);
      return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
};
announce();
