// The API process: finds its database (DATABASE_URL or embedded), migrates, seeds the demo
// set on first start (not in production), and serves POST /graphql on API_PORT (4000).
// SIGTERM (or SIGINT) drains it: no new connections, the requests and jobs in flight finish,
// then it exits 0.
import { startApi } from './app/server';
import { config } from './kernel/config';
import { createLogger } from './kernel/log';
import { openDatabase } from './main-database';

const logger = createLogger();

async function main() {
  const database = await openDatabase();
  const api = await startApi({ databaseUrl: database.url, port: config.apiPort, seedDemo: !config.isProduction && process.env.SEED_DEMO !== '0', logger });
  logger.info(
    { port: api.port, url: `http://localhost:${api.port}/graphql`, database: database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL' },
    `Sightline API on http://localhost:${api.port}/graphql`,
  );
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests and jobs');
    // A drain that hangs (a job that never ends) must not keep the process forever.
    setTimeout(() => {
      logger.error('shutdown took longer than 45 s; exiting');
      logger.flush();
      process.exit(1);
    }, 45_000).unref();
    await api.stop();
    await database.stop();
    logger.info('stopped');
    logger.flush(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  logger.fatal({ err }, 'the API could not start');
  logger.flush(() => process.exit(1));
});
