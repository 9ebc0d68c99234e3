// FreeRADIUS 3 (Debian's packages) with docker/freeradius's configuration against this test's
// schema: what a NAS sends lands in Sightline, and what Sightline stores decides Accept/Reject.
import { startTestApi, type TestApi } from '../../../testing/harness';
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
