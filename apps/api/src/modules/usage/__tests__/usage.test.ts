// Rollups, alerts, the activeSessions and dataUsage widgets and disconnects, through the API.
import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';
import { startStubNas, type StubNas } from '../stub-nas';
import { makeDataAccount, openSession } from '../usage.fixtures';

const GB = 1_000_000_000;
let api: TestApi;
let admin: string;
let technical: string;
let support: string;
let nas: StubNas;

beforeAll(async () => {
  api = await startTestApi();
  admin = (await makeUser(api.db, 'admin')).token;
  technical = (await makeUser(api.db, 'technical')).token;
  support = (await makeUser(api.db, 'support')).token;
  nas = await startStubNas('tower-9-secret');
  await api.db.query(`INSERT INTO nas (nasname, shortname, secret, coa_port) VALUES ('127.0.0.1', 'tower-9', 'tower-9-secret', $1)`, [nas.port]);
});
afterAll(async () => {
  await nas.close();
  await api.teardown();
});

const runJob = async (name: string) => {
  await api.jobs.send(name, {});
  expect(await api.jobs.runNext(name)).toBeTruthy();
};

/** radacct as FreeRADIUS's Interim-Update / Stop queries leave it. */
const account = (sid: string, at: string, up: number, down: number, stop = false) =>
  api.db.query(
    `UPDATE radacct SET acctupdatetime = $2, acctinputoctets = $3, acctoutputoctets = $4, acctstoptime = CASE WHEN $5 THEN $2::timestamptz END
      WHERE radacctid = $1`,
    [sid, at, up, down, stop],
  );

const rollups = async (accountId: string) => ({
  daily: await api.db.query(`SELECT day::text, upload_bytes::float8 AS up, download_bytes::float8 AS down FROM usage_daily WHERE data_account_id = $1 ORDER BY day`, [accountId]),
  monthly: await api.db.query(`SELECT month::text, upload_bytes::float8 AS up, download_bytes::float8 AS down FROM usage_monthly WHERE data_account_id = $1 ORDER BY month`, [accountId]),
});

const USAGE = `query($id: ID!, $view: UsageView, $year: Int) { customer(id: $id) { dataUsage(view: $view, year: $year) {
  view year years totals { period uploadBytes downloadBytes }
  accounts { username status periods { period uploadBytes downloadBytes } currentMonth { month usedBytes capBytes percentOfCap } } } } }`;
const SESSIONS = `query($id: ID!) { customer(id: $id) { activeSessions { id username nasAddress nasName framedIp macAddress startedAt lastUpdateAt durationSeconds uploadBytes downloadBytes stale } } }`;
const DISCONNECT = 'mutation($id: ID!) { disconnectSession(sessionId: $id) { sessionId outcome errorCause nasAddress } }';

describe('the rollup job', () => {
  test('books only the growth of each session, on the day of its last change; re-running changes nothing', async () => {
    const c = await makeCustomer(api.db);
    const a = await makeDataAccount(api.db, c.id);
    const now = Date.now();
    const sid = await openSession(api.db, a.username, { startedAt: new Date(now - 7_200_000) });
    await account(sid, new Date(now - 3_600_000).toISOString(), 100, 1_000);
    await runJob('usage.rollup');
    const today = new Date(now - 3_600_000).toISOString().slice(0, 10);
    expect((await rollups(a.id)).daily).toEqual([{ day: today, up: 100, down: 1_000 }]);

    await account(sid, new Date(now - 60_000).toISOString(), 150, 3_000, true);
    await runJob('usage.rollup');
    const after = await rollups(a.id);
    expect(after.daily.reduce((s: number, d: { down: number }) => s + d.down, 0)).toBe(3_000);
    expect(after.monthly.reduce((s: number, d: { up: number }) => s + d.up, 0)).toBe(150);

    // Again, and again with the watermark forced back: the counted bytes stop any double booking.
    await runJob('usage.rollup');
    await api.db.query(`UPDATE usage_watermark SET until = '-infinity'`);
    await runJob('usage.rollup');
    expect(await rollups(a.id)).toEqual(after);
  });

  test('a session of a username no data account has is not booked anywhere', async () => {
    await openSession(api.db, 'nobody@wisp.test', { up: 5, down: 5 });
    const before = await api.db.query('SELECT count(*)::int AS n FROM usage_daily');
    await runJob('usage.rollup');
    expect(await api.db.query('SELECT count(*)::int AS n FROM usage_daily')).toEqual(before);
  });
});

describe('radacct partitions', () => {
  test('the partitions job keeps monthly partitions three months ahead, and changes nothing the second time', async () => {
    const partitions = async () =>
      (await api.db.query(`SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
                            JOIN pg_namespace n ON n.oid = p.relnamespace WHERE p.relname = 'radacct' AND n.nspname = current_schema() ORDER BY 1`))
        .map((r: { relname: string }) => r.relname);
    await runJob('usage.partitions');
    const ahead = new Date();
    ahead.setUTCMonth(ahead.getUTCMonth() + 3, 1);
    const names = await partitions();
    expect(names).toContain(`radacct_${ahead.toISOString().slice(0, 7).replace('-', '_')}`);
    expect(names).toContain('radacct_default');
    await runJob('usage.partitions');
    expect(await partitions()).toEqual(names);
    // A session lands in the partition of its start month.
    const sid = await openSession(api.db, 'partition@wisp.test', { startedAt: new Date(Date.UTC(ahead.getUTCFullYear(), ahead.getUTCMonth(), 2)) });
    const [row] = await api.db.query(`SELECT tableoid::regclass::text AS part FROM radacct WHERE radacctid = $1`, [sid]);
    expect(row.part).toMatch(new RegExp(`radacct_${ahead.toISOString().slice(0, 7).replace('-', '_')}$`));
  });
});

describe('the usage alert job', () => {
  test('records 80% and 100% of the cap once each per month', async () => {
    const c = await makeCustomer(api.db);
    const a = await makeDataAccount(api.db, c.id, { capBytes: 10 * GB });
    const sid = await openSession(api.db, a.username);
    await account(sid, new Date().toISOString(), 1 * GB, 7.5 * GB);
    await runJob('usage.rollup');
    await runJob('usage.alerts');
    const alerts = () => api.db.query(`SELECT threshold_percent AS pct, used_bytes::float8 AS used FROM usage_alert WHERE data_account_id = $1 ORDER BY 1`, [a.id]);
    expect(await alerts()).toEqual([{ pct: 80, used: 8.5 * GB }]);
    await runJob('usage.alerts');
    expect(await alerts()).toHaveLength(1);

    await account(sid, new Date().toISOString(), 2 * GB, 9 * GB);
    await runJob('usage.rollup');
    await runJob('usage.alerts');
    expect(await alerts()).toEqual([{ pct: 80, used: 8.5 * GB }, { pct: 100, used: 11 * GB }]);
    // The same account, month and threshold cannot be recorded twice.
    await expect(
      api.db.query(`INSERT INTO usage_alert (customer_id, data_account_id, month, threshold_percent, used_bytes, cap_bytes)
                    SELECT customer_id, data_account_id, month, 100, 1, 1 FROM usage_alert WHERE data_account_id = $1 LIMIT 1`, [a.id]),
    ).rejects.toThrow(/usage_alert_once_key/);
  });

  test('an uncapped package never alerts', async () => {
    const c = await makeCustomer(api.db);
    const a = await makeDataAccount(api.db, c.id, { capBytes: null });
    await openSession(api.db, a.username, { up: 900 * GB, down: 900 * GB, updatedAt: new Date() });
    await runJob('usage.rollup');
    await runJob('usage.alerts');
    expect(await api.db.query('SELECT * FROM usage_alert WHERE data_account_id = $1', [a.id])).toEqual([]);
  });
});

describe('dataUsage', () => {
  test('per month of a year and per year, per account and in total, with this month against the cap', async () => {
    const c = await makeCustomer(api.db);
    const home = await makeDataAccount(api.db, c.id, { username: 'a-home@wisp.test', capBytes: 100 * GB });
    const office = await makeDataAccount(api.db, c.id, { username: 'b-office@wisp.test', capBytes: null });
    const thisMonth = new Date().toISOString().slice(0, 7);
    const year = Number(thisMonth.slice(0, 4));
    await api.db.query(
      `INSERT INTO usage_monthly (customer_id, data_account_id, month, upload_bytes, download_bytes) VALUES
         ($1, $2, make_date($4 - 1, 12, 1), 1e9, 10e9), ($1, $2, $5::date, 5e9, 45e9),
         ($1, $3, make_date($4 - 1, 12, 1), 2e9, 20e9), ($1, $3, $5::date, 1e9, 1e9)`,
      [c.id, home.id, office.id, year, `${thisMonth}-01`],
    );
    const monthly = await api.gql(USAGE, { id: c.id, view: 'MONTHLY', year }, { token: support });
    expect(monthly.errors).toBeUndefined();
    const u = monthly.data.customer.dataUsage;
    expect(u).toMatchObject({ view: 'MONTHLY', year, years: [year, year - 1] });
    expect(u.totals).toEqual([{ period: thisMonth, uploadBytes: 6 * GB, downloadBytes: 46 * GB }]);
    expect(u.accounts).toEqual([
      { username: 'a-home@wisp.test', status: 'active', periods: [{ period: thisMonth, uploadBytes: 5 * GB, downloadBytes: 45 * GB }],
        currentMonth: { month: thisMonth, usedBytes: 50 * GB, capBytes: 100 * GB, percentOfCap: 50 } },
      { username: 'b-office@wisp.test', status: 'active', periods: [{ period: thisMonth, uploadBytes: GB, downloadBytes: GB }],
        currentMonth: { month: thisMonth, usedBytes: 2 * GB, capBytes: null, percentOfCap: null } },
    ]);

    const lastYear = await api.gql(USAGE, { id: c.id, view: 'MONTHLY', year: year - 1 }, { token: support });
    expect(lastYear.data.customer.dataUsage.totals).toEqual([{ period: `${year - 1}-12`, uploadBytes: 3 * GB, downloadBytes: 30 * GB }]);

    const yearly = await api.gql(USAGE, { id: c.id, view: 'YEARLY' }, { token: support });
    expect(yearly.data.customer.dataUsage).toMatchObject({ view: 'YEARLY', year: null });
    expect(yearly.data.customer.dataUsage.totals).toEqual([
      { period: String(year - 1), uploadBytes: 3 * GB, downloadBytes: 30 * GB },
      { period: String(year), uploadBytes: 6 * GB, downloadBytes: 46 * GB },
    ]);
  });

  test('a year out of range is BAD_USER_INPUT', async () => {
    const c = await makeCustomer(api.db);
    const r = await api.gql(USAGE, { id: c.id, view: 'MONTHLY', year: 1800 }, { token: support });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.field).toBe('year');
  });
});

describe('activeSessions and disconnect', () => {
  test('open sessions with their counters; one without updates for twice the interim interval is stale; stopped ones are gone', async () => {
    const c = await makeCustomer(api.db);
    const a = await makeDataAccount(api.db, c.id);
    const fresh = await openSession(api.db, a.username, { startedAt: new Date(Date.now() - 600_000), updatedAt: new Date(Date.now() - 60_000), up: 10, down: 20 });
    const stale = await openSession(api.db, a.username, { startedAt: new Date(Date.now() - 86_400_000), updatedAt: new Date(Date.now() - 3_600_000) });
    const stopped = await openSession(api.db, a.username);
    await account(stopped, new Date().toISOString(), 1, 1, true);
    const r = await api.gql(SESSIONS, { id: c.id }, { token: support });
    expect(r.errors).toBeUndefined();
    expect(r.data.customer.activeSessions).toEqual([
      expect.objectContaining({ id: fresh, username: a.username, nasAddress: '127.0.0.1', nasName: 'tower-9', framedIp: '100.64.1.20',
        macAddress: 'AA:BB:CC:DD:EE:01', uploadBytes: 10, downloadBytes: 20, stale: false }),
      expect.objectContaining({ id: stale, stale: true }),
    ]);
    expect(r.data.customer.activeSessions[0].durationSeconds).toBeGreaterThanOrEqual(599);
  });

  test('a technical user disconnects a session: the NAS gets the request, the answer is shown and audited', async () => {
    const c = await makeCustomer(api.db);
    const a = await makeDataAccount(api.db, c.id);
    const sid = await openSession(api.db, a.username);
    nas.received.length = 0;
    nas.behaviour = 'ack';
    const r = await api.gql(DISCONNECT, { id: sid }, { token: technical });
    expect(r.errors).toBeUndefined();
    expect(r.data.disconnectSession).toEqual({ sessionId: sid, outcome: 'ACK', errorCause: null, nasAddress: '127.0.0.1' });
    expect(nas.received).toEqual([{ attributes: expect.objectContaining({ 'User-Name': a.username }) }]);
    const [row] = await api.db.query(`SELECT action, actor_name, new_value FROM audit_entry WHERE customer_id = $1 AND action = 'session.disconnect'`, [c.id]);
    expect(row.actor_name).toBe('technical tester');
    expect(JSON.parse(row.new_value)).toMatchObject({ username: a.username, nas: '127.0.0.1', outcome: 'ACK' });

    nas.behaviour = 'nak';
    const nak = await api.gql(DISCONNECT, { id: sid }, { token: technical });
    expect(nak.data.disconnectSession).toMatchObject({ outcome: 'NAK', errorCause: 'Session-Context-Not-Found' });
    nas.behaviour = 'ack';
  });

  test('support (no dataAccounts:write) may not; a stopped or unknown session is NOT_FOUND', async () => {
    const c = await makeCustomer(api.db);
    const a = await makeDataAccount(api.db, c.id);
    const sid = await openSession(api.db, a.username);
    expect(codes(await api.gql(DISCONNECT, { id: sid }, { token: support }))).toEqual(['FORBIDDEN']);
    await account(sid, new Date().toISOString(), 0, 0, true);
    expect(codes(await api.gql(DISCONNECT, { id: sid }, { token: technical }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(DISCONNECT, { id: 'not-a-number' }, { token: technical }))).toEqual(['NOT_FOUND']);
  });

  test("another reseller's customer's sessions and usage are unreachable", async () => {
    const [ra, rb] = [await makeReseller(api.db), await makeReseller(api.db)];
    const theirs = await makeCustomer(api.db, { resellerId: rb.id });
    const a = await makeDataAccount(api.db, theirs.id);
    const sid = await openSession(api.db, a.username);
    const partner = (await makeUser(api.db, 'reseller', { resellerId: ra.id })).token;
    expect(codes(await api.gql(SESSIONS, { id: theirs.id }, { token: partner }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(USAGE, { id: theirs.id }, { token: partner }))).toEqual(['NOT_FOUND']);
    nas.received.length = 0;
    expect(codes(await api.gql(DISCONNECT, { id: sid }, { token: partner }))).toEqual(['NOT_FOUND']);
    expect(nas.received).toEqual([]);
    // Its own reseller's user reaches them.
    const own = (await makeUser(api.db, 'reseller', { resellerId: rb.id })).token;
    const r = await api.gql(DISCONNECT, { id: sid }, { token: own });
    expect(r.data.disconnectSession.outcome).toBe('ACK');
  });
});
