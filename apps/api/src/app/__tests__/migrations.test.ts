import { startTestApi, type TestApi } from '../../testing/harness';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.teardown());

test('the migrations build exactly the schema the entities describe (no pending migration)', async () => {
  const pending = await api.db.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

test('migrations were applied in the test schema, not public', async () => {
  const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'customer'`, [api.schema]);
  expect(n).toBe(1);
});

test('every migration can be reverted, and all re-applied', async () => {
  const applied = async () => (await api.db.query(`SELECT count(*)::int AS n FROM migrations`))[0].n as number;
  const total = api.db.migrations.length;
  expect(await applied()).toBe(total);
  for (let left = total; left > 0; left--) {
    await api.db.undoLastMigration({ transaction: 'all' });
    expect(await applied()).toBe(left - 1);
  }
  const left = await api.db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [api.schema]);
  // Only TypeORM's own tables are left: its migrations, and the record of generated columns'
  // expressions (customer.search_text), which it creates before running any migration.
  expect(left.map((t: { table_name: string }) => t.table_name)).toEqual(['migrations', 'typeorm_metadata']);
  expect(await api.db.query('SELECT * FROM typeorm_metadata')).toEqual([]);
  await api.db.runMigrations({ transaction: 'all' });
  const pending = await api.db.driver.createSchemaBuilder().log();
  expect(pending.upQueries).toEqual([]);
});
