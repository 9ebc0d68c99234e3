import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { config } from '../kernel/config';
import { usePreparedStatements } from '../kernel/db/prepared-statements';
import { currentStatementCount, withStatementCounter } from '../kernel/db/sql-counter';
import type { Context } from '../kernel/context';
import { buildContext } from './context';
import { appDataSource, JOBS, prepareDatabase, servedSchema } from './compose';
import { formatError } from '../kernel/errors';
import { queryLimitOptions } from '../kernel/query-limits';
import { introspectionForSignedIn } from '../kernel/schema-privacy';
import type { JobDefinition } from '../kernel/module';
import { LoginLimiter } from '../modules/auth';
import { JobRunner } from '../modules/jobs';
import { seedDemoData } from '../app/seed';

export interface AppOptions {
  loginLimit?: ConstructorParameters<typeof LoginLimiter>[1];
  /** Express `trust proxy` (default TRUST_PROXY, else loopback): whose X-Forwarded-For gives the client address. */
  trustProxy?: boolean | number | string;
  /** Schema introspection for signed-in callers (default: on unless GRAPHQL_INTROSPECTION=0). */
  introspection?: boolean;
  /** Answer with `x-sql-statements: N` (tests and the bench; off by default). */
  exposeStatementCount?: boolean;
}

/** Sets the SQL statement count of the request as a response header. */
const statementCountHeader: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('x-sql-statements', String(currentStatementCount()));
      },
    };
  },
};

/** The HTTP server: POST /graphql (Apollo), GET /healthz. Not listening yet. */
export async function createApp(db: DataSource, jobs: JobRunner, opts: AppOptions = {}) {
  const app = express();
  app.set('trust proxy', opts.trustProxy ?? config.trustProxy);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const limits = queryLimitOptions();
  const server = new ApolloServer<Context>({
    schema: servedSchema(),
    ...limits,
    plugins: [
      ...limits.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      introspectionForSignedIn,
      ...(opts.exposeStatementCount ? [statementCountHeader] : []),
    ],
    formatError,
    introspection: opts.introspection ?? config.graphqlIntrospection,
  });
  await server.start();
  const loginLimiter = new LoginLimiter(db, opts.loginLimit);
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // Count SQL statements per request only where they are read (tests assert them, the bench
    // reports them): the AsyncLocalStorage scope costs ~8% of a profile request.
    ...(opts.exposeStatementCount ? [(_req: express.Request, _res: express.Response, next: express.NextFunction) => withStatementCounter(() => next())] : []),
    expressMiddleware(server, { context: ({ req, res }) => buildContext(db, { loginLimiter, jobs }, req, res) }),
  );
  return {
    app,
    httpServer,
    async stop() {
      await server.stop();
    },
  };
}

export interface StartApiOptions extends AppOptions {
  /** Connections in the pool (default 20). */
  poolSize?: number;
  /** Named prepared statements for parameterised queries (default on). */
  preparedStatements?: boolean;
  databaseUrl: string;
  /** 0 = any free port. Default API_PORT or 4000. */
  port?: number;
  host?: string;
  schema?: string;
  /** Seed the demo data set when the database has no customers yet. */
  seedDemo?: boolean;
  /** Work on queued and scheduled jobs in this process (default: JOBS, on unless `JOBS=0`). */
  runJobs?: boolean;
  /** Jobs besides the modules' own (tests' fixtures). */
  extraJobs?: JobDefinition[];
}

/** Migrates, optionally seeds, and serves the API. Used by main.ts, tests and the bench. */
export async function startApi(opts: StartApiOptions) {
  const db = appDataSource({ url: opts.databaseUrl, schema: opts.schema, poolSize: opts.poolSize });
  await db.initialize();
  if (opts.preparedStatements ?? true) usePreparedStatements(db);
  await prepareDatabase(db);
  if (opts.seedDemo) await seedDemoData(db, { ifEmpty: true });
  const jobs = new JobRunner(db, [...JOBS, ...(opts.extraJobs ?? [])], {
    schema: opts.schema ? `${opts.schema}_jobs` : 'pgboss',
    work: opts.runJobs ?? config.jobsEnabled,
  });
  await jobs.start();
  const { httpServer, stop } = await createApp(db, jobs, opts);
  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? config.apiPort, opts.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    db,
    jobs,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await stop();
      await jobs.stop();
      await db.destroy();
    },
  };
}
