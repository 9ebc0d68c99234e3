import { startServers } from './servers.mjs';

export default async function globalSetup() {
  const { webUrl, apiUrl } = await startServers();
  // Workers are started after globalSetup and inherit these.
  process.env.E2E_WEB_URL = webUrl;
  process.env.E2E_API_URL = apiUrl;
}
