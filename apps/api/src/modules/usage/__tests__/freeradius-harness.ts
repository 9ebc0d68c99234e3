// A real FreeRADIUS 3 for tests: Debian's packages (installed with apt-get when missing, as the
// browser tests install Chromium), a copy of /etc/freeradius/3.0 with docker/freeradius's site
// and SQL module installed by the same install.sh, pointed at a test schema, on free ports, run
// as the current user; radclient sends the packets.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const DEBIAN_RADDB = '/etc/freeradius/3.0';
const INSTALL = path.resolve(__dirname, '../../../../../../docker/freeradius/install.sh');

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Installs freeradius, freeradius-postgresql and freeradius-utils when they are missing. */
export function ensureFreeRadius() {
  if (has('freeradius') && has('radclient') && existsSync('/usr/lib/freeradius/rlm_sql_postgresql.so')) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const pkgs = ['install', '-y', '--no-install-recommends', 'freeradius', 'freeradius-postgresql', 'freeradius-utils'];
  if (spawnSync('apt-get', pkgs, { stdio: 'inherit', env }).status !== 0) {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', pkgs, { stdio: 'inherit', env });
  }
  if (!has('freeradius') || !has('radclient')) throw new Error('FreeRADIUS is still missing after apt-get install');
}

/** A UDP port nobody is bound to right now. */
async function freeUdpPort(): Promise<number> {
  const s = createSocket('udp4');
  await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', resolve));
  const { port } = s.address();
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** libpq connection string for a URL, with the search path set to the test schema. */
function conninfo(databaseUrl: string, schema: string) {
  const u = new URL(databaseUrl);
  const parts = [
    `host=${u.hostname}`,
    `port=${u.port || 5432}`,
    `dbname=${decodeURIComponent(u.pathname.slice(1))}`,
    `user=${decodeURIComponent(u.username)}`,
    u.password ? `password=${decodeURIComponent(u.password)}` : '',
    `options='-c search_path=${schema}'`,
  ];
  return parts.filter(Boolean).join(' ');
}

export interface FreeRadius {
  authPort: number;
  acctPort: number;
  /** The debug log so far (freeradius -X), for failure messages. */
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `freeradius -X` against `schema` of `databaseUrl`. The NAS (127.0.0.1 and its secret)
 * must already be in the nas table: FreeRADIUS reads its clients once, at start.
 */
export async function startFreeRadius(databaseUrl: string, schema: string): Promise<FreeRadius> {
  ensureFreeRadius();
  const dir = mkdtempSync(path.join(tmpdir(), 'sightline-radius-'));
  const raddb = path.join(dir, 'raddb');
  cpSync(DEBIAN_RADDB, raddb, { recursive: true, verbatimSymlinks: true });
  execFileSync('sh', [INSTALL, raddb]);
  // As the current user, with its run and log directories in the temporary directory.
  for (const d of ['run', 'log']) mkdirSync(path.join(dir, d));
  const conf = path.join(raddb, 'radiusd.conf');
  writeFileSync(
    conf,
    readFileSync(conf, 'utf8')
      .replace(/^\s*(user|group)\s*=.*$/gm, '')
      .replace(/^logdir = .*$/m, `logdir = ${dir}/log`)
      .replace(/^run_dir = .*$/m, `run_dir = ${dir}/run`)
      // Rejects are answered at once here (1 s in production, against password guessing).
      .replace(/^(\s*)reject_delay = .*$/m, '$1reject_delay = 0'),
  );
  const [authPort, acctPort] = [await freeUdpPort(), await freeUdpPort()];
  // Its debug output goes to a file, not a pipe: radclient runs synchronously, and a full pipe
  // nobody reads meanwhile would stall the server mid-request.
  const logFile = path.join(dir, 'log', 'radiusd.out');
  const logFd = openSync(logFile, 'w');
  const output = () => readFileSync(logFile, 'utf8');
  const child: ChildProcess = spawn('freeradius', ['-X', '-d', raddb], {
    env: {
      ...process.env,
      SIGHTLINE_RADIUS_DB: conninfo(databaseUrl, schema),
      SIGHTLINE_RADIUS_ADDR: '127.0.0.1',
      SIGHTLINE_RADIUS_AUTH_PORT: String(authPort),
      SIGHTLINE_RADIUS_ACCT_PORT: String(acctPort),
    },
    stdio: ['ignore', logFd, logFd],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  closeSync(logFd);
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => {
      const check = () => (output().includes('Ready to process requests') ? resolve(true) : setTimeout(check, 50));
      check();
    }),
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000).unref()),
  ]);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`freeradius did not start:\n${output().slice(-4000)}`);
  }
  return {
    authPort,
    acctPort,
    log: output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000).unref())]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RadclientReply {
  code: string | null;
  /** Reply attributes as radclient prints them, name → value (quotes removed). */
  attributes: Record<string, string>;
  output: string;
}

/** Sends one packet with radclient (`auth` or `acct`) and reads the reply it prints. */
export function radclient(port: number, kind: 'auth' | 'acct', secret: string, attributes: Record<string, string | number>, timeoutSeconds = 2): RadclientReply {
  const input = Object.entries(attributes)
    .map(([k, v]) => `${k} = ${typeof v === 'number' ? v : JSON.stringify(v)}`)
    .join('\n');
  const r = spawnSync('radclient', ['-x', '-r', '2', '-t', String(timeoutSeconds), `127.0.0.1:${port}`, kind, secret], { input, encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`;
  const code = /Received (\S+) Id/.exec(output)?.[1] ?? null;
  const replyAttributes: Record<string, string> = {};
  const reply = output.split(/Received \S+ Id[^\n]*\n/)[1] ?? '';
  for (const m of reply.matchAll(/^\s+([\w-]+) = (.*)$/gm)) replyAttributes[m[1]] = m[2].replace(/^"|"$/g, '');
  return { code, attributes: replyAttributes, output };
}
