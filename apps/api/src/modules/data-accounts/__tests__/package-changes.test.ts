import { codes, startTestApi, type GqlResult, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';

let api: TestApi;
let admin: string;
let support: string;
let technical: string;
let fibre50: string;
let fibre100: string;
let lte: string;

const ok = (r: GqlResult) => {
  expect(r.errors).toBeUndefined();
  return r.data as any;
};
const errorOf = (r: GqlResult) => ({ code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field });
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const SCHEDULE = 'mutation($input: SchedulePackageChangeInput!) { schedulePackageChange(input: $input) { id state effectiveDate username submittedByName fromPackage { name } toPackage { name } } }';
const CHANGES = 'query($c: ID!) { customer(id: $c) { packageChanges { id state immediate effectiveDate reason toPackage { name } submittedByName } } }';
const JOB = 'data-accounts.apply-package-changes';

let seq = 0;
async function makePackage(name: string, down: number, up: number) {
  const r = await api.gql('mutation($input: CreateDataPackageInput!) { createDataPackage(input: $input) { id } }', { input: { name, downloadKbps: down, uploadKbps: up, monthlyPriceCents: 49_900 } }, { token: admin });
  return ok(r).createDataPackage.id as string;
}
async function account(customerId: string, packageId = fibre50) {
  const username = `pc${++seq}-${process.pid}@wisp.co.za`;
  const r = await api.gql('mutation($input: AddDataAccountInput!) { addDataAccount(input: $input) { account { id username } } }', { input: { customerId, username, packageId } }, { token: admin });
  return ok(r).addDataAccount.account as { id: string; username: string };
}
const rate = async (username: string) =>
  (await api.db.query(`SELECT value FROM radreply WHERE username = $1 AND attribute = 'Mikrotik-Rate-Limit'`, [username]))[0]?.value ?? null;
const schedule = (dataAccountId: string, toPackageId: string, effectiveDate: string, token = support) =>
  api.gql(SCHEDULE, { input: { dataAccountId, toPackageId, effectiveDate } }, { token });
/** Runs the job as the worker would: queue one run, take it, run it to the end. */
async function runJob() {
  await api.jobs.send(JOB, {});
  return api.jobs.runNext(JOB);
}
const snapshot = async () => ({
  changes: await api.db.query('SELECT id, state, settled_at, from_package_id FROM package_change ORDER BY id'),
  accounts: await api.db.query('SELECT id, package_id, version FROM data_account ORDER BY id'),
  radreply: await api.db.query('SELECT username, attribute, value FROM radreply ORDER BY username, attribute'),
  audit: (await api.db.query('SELECT count(*)::int AS n FROM audit_entry'))[0].n,
});

beforeAll(async () => {
  api = await startTestApi();
  admin = (await makeUser(api.db, 'admin')).token;
  support = (await makeUser(api.db, 'support')).token;
  technical = (await makeUser(api.db, 'technical')).token;
  fibre50 = await makePackage('Fibre 50/25', 50_000, 25_000);
  fibre100 = await makePackage('Fibre 100/50', 100_000, 50_000);
  lte = await makePackage('LTE 60 GB', 20_000, 5_000);
});
afterAll(() => api.teardown());

test('schedule: one per account, today or later, an offered package other than the current one', async () => {
  const c = await makeCustomer(api.db);
  const a = await account(c.id);
  expect(errorOf(await schedule(a.id, fibre100, day(-1)))).toEqual({ code: 'BAD_USER_INPUT', field: 'effectiveDate' });
  expect(errorOf(await schedule(a.id, fibre100, '2026-13-01'))).toEqual({ code: 'BAD_USER_INPUT', field: 'effectiveDate' });
  expect(errorOf(await schedule(a.id, fibre100, day(400)))).toEqual({ code: 'BAD_USER_INPUT', field: 'effectiveDate' });
  expect(errorOf(await schedule(a.id, fibre50, day(3)))).toEqual({ code: 'BAD_USER_INPUT', field: 'toPackageId' });
  expect(errorOf(await schedule(a.id, 'not-a-uuid', day(3)))).toEqual({ code: 'BAD_USER_INPUT', field: 'toPackageId' });
  expect(codes(await schedule('00000000-0000-4000-8000-000000000000', fibre100, day(3)))).toEqual(['NOT_FOUND']);
  expect(codes(await schedule(a.id, fibre100, day(3), technical))).toEqual(['FORBIDDEN']);

  const made = ok(await schedule(a.id, fibre100, day(3))).schedulePackageChange;
  expect(made).toMatchObject({ state: 'SCHEDULED', effectiveDate: day(3), username: a.username, submittedByName: 'support tester', fromPackage: { name: 'Fibre 50/25' }, toPackage: { name: 'Fibre 100/50' } });
  expect(errorOf(await schedule(a.id, lte, day(5)))).toEqual({ code: 'CONFLICT', field: 'dataAccountId' });
  const trail = await api.db.query(`SELECT action FROM audit_entry WHERE customer_id = $1 ORDER BY id`, [c.id]);
  expect(trail.map((t: any) => t.action)).toEqual(['dataAccount.add', 'packageChange.schedule']);
});

test('cancel: only a scheduled change, audited; then another may be scheduled', async () => {
  const c = await makeCustomer(api.db);
  const a = await account(c.id);
  const { id } = ok(await schedule(a.id, fibre100, day(2))).schedulePackageChange;
  const cancelled = ok(await api.gql('mutation($id: ID!) { cancelPackageChange(id: $id, reason: "Customer changed their mind") { state reason settledAt } }', { id }, { token: support }));
  expect(cancelled.cancelPackageChange).toMatchObject({ state: 'CANCELLED', reason: 'Customer changed their mind' });
  expect(errorOf(await api.gql('mutation($id: ID!) { cancelPackageChange(id: $id) { id } }', { id }, { token: support }))).toEqual({ code: 'CONFLICT', field: 'state' });
  expect(codes(await api.gql('mutation($id: ID!) { cancelPackageChange(id: $id) { id } }', { id: 'nope' }, { token: support }))).toEqual(['NOT_FOUND']);
  ok(await schedule(a.id, lte, day(2)));
  const trail = await api.db.query(`SELECT action FROM audit_entry WHERE customer_id = $1 ORDER BY id`, [c.id]);
  expect(trail.map((t: any) => t.action)).toEqual(['dataAccount.add', 'packageChange.schedule', 'packageChange.cancel', 'packageChange.schedule']);
});

test('the job applies due changes with their RADIUS rate, fails those of cancelled accounts, and a second run changes nothing', async () => {
  const c = await makeCustomer(api.db);
  const due = await account(c.id);
  const later = await account(c.id);
  const gone = await account(c.id);
  const dueChange = ok(await schedule(due.id, fibre100, day(0))).schedulePackageChange;
  ok(await schedule(later.id, lte, day(10)));
  ok(await schedule(gone.id, lte, day(0)));
  // Cancelling the account cancels its scheduled change; one left scheduled behind its back fails.
  ok(await api.gql('mutation($id: ID!) { cancelDataAccount(id: $id, reason: "Moved") { id } }', { id: gone.id }, { token: admin }));
  await api.db.query(`UPDATE package_change SET state = 'scheduled', settled_at = NULL WHERE data_account_id = $1`, [gone.id]);
  expect(await rate(due.username)).toBe('25000k/50000k');

  expect(await runJob()).toBeTruthy();
  expect(await rate(due.username)).toBe('50000k/100000k');
  expect(await rate(later.username)).toBe('25000k/50000k');
  const changes = ok(await api.gql(CHANGES, { c: c.id }, { token: support })).customer.packageChanges;
  expect(changes.find((x: any) => x.id === dueChange.id)).toMatchObject({ state: 'APPLIED', immediate: false, toPackage: { name: 'Fibre 100/50' } });
  expect(changes.filter((x: any) => x.state === 'FAILED')).toEqual([expect.objectContaining({ reason: 'The data account is cancelled' })]);
  expect(changes.filter((x: any) => x.state === 'SCHEDULED')).toHaveLength(1);
  const [{ package: pkg }] = ok(await api.gql('query($c: ID!) { customer(id: $c) { dataAccounts { id package { id } } } }', { c: c.id }, { token: support })).customer.dataAccounts.filter((x: any) => x.id === due.id);
  expect(pkg.id).toBe(fibre100);
  const trail = await api.db.query(`SELECT action, actor_name, client FROM audit_entry WHERE customer_id = $1 AND action IN ('packageChange.apply', 'packageChange.fail') ORDER BY id`, [c.id]);
  expect(trail).toEqual([
    { action: 'packageChange.apply', actor_name: 'system', client: `job:${JOB}` },
    { action: 'packageChange.fail', actor_name: 'system', client: `job:${JOB}` },
  ]);

  const before = await snapshot();
  expect(await runJob()).toBeTruthy();
  expect(await snapshot()).toEqual(before);
});

test("a reseller's people see staff submitters as Staff, and their own by name", async () => {
  const reseller = await makeReseller(api.db);
  const resellerUser = await makeUser(api.db, 'reseller', { resellerId: reseller.id });
  const c = await makeCustomer(api.db, { resellerId: reseller.id });
  const a = await account(c.id);
  const b = await account(c.id);
  ok(await schedule(a.id, fibre100, day(4), support));
  ok(await schedule(b.id, fibre100, day(4), resellerUser.token));
  const seen = ok(await api.gql(CHANGES, { c: c.id }, { token: resellerUser.token })).customer.packageChanges.map((x: any) => x.submittedByName).sort();
  expect(seen).toEqual(['Staff', 'reseller tester']);
  const staff = ok(await api.gql(CHANGES, { c: c.id }, { token: support })).customer.packageChanges.map((x: any) => x.submittedByName).sort();
  expect(staff).toEqual(['reseller tester', 'support tester']);
});
