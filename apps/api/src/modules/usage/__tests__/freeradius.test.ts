// FreeRADIUS 3 (Debian's packages) with docker/freeradius's configuration against this test's
// schema: what a NAS sends lands in Sightline, and what Sightline stores decides Accept/Reject.
import { startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeUser } from '../../../testing/factories';
import { makeDataAccount } from '../usage.fixtures';
import { radclient, startFreeRadius, type FreeRadius } from './freeradius-harness';

jest.setTimeout(120_000);

const SECRET = 'tower-7-secret';
let api: TestApi;
let radius: FreeRadius;

beforeAll(async () => {
  api = await startTestApi();
  await api.db.query(`INSERT INTO nas (nasname, shortname, type, secret) VALUES ('127.0.0.1', 'tower-7', 'mikrotik', $1)`, [SECRET]);
  radius = await startFreeRadius(process.env.SIGHTLINE_TEST_DATABASE_URL!, api.schema);
});
afterAll(async () => {
  await radius?.stop();
  await api?.teardown();
});

const session = (username: string, id: string) => ({
  'User-Name': username,
  'Acct-Session-Id': id,
  'NAS-IP-Address': '127.0.0.1',
  'NAS-Port': 15,
  'Framed-IP-Address': '100.64.3.17',
  'Calling-Station-Id': 'AA:BB:CC:00:11:22',
});

const row = async (username: string) =>
  (await api.db.query(`SELECT acctstarttime, acctupdatetime, acctstoptime, acctinputoctets::text AS up, acctoutputoctets::text AS down,
                              framedipaddress::text AS ip, callingstationid, nasipaddress::text AS nas, acctterminatecause
                         FROM radacct WHERE username = $1`, [username]));

describe('accounting', () => {
  test('Start, Interim-Update and Stop land in radacct (one row, counters and stop time)', async () => {
    const s = session('acct-test@wisp', '81000001');
    const start = radclient(radius.acctPort, 'acct', SECRET, { ...s, 'Acct-Status-Type': 'Start' });
    expect(start.code).toBe('Accounting-Response');
    let rows = await row('acct-test@wisp');
    expect(rows).toEqual([expect.objectContaining({ acctstoptime: null, up: '0', down: '0', ip: '100.64.3.17/32', nas: '127.0.0.1/32', callingstationid: 'AA:BB:CC:00:11:22' })]);

    const interim = radclient(radius.acctPort, 'acct', SECRET, {
      ...s,
      'Acct-Status-Type': 'Interim-Update',
      'Acct-Session-Time': 300,
      'Acct-Input-Octets': 1_000_000,
      'Acct-Output-Octets': 5_000_000,
      'Acct-Output-Gigawords': 1,
    });
    expect(interim.code).toBe('Accounting-Response');
    rows = await row('acct-test@wisp');
    expect(rows).toEqual([expect.objectContaining({ acctstoptime: null, up: '1000000', down: String(2 ** 32 + 5_000_000) })]);

    const stop = radclient(radius.acctPort, 'acct', SECRET, {
      ...s,
      'Acct-Status-Type': 'Stop',
      'Acct-Session-Time': 600,
      'Acct-Input-Octets': 2_000_000,
      'Acct-Output-Octets': 9_000_000,
      'Acct-Terminate-Cause': 'User-Request',
    });
    expect(stop.code).toBe('Accounting-Response');
    rows = await row('acct-test@wisp');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ up: '2000000', down: '9000000', acctterminatecause: 'User-Request' });
    expect(rows[0].acctstoptime).toBeInstanceOf(Date);
  });

  test('a Start sent twice (a NAS retrying) is still one session', async () => {
    const s = { ...session('retry@wisp', '81000002'), 'Acct-Status-Type': 'Start', 'Event-Timestamp': Math.floor(Date.now() / 1000) };
    expect(radclient(radius.acctPort, 'acct', SECRET, s).code).toBe('Accounting-Response');
    expect(radclient(radius.acctPort, 'acct', SECRET, s).code).toBe('Accounting-Response');
    expect(await row('retry@wisp')).toHaveLength(1);
  });

  test('a packet signed with the wrong secret is dropped', async () => {
    const r = radclient(radius.acctPort, 'acct', 'not-the-secret', { ...session('forged@wisp', '81000003'), 'Acct-Status-Type': 'Start' }, 1);
    expect(r.code).toBeNull();
    expect(await row('forged@wisp')).toEqual([]);
  });
});

describe('authentication (the data-accounts module keeps radcheck/radreply/radusergroup in step)', () => {
  let username: string;
  beforeAll(async () => {
    const c = await makeCustomer(api.db);
    username = (await makeDataAccount(api.db, c.id, { username: 'jane@wisp.test', password: 'Tr0ub4dor', downloadKbps: 50_000, uploadKbps: 10_000 })).username;
  });
  const auth = (password: string) =>
    radclient(radius.authPort, 'auth', SECRET, { 'User-Name': username, 'User-Password': password, 'NAS-IP-Address': '127.0.0.1' });

  test("an active account gets Access-Accept with its package's Mikrotik-Rate-Limit", () => {
    const r = auth('Tr0ub4dor');
    expect(r.code).toBe('Access-Accept');
    expect(r.attributes['Mikrotik-Rate-Limit']).toBe('10000k/50000k');
  });

  test('a wrong password gets Access-Reject', () => {
    expect(auth('Tr0ub4dor!').code).toBe('Access-Reject');
  });

  test('an unknown username gets Access-Reject', () => {
    const r = radclient(radius.authPort, 'auth', SECRET, { 'User-Name': 'nobody@wisp.test', 'User-Password': 'x', 'NAS-IP-Address': '127.0.0.1' });
    expect(r.code).toBe('Access-Reject');
  });

  test('a suspended account gets Access-Reject, and Accept again once unsuspended', async () => {
    await api.db.query(`UPDATE data_account SET status = 'suspended' WHERE username = $1`, [username]);
    expect(auth('Tr0ub4dor').code).toBe('Access-Reject');
    await api.db.query(`UPDATE data_account SET status = 'active' WHERE username = $1`, [username]);
    expect(auth('Tr0ub4dor').code).toBe('Access-Accept');
  });
});

describe('what the NAS reports shows up in the widgets', () => {
  test('Start → activeSessions; Interim-Update → bytes so far; Stop and the rollup job → dataUsage', async () => {
    const c = await makeCustomer(api.db);
    const a = await makeDataAccount(api.db, c.id, { username: 'widget@wisp.test', capBytes: 10_000_000 });
    const support = (await makeUser(api.db, 'support')).token;
    const q = `query($id: ID!) { customer(id: $id) {
      activeSessions { username nasAddress nasName framedIp macAddress uploadBytes downloadBytes stale }
      dataUsage { totals { uploadBytes downloadBytes } accounts { currentMonth { usedBytes capBytes percentOfCap } } } } }`;
    const s = session(a.username, '82000001');

    expect(radclient(radius.acctPort, 'acct', SECRET, { ...s, 'Acct-Status-Type': 'Start' }).code).toBe('Accounting-Response');
    let r = await api.gql(q, { id: c.id }, { token: support });
    expect(r.data.customer.activeSessions).toEqual([
      { username: a.username, nasAddress: '127.0.0.1', nasName: 'tower-7', framedIp: '100.64.3.17', macAddress: 'AA:BB:CC:00:11:22', uploadBytes: 0, downloadBytes: 0, stale: false },
    ]);

    const counters = { 'Acct-Session-Time': 60, 'Acct-Input-Octets': 1_000_000, 'Acct-Output-Octets': 4_000_000 };
    expect(radclient(radius.acctPort, 'acct', SECRET, { ...s, ...counters, 'Acct-Status-Type': 'Interim-Update' }).code).toBe('Accounting-Response');
    r = await api.gql(q, { id: c.id }, { token: support });
    expect(r.data.customer.activeSessions[0]).toMatchObject({ uploadBytes: 1_000_000, downloadBytes: 4_000_000 });

    const final = { 'Acct-Session-Time': 120, 'Acct-Input-Octets': 2_000_000, 'Acct-Output-Octets': 6_000_000 };
    expect(radclient(radius.acctPort, 'acct', SECRET, { ...s, ...final, 'Acct-Status-Type': 'Stop' }).code).toBe('Accounting-Response');
    await api.jobs.send('usage.rollup', {});
    await api.jobs.runNext('usage.rollup');
    r = await api.gql(q, { id: c.id }, { token: support });
    expect(r.errors).toBeUndefined();
    expect(r.data.customer.activeSessions).toEqual([]);
    expect(r.data.customer.dataUsage.totals).toEqual([{ uploadBytes: 2_000_000, downloadBytes: 6_000_000 }]);
    expect(r.data.customer.dataUsage.accounts[0].currentMonth).toEqual({ usedBytes: 8_000_000, capBytes: 10_000_000, percentOfCap: 80 });
  });
});
