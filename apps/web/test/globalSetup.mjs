// Creates one throw-away database for the integration project; the test starts the API on it.
export default async function globalSetup() {
  const { createTestDatabase } = await import('@sightline/database');
  const db = await createTestDatabase({ prefix: 'sightline_web_it' });
  process.env.SIGHTLINE_TEST_DATABASE_URL = db.url;
  globalThis.__SIGHTLINE_DB_TEARDOWN__ = db.teardown;
}
