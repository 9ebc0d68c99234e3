// PostGraphile 4 on the bench's database, as the peer the API is measured against: its
// defaults (one SQL statement per query, built with json_build_object), no auth, no
// permissions beyond the database role's, mutations off, behind node:http like the floor.
import Module from 'node:module';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { countStatements, serveForBench, withStatementHeader } from './child-stats';
import { POSTGRAPHILE_SCHEMA } from './postgraphile-schema';

// PostGraphile 4 needs graphql 15 while the API uses 16, and npm may place PostGraphile's
// own packages (graphile-build, graphile-build-pg) where they would find either copy: every
// `graphql` import of this process resolves to the copy PostGraphile installed with itself.
const postgraphileDir = path.dirname(require.resolve('postgraphile/package.json'));
const graphqlDir = path.dirname(require.resolve('graphql/package.json', { paths: [postgraphileDir] }));
const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = resolver._resolveFilename;
resolver._resolveFilename = (request, ...rest) =>
  resolve(request === 'graphql' || request.startsWith('graphql/') ? graphqlDir + request.slice('graphql'.length) : request, ...rest);
const { postgraphile } = require('postgraphile') as typeof import('postgraphile');

const pool = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 20 });
countStatements(pool);
const middleware = postgraphile(pool, ['public', POSTGRAPHILE_SCHEMA], {
  graphqlRoute: '/graphql',
  disableDefaultMutations: true,
  disableQueryLog: true,
  dynamicJson: true,
  retryOnInitFail: false,
  watchPg: false,
  setofFunctionsContainNulls: false,
});
const server = http.createServer(withStatementHeader((req, res) => middleware(req, res)));
serveForBench(server, () => pool.end());
