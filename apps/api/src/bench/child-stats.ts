// What every contender process shares: the SQL statements it has sent so far (a wrapper round
// each pg client's query), sent with every answer as `x-sql-statements-total`, as the API does
// with exposeStatementTotal. No per-request scope: on Node 20 an AsyncLocalStorage turns on
// promise hooks, which would slow the contenders by more than their own work differs.
import type http from 'node:http';
import type pg from 'pg';

let statements = 0;

/** Counts the statements every client of `pool` sends. */
export function countStatements(pool: pg.Pool) {
  const counted = new WeakSet<object>();
  pool.on('connect', (client) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      statements++;
      return query(...args);
    };
  });
}

/** Wraps a request handler: the response carries the statements sent so far. */
export function withStatementHeader(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => http.ServerResponse;
    (res as unknown as { writeHead: unknown }).writeHead = (...a: unknown[]) => {
      res.setHeader('x-sql-statements-total', String(statements));
      return writeHead(...a);
    };
    handler(req, res);
  };
}

/** Tells the parent (the bench) the port, and stops when it disconnects. */
export function serveForBench(server: http.Server, stop: () => Promise<void>) {
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as { port: number }).port });
  });
  process.on('disconnect', () => {
    server.close();
    stop().then(() => process.exit(0));
  });
}
