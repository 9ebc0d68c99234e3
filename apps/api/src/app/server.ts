import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { config } from '../kernel/config';
import { usePreparedStatements } from '../kernel/db/prepared-statements';
import { stopBatchedReads, useBatchedReads } from '../kernel/db/batched-reads';
import { currentStatementCount, statementTotal, withStatementCounter } from '../kernel/db/sql-counter';
import type { Context } from '../kernel/context';
import { buildContext } from './context';
import { appDataSource, JOBS, prepareDatabase, servedSchema } from './compose';
import { formatError } from '../kernel/errors';
import { inputGuardPlugin } from '../kernel/input-guard';
import { createLogger, noteErrorTrace, type Logger } from '../kernel/log';
import { queryLimitOptions } from '../kernel/query-limits';
import { introspectionForSignedIn } from '../kernel/schema-privacy';
import type { JobDefinition } from '../kernel/module';
import { LoginLimiter, startSessionCache, stopSessionCache } from '../modules/auth';
import { JobRunner } from '../modules/jobs';
import { seedDemoData } from '../app/seed';
import { answerClientErrorsAsJson } from './http/client-errors';
import { healthRoutes } from './http/health';
import { requestTracePlugin, startTrace, traceOf } from './http/request-log';
import { nestingGuard, notFound, requestErrorHandler } from './http/request-guards';
import { httpStatusPlugin } from './http/status-plugin';

export interface AppOptions {
  loginLimit?: ConstructorParameters<typeof LoginLimiter>[1];
  /** Express `trust proxy` (default TRUST_PROXY, else loopback): whose X-Forwarded-For gives the client address. */
  trustProxy?: boolean | number | string;
  /** Schema introspection for signed-in callers (default: on unless GRAPHQL_INTROSPECTION=0). */
  introspection?: boolean;
  /** Answer with `x-sql-statements: N`, the request's (tests; off by default). */
  exposeStatementCount?: boolean;
  /**
   * Answer with `x-sql-statements-total: N`, the process's so far (the bench; off by default):
   * no per-request scope, so the process runs as in production.
   */
  exposeStatementTotal?: boolean;
  /** Where the request lines and errors go (default: stdout at LOG_LEVEL). */
  logger?: Logger;
}

/** Sets a SQL statement count as a response header. */
const statementHeader = (name: string, count: () => number): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set(name, String(count()));
      },
    };
  },
});

/** The HTTP server: POST /graphql (Apollo), GET /healthz and /readyz. Not listening yet. */
export async function createApp(db: DataSource, jobs: JobRunner, opts: AppOptions = {}) {
  const logger = opts.logger ?? createLogger();
  const app = express();
  app.set('trust proxy', opts.trustProxy ?? config.trustProxy);
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  answerClientErrorsAsJson(httpServer);
  const limits = queryLimitOptions();
  const server = new ApolloServer<Context>({
    schema: servedSchema(),
    ...limits,
    plugins: [
      ...limits.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Every answer of /graphql is GraphQL JSON: no HTML page (Apollo's loads from a CDN).
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used (answers are per caller, POSTed): without this Apollo wraps
      // every field's resolution to compute them (~2-3% of the list's CPU).
      ApolloServerPluginCacheControlDisabled(),
      introspectionForSignedIn,
      requestTracePlugin,
      httpStatusPlugin,
      inputGuardPlugin,
      ...(opts.exposeStatementCount ? [statementHeader('x-sql-statements', currentStatementCount)] : []),
      ...(opts.exposeStatementTotal ? [statementHeader('x-sql-statements-total', statementTotal)] : []),
    ],
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts drains on SIGTERM (requests and jobs, then the pool); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    logger,
    introspection: opts.introspection ?? config.graphqlIntrospection,
  });
  await server.start();
  const loginLimiter = new LoginLimiter(db, opts.loginLimit);
  app.use(startTrace(logger));
  app.use(healthRoutes(db));
  app.use(
    '/graphql',
    express.json({ limit: config.maxBodyBytes }),
    nestingGuard(limits.parseOptions.maxTokens),
    // Count SQL statements per request only where tests assert them: an AsyncLocalStorage scope
    // costs every request on Node 20 (promise hooks). The bench reads exposeStatementTotal.
    ...(opts.exposeStatementCount ? [(_req: express.Request, _res: express.Response, next: express.NextFunction) => withStatementCounter(() => next())] : []),
    expressMiddleware(server, {
      // An error here never reaches the plugins: note its request for formatError.
      context: ({ req, res }) => buildContext(db, { loginLimiter, jobs }, req, res).catch((err) => {
        noteErrorTrace(err, traceOf(res));
        throw err;
      }),
    }),
  );
  app.use(notFound);
  app.use(requestErrorHandler);
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
  /** Loaders read through pipelined connections, one write per turn of the event loop (default on). */
  batchedReads?: boolean;
  /** Seconds a resolved session or API token is cached, evicted by NOTIFY (default SESSION_CACHE_SECONDS; 0 off). */
  sessionCacheSeconds?: number;
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
  const logger = opts.logger ?? createLogger();
  const db = appDataSource({ url: opts.databaseUrl, schema: opts.schema, poolSize: opts.poolSize, logger });
  await db.initialize();
  if (opts.preparedStatements ?? true) usePreparedStatements(db);
  await prepareDatabase(db);
  if (opts.batchedReads ?? true) {
    const reads = await useBatchedReads(db);
    if (opts.preparedStatements ?? true) usePreparedStatements(reads);
  }
  await startSessionCache(db, opts.sessionCacheSeconds ?? config.sessionCacheSeconds, logger);
  if (opts.seedDemo) await seedDemoData(db, { ifEmpty: true });
  const jobs = new JobRunner(db, [...JOBS, ...(opts.extraJobs ?? [])], {
    schema: opts.schema ? `${opts.schema}_jobs` : 'pgboss',
    work: opts.runJobs ?? config.jobsEnabled,
    logger,
  });
  await jobs.start();
  const { httpServer, stop } = await createApp(db, jobs, { ...opts, logger });
  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? config.apiPort, opts.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    db,
    jobs,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    logger,
    /**
     * Drains, then closes: stops accepting connections and waits for the requests in flight
     * (up to 10 s) and the running jobs (up to 30 s), then closes the database pool.
     */
    async stop() {
      await Promise.all([stop(), jobs.stop()]);
      await stopBatchedReads(db);
      await stopSessionCache(db);
      await db.destroy();
    },
  };
}
