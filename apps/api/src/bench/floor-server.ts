// The floor: each workload's data in one hand-written SQL statement with pg, behind a
// minimal node:http server, so transport and JSON encoding cost the same as for the others.
import http from 'node:http';
import pg from 'pg';
import { countStatements, serveForBench, withStatementHeader } from './child-stats';
import { FLOOR_QUERIES, type FloorRequest } from './floor-queries';

const pool = new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 20 });
countStatements(pool);

const server = http.createServer(
  withStatementHeader((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on(
      'end',
      async () => {
        try {
          const { query, params } = JSON.parse(Buffer.concat(chunks).toString()) as FloorRequest;
          const { rows } = await pool.query(FLOOR_QUERIES[query], params);
          const body = JSON.stringify({ data: rows });
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(body);
        } catch (e) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
        }
      },
    );
  }),
);
serveForBench(server, () => pool.end());
