// The API process: finds its database (DATABASE_URL or embedded), migrates, seeds the demo
// set on first start (not in production), and serves POST /graphql on API_PORT (4000).
import { startApi } from './app/server';
import { config } from './kernel/config';
import { openDatabase } from './main-database';

async function main() {
  const database = await openDatabase();
  const api = await startApi({ databaseUrl: database.url, port: config.apiPort, seedDemo: !config.isProduction && process.env.SEED_DEMO !== '0' });
  console.log(`Sightline API on http://localhost:${api.port}/graphql (${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`);
  const shutdown = async () => {
    await api.stop();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
