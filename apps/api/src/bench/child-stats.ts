// What every contender process shares: SQL statements counted per HTTP request (an
// AsyncLocalStorage scope around the request, a wrapper round each pg client's query), sent
// back as `x-sql-statements`, as the API does with exposeStatementCount.
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import type http from 'node:http';
import type pg from 'pg';

const store = new AsyncLocalStorage<{ statements: number }>();

/** Counts the statements every client of `pool` sends within a request. */
export function countStatements(pool: pg.Pool) {
  const counted = new WeakSet<object>();
  pool.on('connect', (client) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const s = store.getStore();
      if (s) s.statements++;
      return query(...args);
    };
  });
}

/** Wraps a request handler: the response carries the statements the request took. */
export function withStatementHeader(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const scope = { statements: 0 };
    const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => http.ServerResponse;
    (res as unknown as { writeHead: unknown }).writeHead = (...a: unknown[]) => {
      res.setHeader('x-sql-statements', String(scope.statements));
      return writeHead(...a);
    };
    store.run(scope, () => handler(req, res));
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

/** `fn` run in the request's scope later (a body's 'end' event fires outside it). */
export const inRequestScope = <A extends unknown[], R>(fn: (...args: A) => R) => AsyncResource.bind(fn);
