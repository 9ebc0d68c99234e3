// An API build under load: a child process serving it, a signed-in admin, its schema.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { DEMO_PASSWORD } from '../app/seed';
import { readStatements, type StatementReading } from './load';

export interface ApiBuild {
  /** The build's `bench/server.js` (the same child protocol since the bench existed). */
  serverScript: string;
  /** Its commit (`git describe --always --dirty`), or the folder when it is no checkout. */
  label: string;
}

function describe(dir: string): string {
  try {
    return execFileSync('git', ['-C', dir, 'describe', '--always', '--dirty', '--abbrev=7'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return dir;
  }
}

/** This build: the API the bench is part of. */
export const thisBuild = (): ApiBuild => ({ serverScript: path.join(__dirname, 'server.js'), label: describe(__dirname) });

/** Another build, given as its checkout, its `apps/api` or its `dist` folder (built already). */
export function otherBuild(given: string): ApiBuild {
  // Relative to where `npm run bench` was typed (npm runs the script in apps/api).
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
  const script = ['bench/server.js', 'dist/bench/server.js', 'apps/api/dist/bench/server.js']
    .map((p) => path.join(dir, p))
    .find((p) => existsSync(p));
  if (!script) {
    throw new Error(`no API build at ${dir}: build it there first (npx turbo run build --filter=@sightline/api)`);
  }
  return { serverScript: script, label: describe(dir) };
}

export interface RunningApi {
  endpoint: string;
  /** The admin demo user's session token. */
  token: string;
  /** CPU seconds the API process has used so far (user + system), where the OS tells. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/**
 * utime + stime of a process from /proc (Linux; in USER_HZ ticks, 100 a second there). On a
 * shared machine a request's CPU time moves far less than its wall-clock time.
 */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds used so far by every PostgreSQL process on this machine (postmaster and
 * backends, Linux only): with the database local, the share of a request's cost that runs in
 * PostgreSQL, which the contenders' own CPU does not show (PostGraphile does its work in SQL).
 * With nothing else using the database server, a run's difference is its requests' cost.
 */
export function postgresCpuSeconds(): number | undefined {
  let dirs: string[];
  try {
    dirs = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return undefined;
  }
  let total = 0;
  for (const pid of dirs) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
      // utime, stime, and cutime, cstime: the postmaster's ended backends (a pool's idle
      // connections close and reopen during a run), so the total never goes back.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
    } catch {
      // the process ended between the listing and the read
    }
  }
  return total > 0 ? total : undefined;
}

/** A contender's child process serving HTTP on a free port (it sends `{ port }` when listening). */
export interface ChildServer {
  port: number;
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/** Forks `script` against the database at `url`; resolves once it listens. */
export async function forkServer(script: string, url: string, label: string): Promise<ChildServer> {
  // The API still writes its request log lines (as in production), to nowhere.
  // NODE_ENV=production as deployed (docker/api.Dockerfile): graphql-js, express and others
  // skip their development checks then (graphql's instanceOf was 1.4% of the API's profile CPU).
  const child = fork(script, { env: { ...process.env, BENCH_DATABASE_URL: url, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: any) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code}`)));
  });
  const stop = async () => {
    if (child.connected) child.disconnect();
    await exited;
  };
  return { port, cpuSeconds: () => cpuSecondsOf(child.pid), stop };
}

/** Serves `build` on a free port against `url` (the build migrates it first) and signs in. */
export async function startApi(build: ApiBuild, url: string): Promise<RunningApi> {
  const { port, cpuSeconds, stop } = await forkServer(build.serverScript, url, `API ${build.label}`);
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  try {
    const login = (await post(endpoint, undefined, {
      query: `mutation { login(email: "admin@demo.sightline.test", password: "${DEMO_PASSWORD}") { token } }`,
    })) as { data: { login: { token: string } } };
    return { endpoint, token: login.data.login.token, cpuSeconds, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * POSTs `body` as JSON; resolves to the SQL statements the server says it took. A GraphQL
 * error or an empty answer fails the run (a contender must not look fast by failing).
 */
export async function postForStatements(endpoint: string, body: object, token?: string): Promise<StatementReading> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  if (json.errors || !json.data) throw new Error(`${endpoint}: ${JSON.stringify(json.errors ?? json)}`.slice(0, 2000));
  return readStatements(res.headers);
}

async function post(endpoint: string, token: string | undefined, body: object) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json;
}

/** The schema the running build serves (introspection, as its admin). */
export async function servedSchema(api: RunningApi): Promise<GraphQLSchema> {
  const { data } = await post(api.endpoint, api.token, { query: getIntrospectionQuery({ descriptions: false }) });
  return buildClientSchema(data as IntrospectionQuery);
}

async function ask(api: RunningApi, query: string, id: string) {
  const res = await fetch(api.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body: JSON.stringify({ query, variables: { id } }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, statements: readStatements(res.headers) };
}

/** One request of `query` for the next customer; resolves to the SQL statements it took. */
export function profileTask(api: RunningApi, query: string, nextId: () => string) {
  return async () => (await ask(api, query, nextId())).statements;
}

/** The customers of `ids` for whom two builds answer `query` differently. */
export async function differingAnswers(a: RunningApi, b: RunningApi, query: string, ids: readonly string[]): Promise<string[]> {
  const differing: string[] = [];
  for (const id of ids) {
    const [x, y] = await Promise.all([ask(a, query, id), ask(b, query, id)]);
    if (JSON.stringify(x.data) !== JSON.stringify(y.data)) differing.push(id);
  }
  return differing;
}
