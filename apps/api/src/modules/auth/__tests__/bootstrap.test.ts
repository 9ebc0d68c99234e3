import { startTestApi, type TestApi } from '../../../testing/harness';
import { bootstrapAdmin } from '../bootstrap-admin';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.teardown());

test('a fresh installation has the default roles without any demo data', async () => {
  const roles = await api.db.query('SELECT name FROM role ORDER BY name');
  expect(roles.map((r: { name: string }) => r.name)).toEqual([
    'admin', 'billing', 'debt_collector', 'finance_manager', 'reporting', 'reseller', 'sales', 'support', 'technical',
  ]);
  expect((await api.db.query('SELECT count(*)::int AS n FROM app_user'))[0].n).toBe(0);
});

test('SIGHTLINE_ADMIN_EMAIL/PASSWORD create the first administrator once, who can sign in', async () => {
  const env = { SIGHTLINE_ADMIN_EMAIL: 'Ops@Example.net', SIGHTLINE_ADMIN_PASSWORD: 'a-very-long-secret' };
  expect(await bootstrapAdmin(api.db, env)).toBe(true);
  expect(await bootstrapAdmin(api.db, env)).toBe(false);
  const r = await api.gql('mutation { login(email: "ops@example.net", password: "a-very-long-secret") { me { role permissions } } }');
  expect(r.data.login.me.role).toBe('admin');
  expect(r.data.login.me.permissions).toContain('admin:roles');
  await expect(bootstrapAdmin(api.db, { SIGHTLINE_ADMIN_EMAIL: 'x@example.net', SIGHTLINE_ADMIN_PASSWORD: 'short' })).rejects.toThrow(/12 characters/);
});
