import { inTransaction } from '../../../kernel/transaction';
import { systemContext } from '../../../kernel/request-context';
import { codes, startTestApi, type GqlResult, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';
import { radiusPasswordMatches } from '../radius-password';
import { suspendDataAccount } from '../data-account.service';

let api: TestApi;
let admin: string;
let technical: string;
let support: string;
let sales: string;
let reporting: string;
let fibre50: string;
let fibre100: string;
let legacy: string;

const ok = <T = any>(r: GqlResult<T>) => {
  expect(r.errors).toBeUndefined();
  return r.data as any;
};
const errorOf = (r: GqlResult) => ({ code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field });

const CREATE_PACKAGE = 'mutation($input: CreateDataPackageInput!) { createDataPackage(input: $input) { id name version } }';
const ACCOUNT = 'id username status statusReason startDate endDate staticIp notes customPriceCents monthlyPriceCents monthlyPrice { cents currency } version package { id name } installationAddress { id label summary }';
const ADD = `mutation($input: AddDataAccountInput!) { addDataAccount(input: $input) { account { ${ACCOUNT} } password } }`;

let seq = 0;
const uname = (p = 'user') => `${p}${++seq}-${process.pid}@wisp.co.za`;

async function makePackage(name: string, down: number, up: number, extra: Record<string, unknown> = {}) {
  return ok(await api.gql(CREATE_PACKAGE, { input: { name, downloadKbps: down, uploadKbps: up, monthlyPriceCents: 59_900, ...extra } }, { token: admin }))
    .createDataPackage.id as string;
}

async function addAccount(customerId: string, input: Record<string, unknown> = {}, token = admin) {
  return api.gql(ADD, { input: { customerId, username: uname(), packageId: fibre50, ...input } }, { token });
}

const radius = async (username: string) => ({
  check: Object.fromEntries((await api.db.query('SELECT attribute, value FROM radcheck WHERE username = $1', [username])).map((r: any) => [r.attribute, r.value])),
  reply: Object.fromEntries((await api.db.query('SELECT attribute, value FROM radreply WHERE username = $1', [username])).map((r: any) => [r.attribute, r.value])),
  groups: (await api.db.query('SELECT groupname FROM radusergroup WHERE username = $1', [username])).map((r: any) => r.groupname),
});

const audits = (customerId: string) =>
  api.db.query('SELECT action, target, field, old_value, new_value, actor_name FROM audit_entry WHERE customer_id = $1 ORDER BY id', [customerId]);

beforeAll(async () => {
  api = await startTestApi();
  admin = (await makeUser(api.db, 'admin')).token;
  technical = (await makeUser(api.db, 'technical')).token;
  support = (await makeUser(api.db, 'support')).token;
  sales = (await makeUser(api.db, 'sales')).token;
  reporting = (await makeUser(api.db, 'reporting')).token;
  fibre50 = await makePackage('Home Fibre 50/25', 50_000, 25_000);
  fibre100 = await makePackage('Home Fibre 100/50', 100_000, 50_000, { monthlyPriceCents: 89_900 });
  legacy = await makePackage('Legacy ADSL 4/1', 4_096, 1_024, { active: false });
});
afterAll(() => api.teardown());

describe('adding a data account', () => {
  it('generates a password shown once, stores only its hash, and gives RADIUS the package rate', async () => {
    const c = await makeCustomer(api.db);
    const address = ok(await api.gql('mutation($c: ID!) { addAddress(input: { customerId: $c, label: "Farm", kind: INSTALLATION, address: { line1: "R44", city: "Stellenbosch" } }) { id } }', { c: c.id }, { token: admin })).addAddress;
    const r = await addAccount(c.id, { username: '  Thabo.M@WISP.co.za ', staticIp: '10.20.30.40', addressId: address.id, notes: 'Mast on the roof' }, technical);
    const { account, password } = ok(r).addDataAccount;
    expect(account).toMatchObject({
      username: 'thabo.m@wisp.co.za',
      status: 'ACTIVE',
      staticIp: '10.20.30.40',
      monthlyPriceCents: 59_900,
      monthlyPrice: { cents: 59_900, currency: 'ZAR' },
      package: { name: 'Home Fibre 50/25' },
      installationAddress: { id: address.id, label: 'Farm', summary: 'R44, Stellenbosch' },
    });
    expect(account.startDate).toBe(new Date().toISOString().slice(0, 10));
    expect(password).toMatch(/^[A-Za-z0-9]{12}$/);

    const rad = await radius('thabo.m@wisp.co.za');
    expect(radiusPasswordMatches(password, rad.check['SSHA2-256-Password'])).toBe(true);
    expect(rad.check['Auth-Type']).toBeUndefined();
    expect(rad.reply).toEqual({ 'Mikrotik-Rate-Limit': '25000k/50000k', 'Framed-IP-Address': '10.20.30.40' });
    expect(rad.groups).toEqual(['sightline-active']);
    // Nowhere in our tables in clear text, nor in the audit trail.
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE new_value LIKE '%' || $1 || '%'`, [password]);
    expect(n).toBe(0);
    const trail = await audits(c.id);
    expect(trail.map((a: any) => a.action)).toEqual(['address.add', 'dataAccount.add']);
    expect(JSON.parse(trail[1].new_value)).toMatchObject({ username: 'thabo.m@wisp.co.za', package: 'Home Fibre 50/25', password: 'generated' });
  });

  it('returns no password when the agent chose it, and a custom price overrides the package', async () => {
    const c = await makeCustomer(api.db);
    const r = await addAccount(c.id, { username: 'pppoe-7731', password: 'Sunset-Tower-42', customPriceCents: 45_000 });
    const { account, password } = ok(r).addDataAccount;
    expect(password).toBeNull();
    expect(account.monthlyPriceCents).toBe(45_000);
    expect(radiusPasswordMatches('Sunset-Tower-42', (await radius('pppoe-7731')).check['SSHA2-256-Password'])).toBe(true);
  });

  it.each([
    ['a bad username', { username: 'no spaces here' }, 'username'],
    ['a too short password', { password: 'short' }, 'password'],
    ['a password with spaces', { password: 'has a space in it' }, 'password'],
    ['a bad static IP', { staticIp: '10.20.300.1' }, 'staticIp'],
    ['a loopback static IP', { staticIp: '127.0.0.5' }, 'staticIp'],
    ['a package no longer offered', { packageId: 'LEGACY' }, 'packageId'],
    ['a package that does not exist', { packageId: '00000000-0000-4000-8000-000000000000' }, 'packageId'],
    ['an impossible start date', { startDate: '2026-02-30' }, 'startDate'],
    ['a start date in year 0', { startDate: '0000-01-01' }, 'startDate'],
    ['a negative custom price', { customPriceCents: -1 }, 'customPriceCents'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_what, input, field) => {
    const c = await makeCustomer(api.db);
    const r = await addAccount(c.id, { ...input, packageId: (input as any).packageId === 'LEGACY' ? legacy : ((input as any).packageId ?? fibre50) });
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await api.db.query('SELECT 1 FROM data_account WHERE customer_id = $1', [c.id])).toEqual([]);
  });

  it('offers and accepts only packages priced in the customer’s currency', async () => {
    const ukFibre = await makePackage('UK Full Fibre 150', 150_000, 30_000, { currency: 'GBP', monthlyPriceCents: 3_200 });
    const za = await makeCustomer(api.db);
    const uk = await makeCustomer(api.db, { currency: 'GBP' });
    const offered = async (c: string) =>
      ok(await api.gql('query($c: ID!) { offeredDataPackages(customerId: $c) { name currency } }', { c }, { token: technical })).offeredDataPackages;
    expect(await offered(uk.id)).toEqual([{ name: 'UK Full Fibre 150', currency: 'GBP' }]);
    expect((await offered(za.id)).every((p: any) => p.currency === 'ZAR')).toBe(true);
    expect(errorOf(await addAccount(za.id, { packageId: ukFibre }))).toEqual({ code: 'BAD_USER_INPUT', field: 'packageId' });
    expect(ok(await addAccount(uk.id, { packageId: ukFibre })).addDataAccount.account.monthlyPrice).toEqual({ cents: 3_200, currency: 'GBP' });
  });

  it("refuses another customer's address as the installation site", async () => {
    const [a, b] = [await makeCustomer(api.db), await makeCustomer(api.db)];
    const address = ok(await api.gql('mutation($c: ID!) { addAddress(input: { customerId: $c, label: "Shop", kind: BUSINESS, address: { line1: "1 Long St", city: "Cape Town" } }) { id } }', { c: b.id }, { token: admin })).addAddress;
    expect(errorOf(await addAccount(a.id, { addressId: address.id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'addressId' });
  });

  it('CONFLICT on a username or static IP already in use, across customers', async () => {
    const [a, b] = [await makeCustomer(api.db), await makeCustomer(api.db)];
    ok(await addAccount(a.id, { username: 'taken@wisp.co.za', staticIp: '100.64.1.9' }));
    expect(errorOf(await addAccount(b.id, { username: 'TAKEN@wisp.co.za' }))).toEqual({ code: 'CONFLICT', field: 'username' });
    expect(errorOf(await addAccount(b.id, { staticIp: '100.64.1.9' }))).toEqual({ code: 'CONFLICT', field: 'staticIp' });
    const { account } = ok(await addAccount(b.id)).addDataAccount;
    const r = await api.gql('mutation($input: UpdateDataAccountInput!) { updateDataAccount(input: $input) { id } }', { input: { id: account.id, expectedVersion: account.version, staticIp: '100.64.1.9' } }, { token: admin });
    expect(errorOf(r)).toEqual({ code: 'CONFLICT', field: 'staticIp' });
  });

  it('is refused without dataAccounts:write', async () => {
    const c = await makeCustomer(api.db);
    expect(codes(await addAccount(c.id, {}, support))).toEqual(['FORBIDDEN']);
    expect(codes(await addAccount(c.id, {}, sales))).toEqual(['FORBIDDEN']);
  });
});

describe('changing a data account', () => {
  it('suspend, unsuspend, change package, regenerate password and cancel: RADIUS and the audit trail follow each', async () => {
    const c = await makeCustomer(api.db);
    const { account } = ok(await addAccount(c.id, { username: 'lerato@wisp.co.za', staticIp: '100.64.2.2' })).addDataAccount;
    const id = account.id;
    const run = (m: string, vars: Record<string, unknown> = {}) => api.gql(m, { id, ...vars }, { token: technical });

    expect(errorOf(await run('mutation($id: ID!) { suspendDataAccount(id: $id, reason: "  ") { id } }'))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const suspended = ok(await run('mutation($id: ID!) { suspendDataAccount(id: $id, reason: "Router reported stolen") { status statusReason } }')).suspendDataAccount;
    expect(suspended).toEqual({ status: 'SUSPENDED', statusReason: 'Router reported stolen' });
    let rad = await radius('lerato@wisp.co.za');
    expect(rad.check['Auth-Type']).toBe('Reject');
    expect(rad.reply).toEqual({});
    expect(rad.groups).toEqual(['sightline-suspended']);
    expect(errorOf(await run('mutation($id: ID!) { suspendDataAccount(id: $id, reason: "again") { id } }'))).toEqual({ code: 'CONFLICT', field: 'status' });

    ok(await run('mutation($id: ID!) { unsuspendDataAccount(id: $id, reason: "Router recovered") { status } }'));
    rad = await radius('lerato@wisp.co.za');
    expect(rad.check['Auth-Type']).toBeUndefined();
    expect(rad.reply['Mikrotik-Rate-Limit']).toBe('25000k/50000k');

    expect(errorOf(await run('mutation($id: ID!, $p: ID!) { changeDataAccountPackage(id: $id, packageId: $p) { id } }', { p: legacy }))).toEqual({ code: 'BAD_USER_INPUT', field: 'packageId' });
    expect(errorOf(await run('mutation($id: ID!, $p: ID!) { changeDataAccountPackage(id: $id, packageId: $p) { id } }', { p: fibre50 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'packageId' });
    const changed = ok(await run('mutation($id: ID!, $p: ID!) { changeDataAccountPackage(id: $id, packageId: $p) { package { name } monthlyPriceCents } }', { p: fibre100 }));
    expect(changed.changeDataAccountPackage).toEqual({ package: { name: 'Home Fibre 100/50' }, monthlyPriceCents: 89_900 });
    expect((await radius('lerato@wisp.co.za')).reply['Mikrotik-Rate-Limit']).toBe('50000k/100000k');
    // The immediate change is in the package history too.
    const history = ok(await api.gql('query($c: ID!) { customer(id: $c) { packageChanges { state immediate fromPackage { name } toPackage { name } submittedByName } } }', { c: c.id }, { token: support }));
    expect(history.customer.packageChanges).toEqual([
      { state: 'APPLIED', immediate: true, fromPackage: { name: 'Home Fibre 50/25' }, toPackage: { name: 'Home Fibre 100/50' }, submittedByName: 'technical tester' },
    ]);

    const before = (await radius('lerato@wisp.co.za')).check['SSHA2-256-Password'];
    const regenerated = ok(await run('mutation($id: ID!) { regenerateDataAccountPassword(id: $id) { account { id } password } }')).regenerateDataAccountPassword;
    const after = (await radius('lerato@wisp.co.za')).check['SSHA2-256-Password'];
    expect(after).not.toBe(before);
    expect(radiusPasswordMatches(regenerated.password, after)).toBe(true);
    expect(errorOf(await run('mutation($id: ID!) { setDataAccountPassword(id: $id, password: "abc") { id } }'))).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    ok(await run('mutation($id: ID!) { setDataAccountPassword(id: $id, password: "Table-Mountain-9") { id } }'));
    expect(radiusPasswordMatches('Table-Mountain-9', (await radius('lerato@wisp.co.za')).check['SSHA2-256-Password'])).toBe(true);

    expect(errorOf(await run('mutation($id: ID!) { cancelDataAccount(id: $id, reason: "x", endDate: "2020-01-01") { id } }'))).toEqual({ code: 'BAD_USER_INPUT', field: 'endDate' });
    const cancelled = ok(await run('mutation($id: ID!) { cancelDataAccount(id: $id, reason: "Moved to Durban") { status endDate staticIp } }')).cancelDataAccount;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', endDate: new Date().toISOString().slice(0, 10) });
    rad = await radius('lerato@wisp.co.za');
    expect(rad.check['Auth-Type']).toBe('Reject');
    expect(rad.groups).toEqual(['sightline-cancelled']);
    expect(errorOf(await run('mutation($id: ID!) { unsuspendDataAccount(id: $id, reason: "oops") { id } }'))).toEqual({ code: 'CONFLICT', field: 'status' });

    const trail = await audits(c.id);
    expect(trail.map((a: any) => a.action)).toEqual([
      'dataAccount.add',
      'dataAccount.suspend', 'dataAccount.suspend',
      'dataAccount.unsuspend', 'dataAccount.unsuspend',
      'dataAccount.package',
      'dataAccount.password',
      'dataAccount.password',
      'dataAccount.cancel', 'dataAccount.cancel', 'dataAccount.cancel',
    ]);
    expect(trail.find((a: any) => a.action === 'dataAccount.suspend' && a.field === 'statusReason').new_value).toBe('Router reported stolen');
    expect(trail.every((a: any) => a.actor_name === 'technical tester' || a.action === 'dataAccount.add')).toBe(true);
  });

  it('suspends or cancels all of a customer’s accounts at once, one audit row per account changed', async () => {
    const c = await makeCustomer(api.db);
    const names = ['a', 'b', 'c'].map((x) => uname(`bulk-${x}`));
    const ids: string[] = [];
    for (const username of names) ids.push(ok(await addAccount(c.id, { username })).addDataAccount.account.id);
    ok(await api.gql('mutation($id: ID!) { suspendDataAccount(id: $id, reason: "First") { id } }', { id: ids[0] }, { token: admin }));

    const bulk = ok(await api.gql('mutation($c: ID!) { suspendCustomerDataAccounts(customerId: $c, reason: "Tower down for maintenance") { username status } }', { c: c.id }, { token: technical }));
    expect(bulk.suspendCustomerDataAccounts.map((a: any) => a.username).sort()).toEqual(names.slice(1).sort());
    for (const n of names) expect((await radius(n)).check['Auth-Type']).toBe('Reject');

    const all = ok(await api.gql('mutation($c: ID!) { cancelCustomerDataAccounts(customerId: $c, reason: "Customer emigrated") { status } }', { c: c.id }, { token: technical }));
    expect(all.cancelCustomerDataAccounts).toEqual([{ status: 'CANCELLED' }, { status: 'CANCELLED' }, { status: 'CANCELLED' }]);
    for (const n of names) expect((await radius(n)).groups).toEqual(['sightline-cancelled']);
    const cancels = (await audits(c.id)).filter((a: any) => a.action === 'dataAccount.cancel' && a.field === 'status');
    expect(cancels).toHaveLength(3);
    expect(errorOf(await api.gql('mutation($c: ID!) { suspendCustomerDataAccounts(customerId: $c, reason: "") { id } }', { c: c.id }, { token: technical }))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('writes the audit row inside the change’s transaction: a failure after it rolls back both, RADIUS rows included', async () => {
    const c = await makeCustomer(api.db);
    const { account } = ok(await addAccount(c.id, { username: 'rollback@wisp.co.za' })).addDataAccount;
    const ctx = systemContext(api.db, 'test');
    await expect(
      inTransaction(api.db, async () => {
        await suspendDataAccount(ctx, account.id, 'Will be rolled back');
        throw new Error('the caller failed afterwards');
      }),
    ).rejects.toThrow('the caller failed afterwards');
    expect((await audits(c.id)).map((a: any) => a.action)).toEqual(['dataAccount.add']);
    expect((await radius('rollback@wisp.co.za')).check['Auth-Type']).toBeUndefined();
    const [row] = await api.db.query('SELECT status FROM data_account WHERE id = $1', [account.id]);
    expect(row.status).toBe('active');
  });
});

describe('reseller scope', () => {
  it("a reseller's user reaches its own customers' accounts and gets NOT_FOUND for anyone else's", async () => {
    const mine = await makeReseller(api.db);
    const theirs = await makeReseller(api.db);
    const resellerToken = (await makeUser(api.db, 'reseller', { resellerId: mine.id })).token;
    const own = await makeCustomer(api.db, { resellerId: mine.id });
    const other = await makeCustomer(api.db, { resellerId: theirs.id });
    const otherAccount = ok(await addAccount(other.id)).addDataAccount.account;

    ok(await addAccount(own.id, {}, resellerToken));
    expect(codes(await addAccount(other.id, {}, resellerToken))).toEqual(['NOT_FOUND']);
    for (const m of [
      'mutation($id: ID!) { suspendDataAccount(id: $id, reason: "x") { id } }',
      'mutation($id: ID!) { regenerateDataAccountPassword(id: $id) { password } }',
      'mutation($id: ID!) { cancelDataAccount(id: $id, reason: "x") { id } }',
    ]) {
      expect(codes(await api.gql(m, { id: otherAccount.id }, { token: resellerToken }))).toEqual(['NOT_FOUND']);
    }
    expect(codes(await api.gql('mutation($c: ID!) { suspendCustomerDataAccounts(customerId: $c, reason: "x") { id } }', { c: other.id }, { token: resellerToken }))).toEqual(['NOT_FOUND']);
    const sched = await api.gql('mutation($input: SchedulePackageChangeInput!) { schedulePackageChange(input: $input) { id } }', { input: { dataAccountId: otherAccount.id, toPackageId: fibre100, effectiveDate: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) } }, { token: resellerToken });
    expect(codes(sched)).toEqual(['NOT_FOUND']);
    expect((await radius(otherAccount.username)).check['Auth-Type']).toBeUndefined();
  });
});
