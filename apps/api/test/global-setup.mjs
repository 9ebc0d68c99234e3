// One database per test run: DATABASE_URL's server when set, else a throw-away embedded
// PostgreSQL. Each test file then migrates its own schema in it (src/testing/harness.ts).
import { createTestDatabase } from '@sightline/database';
import pg from 'pg';

export default async function globalSetup() {
  const db = await createTestDatabase({ prefix: 'sightline_api_test' });
  // Extensions are per database: install once here, so parallel test files do not race on it.
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
  await client.end();
  process.env.SIGHTLINE_TEST_DATABASE_URL = db.url;
  globalThis.__sightlineTestDb = db;
}
