// The API under test, in its own process so the load generator does not share its event loop.
import { startApi } from '../app/server';

startApi({ databaseUrl: process.env.BENCH_DATABASE_URL!, port: 0, host: '127.0.0.1', exposeStatementTotal: true }).then((api) => {
  process.send?.({ port: api.port });
  process.on('disconnect', () => api.stop().then(() => process.exit(0)));
});
