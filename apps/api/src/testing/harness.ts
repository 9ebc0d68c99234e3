import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startApi, type StartApiOptions } from '../app/server';

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  status: number;
  headers: Headers;
  statements: number;
}

/**
 * One API per test file on the run's shared database, in a schema of its own (migrated
 * from scratch), so files never see each other's rows. Call `teardown` in afterAll.
 */
export async function startTestApi(opts: Partial<StartApiOptions> = {}) {
  const databaseUrl = process.env.SIGHTLINE_TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('SIGHTLINE_TEST_DATABASE_URL is not set (jest globalSetup starts the database)');
  const schema = `t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  // No session cache unless a test asks for one (session-cache.test.ts, statement-count.test.ts):
  // otherwise whether a request looks its session up would depend on the clock.
  const api = await startApi({ databaseUrl, schema, port: 0, host: '127.0.0.1', exposeStatementCount: true, runJobs: false, sessionCacheSeconds: 0, ...opts });

  async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, auth?: { token?: string; cookie?: string }): Promise<GqlResult<T>> {
    // As Apollo Client sends it: a document that cannot run is then HTTP 400 (200 for plain application/json).
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' };
    if (auth?.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth?.cookie) headers.cookie = auth.cookie;
    const res = await fetch(api.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as Omit<GqlResult<T>, 'status' | 'headers' | 'statements'>;
    return { ...body, status: res.status, headers: res.headers, statements: Number(res.headers.get('x-sql-statements') ?? NaN) };
  }

  return {
    ...api,
    schema,
    gql,
    async teardown() {
      await api.stop();
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      await admin.query(`DROP SCHEMA ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
      await admin.end();
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

/** The error codes of a result, in order (empty when it succeeded). */
export const codes = (r: GqlResult) => (r.errors ?? []).map((e) => e.extensions?.code);
