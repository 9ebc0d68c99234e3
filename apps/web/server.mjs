// The web app's HTTP server: Next.js, run as `next start` (or `next dev` with --dev) runs it,
// behind one line that records who connected. Next keeps an X-Forwarded-For a client sends and
// only fills it in when missing, and gives src/proxy.ts no socket address, so the /graphql proxy
// could not tell a forged address from a real one. Here the address this server saw replaces
// whatever the client wrote; the proxy passes it on and the API trusts this one hop (TRUST_PROXY).
//   node server.mjs [-p <port>] [-H <hostname>] [--dev]
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' }, dev: { type: 'boolean' } },
});
const dev = values.dev ?? false;
process.env.NODE_ENV ??= dev ? 'development' : 'production';
const port = Number(values.port ?? process.env.WEB_PORT ?? 3000);

/** The client is whoever opened the connection; any forwarding header it sent is dropped. */
function recordClientAddress(req) {
  req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  delete req.headers.forwarded;
  delete req.headers['x-real-ip'];
}

const { default: next } = await import('next');
const app = next({ dev, dir: dirname(fileURLToPath(import.meta.url)), hostname: values.hostname ?? 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();
createServer((req, res) => {
  recordClientAddress(req);
  handle(req, res);
}).listen(port, values.hostname, () => {
  console.log(`Sightline web on http://${values.hostname ?? 'localhost'}:${port} (${dev ? 'development' : 'production'})`);
});
