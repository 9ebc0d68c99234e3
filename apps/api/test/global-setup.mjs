// One database per test run: DATABASE_URL's server when set, else a throw-away embedded
// PostgreSQL. Each test file then migrates its own schema in it (src/testing/harness.ts).
import { createTestDatabase } from '@sightline/database';

export default async function globalSetup() {
  const db = await createTestDatabase({ prefix: 'sightline_api_test' });
  process.env.SIGHTLINE_TEST_DATABASE_URL = db.url;
  globalThis.__sightlineTestDb = db;
}
