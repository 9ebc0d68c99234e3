import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';
import { masterCsvRow } from '../voip.probes';

let api: TestApi;
let admin: string;
let technical: string;
let customerId: string;
let otherCustomerId: string;
const LINE = '+27215550123';
const OTHER_LINE = '+27115550199';

const IMPORT = 'mutation($input: ImportCallRecordsInput!) { importCallRecords(input: $input) { id ok rows imported duplicates notAnswered unrated errors { line message } } }';
const importCsv = (csv: string, customer: string | null = customerId, token = technical) =>
  api.gql(IMPORT, { input: { customerId: customer, fileName: 'Master.csv', csv } }, { token });
const count = async (table: string) => (await api.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const rollups = () => api.db.query('SELECT call_class, month::text, calls, billed_seconds::int, charge_cents::int FROM voip_call_rollup ORDER BY month, call_class');

/** A Master.csv row as Asterisk writes it (18 columns, no header). */
const row = (o: { src?: string; dst?: string; start?: string; billsec?: number | string; disposition?: string; uid: string; userfield?: string }) =>
  [
    '', o.src ?? LINE, o.dst ?? '0825550100', 'from-internal', '"Reception" <1001>', 'SIP/1001-00000001', 'SIP/trunk-00000002', 'Dial', 'SIP/trunk/0825550100,60',
    o.start ?? '2026-03-02 10:00:00', o.start ?? '2026-03-02 10:00:00', o.start ?? '2026-03-02 10:02:00', String(Number(o.billsec ?? 61) + 4 || 0), String(o.billsec ?? 61),
    o.disposition ?? 'ANSWERED', 'DOCUMENTATION', o.uid, o.userfield ?? '',
  ].map((v) => `"${v.replace(/"/g, '""')}"`).join(',');

beforeAll(async () => {
  api = await startTestApi();
  admin = (await makeUser(api.db, 'admin')).token;
  technical = (await makeUser(api.db, 'technical')).token;
  customerId = (await makeCustomer(api.db)).id;
  otherCustomerId = (await makeCustomer(api.db)).id;
  // Home: mobile 89 c/min per minute; local 30 c/min per second with a 10 c connection fee; no national rate, 25 % fallback.
  const t = await api.gql('mutation($input: VoipTariffInput!) { createVoipTariff(input: $input) { id } }', {
    input: {
      name: 'Home', fallbackMarkupPercent: 25,
      rates: [
        { callClass: 'MOBILE', ratePerMinuteCents: 89 },
        { callClass: 'LOCAL', ratePerMinuteCents: 30, billingIncrementSeconds: 1, connectionFeeCents: 10 },
        { callClass: 'INBOUND', ratePerMinuteCents: 0 },
      ],
    },
  }, { token: admin });
  expect(t.errors).toBeUndefined();
  const set = await api.gql('mutation($input: VoipCustomerRatingInput!) { setVoipCustomerRating(input: $input) { version } }', { input: { customerId, defaultTariffId: t.data.createVoipTariff.id } }, { token: admin });
  expect(set.errors).toBeUndefined();
  for (const [c, number] of [[customerId, LINE], [otherCustomerId, OTHER_LINE]]) {
    const r = await api.gql('mutation($input: AddVoipLineInput!) { addVoipLine(input: $input) { id } }', { input: { customerId: c, number, lineType: 'SIP_ACCOUNT', monthlyChargeCents: 9900, startDate: '2026-01-01' } }, { token: admin });
    expect(r.errors).toBeUndefined();
  }
});
afterAll(() => api.teardown());

describe('importing a Master.csv file', () => {
  const file = [
    row({ uid: 'a.1', dst: '0825550100', billsec: 61 }), // mobile, 2 min × 89 = 178
    row({ uid: 'a.2', dst: '0215559999', billsec: 61, start: '2026-03-05 09:00:00' }), // local, 61 s × 30/60 = 30.5 → 31, + 10 = 41
    row({ uid: 'a.3', src: '0825550177', dst: LINE, billsec: 300, start: '2026-04-01 08:00:00' }), // inbound, free
    row({ uid: 'a.4', dst: '0115550100', billsec: 90, start: '2026-04-02 08:00:00' }), // national: no rate → fallback 25 % on 45 c/min × 2 min = 112.5 → 113
    row({ uid: 'a.5', dst: '0825550100', disposition: 'NO ANSWER', billsec: 0 }),
  ].join('\n');

  it('rates every answered call, stores it in its month and adds it to the rollups, with an audit row', async () => {
    const r = await importCsv(file);
    expect(r.errors).toBeUndefined();
    expect(r.data.importCallRecords).toMatchObject({ ok: true, rows: 5, imported: 4, duplicates: 0, notAnswered: 1, unrated: 0, errors: [] });
    const calls = await api.db.query('SELECT unique_id, call_class, billed_seconds, charge_cents, rating_method, direction FROM voip_call ORDER BY unique_id');
    expect(calls).toEqual([
      { unique_id: 'a.1', call_class: 'mobile', billed_seconds: 120, charge_cents: 178, rating_method: 'tariff_rate', direction: 'outbound' },
      { unique_id: 'a.2', call_class: 'local', billed_seconds: 61, charge_cents: 41, rating_method: 'tariff_rate', direction: 'outbound' },
      { unique_id: 'a.3', call_class: 'inbound', billed_seconds: 300, charge_cents: 0, rating_method: 'tariff_rate', direction: 'inbound' },
      { unique_id: 'a.4', call_class: 'national', billed_seconds: 120, charge_cents: 113, rating_method: 'fallback_markup', direction: 'outbound' },
    ]);
    // One partition per month, made on demand.
    const parts = await api.db.query("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'voip_call'::regclass ORDER BY 1");
    expect(parts.map((p: any) => p.relname)).toEqual(['voip_call_2026_03', 'voip_call_2026_04']);
    expect(await rollups()).toEqual([
      { call_class: 'local', month: '2026-03-01', calls: 1, billed_seconds: 61, charge_cents: 41 },
      { call_class: 'mobile', month: '2026-03-01', calls: 1, billed_seconds: 120, charge_cents: 178 },
      { call_class: 'national', month: '2026-04-01', calls: 1, billed_seconds: 120, charge_cents: 113 },
      { call_class: 'inbound', month: '2026-04-01', calls: 1, billed_seconds: 300, charge_cents: 0 },
    ]);
    const audit = await api.db.query("SELECT action, new_value FROM audit_entry WHERE customer_id = $1 AND action = 'voip.calls.import'", [customerId]);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].new_value)).toEqual({ fileName: 'Master.csv', calls: 4, chargeCents: 332 });
  });

  it('skips calls imported before (same uniqueid), changing nothing', async () => {
    const before = await rollups();
    const r = await importCsv(file);
    expect(r.data.importCallRecords).toMatchObject({ ok: true, imported: 0, duplicates: 4 });
    expect(await rollups()).toEqual(before);
    expect(await count('voip_call')).toBe(4);
  });

  it('phoneUsage reads the rollups per month of a year and per year, by call class', async () => {
    const r = await api.gql('query($id: ID!) { customer(id: $id) { phoneUsage(year: 2026) { year months { period callClass calls minutes costCents } years { period callClass calls costCents } } } }', { id: customerId }, { token: technical });
    expect(r.errors).toBeUndefined();
    expect(r.data.customer.phoneUsage.months).toEqual([
      { period: '2026-03', callClass: 'LOCAL', calls: 1, minutes: 1.02, costCents: 41 },
      { period: '2026-03', callClass: 'MOBILE', calls: 1, minutes: 2, costCents: 178 },
      { period: '2026-04', callClass: 'NATIONAL', calls: 1, minutes: 2, costCents: 113 },
      { period: '2026-04', callClass: 'INBOUND', calls: 1, minutes: 5, costCents: 0 },
    ]);
    expect(r.data.customer.phoneUsage.years).toHaveLength(4);
    const empty = await api.gql('query($id: ID!) { customer(id: $id) { phoneUsage(year: 2025) { months { period } years { period } } } }', { id: customerId }, { token: technical });
    expect(empty.data.customer.phoneUsage.months).toEqual([]);
    const bad = await api.gql('query($id: ID!) { customer(id: $id) { phoneUsage(year: 1900) { year } } }', { id: customerId }, { token: technical });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a whole file with a bad row, naming the line, and writes nothing', async () => {
    const before = { calls: await count('voip_call'), seen: await count('voip_cdr_seen'), rollups: await rollups() };
    const bad = [
      row({ uid: 'b.1' }),
      row({ uid: 'b.2', billsec: 'abc' }),
      row({ uid: 'b.3', start: '2026-02-30 10:00:00' }),
      '"","x"',
      row({ uid: 'b.5', src: '+27219990000', dst: '0825550100' }),
      row({ uid: 'b.6', userfield: 'cost=abc' }),
    ].join('\n');
    const r = await importCsv(bad);
    expect(r.errors).toBeUndefined();
    const report = r.data.importCallRecords;
    expect(report).toMatchObject({ ok: false, imported: 0 });
    expect(report.errors.map((e: any) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(report.errors[0].message).toMatch(/billsec "abc"/);
    expect(report.errors[1].message).toMatch(/start "2026-02-30 10:00:00"/);
    expect(report.errors[2].message).toMatch(/Expected 18 columns/);
    expect(report.errors[3].message).toMatch(/No VoIP line in service on 2026-03-02 with number "\+27219990000"/);
    expect(report.errors[4].message).toMatch(/cost=/);
    expect({ calls: await count('voip_call'), seen: await count('voip_cdr_seen'), rollups: await rollups() }).toEqual(before);
    const stored = await api.db.query('SELECT ok, errors FROM voip_cdr_import WHERE id = $1', [report.id]);
    expect(stored[0].ok).toBe(false);
    expect(stored[0].errors).toHaveLength(5);
  });

  it('reports a file that is not CSV at all', async () => {
    const r = await importCsv('"unterminated,quote\n');
    expect(r.data.importCallRecords.ok).toBe(false);
    expect(r.data.importCallRecords.errors[0].message).toMatch(/Not a readable CSV file/);
  });

  it('accepts a header line, and uses the cost in userfield as the cost base', async () => {
    // No tariff on this customer: the line's fallback markup is absent, so only the cost in the CDR with a class markup could rate it.
    const set = await api.gql('mutation($input: VoipCustomerRatingInput!) { setVoipCustomerRating(input: $input) { version } }', { input: { customerId: otherCustomerId, classMarkups: [{ callClass: 'INTERNATIONAL', percent: 10 }] } }, { token: admin });
    expect(set.errors).toBeUndefined();
    const header = 'accountcode,src,dst,dcontext,clid,channel,dstchannel,lastapp,lastdata,start,answer,end,duration,billsec,disposition,amaflags,uniqueid,userfield';
    const csv = [header, row({ uid: 'c.1', src: OTHER_LINE, dst: '0086138001380000', userfield: 'cost=12.25' })].join('\n');
    const r = await importCsv(csv, otherCustomerId);
    expect(r.data.importCallRecords).toMatchObject({ ok: true, imported: 1, unrated: 0 });
    const [call] = await api.db.query("SELECT call_class, charge_cents, rating_method, cost_base, rating_source FROM voip_call WHERE unique_id = 'c.1'");
    // 12.25 c + 10 % = 13.475 → 13
    expect(call).toEqual({ call_class: 'international', charge_cents: 13, rating_method: 'class_markup', cost_base: 'cdr_cost', rating_source: 'customer' });
  });

  it("an upload from a profile matches only that customer's lines", async () => {
    const r = await importCsv(row({ uid: 'd.1', src: OTHER_LINE }), customerId);
    expect(r.data.importCallRecords.ok).toBe(false);
    expect(r.data.importCallRecords.errors[0]).toMatchObject({ line: 1 });
  });

  it('is NOT_FOUND for a customer out of the caller’s scope, and refused without voipLines:write', async () => {
    const reseller = await makeReseller(api.db);
    const scoped = (await makeUser(api.db, 'technical', { resellerId: reseller.id })).token;
    expect(codes(await importCsv(row({ uid: 'e.1' }), customerId, scoped))).toEqual(['NOT_FOUND']);
    // Without a customer, a scoped caller's file matches only its reseller's lines.
    const r = await importCsv(row({ uid: 'e.2' }), null, scoped);
    expect(r.data.importCallRecords.errors[0].message).toMatch(/No VoIP line/);
    const support = (await makeUser(api.db, 'support')).token;
    expect(codes(await importCsv(row({ uid: 'e.3' }), customerId, support))).toEqual(['FORBIDDEN']);
  });

  it('the probe row is a valid Master.csv row', async () => {
    const r = await importCsv(masterCsvRow(LINE, 'probe-check'));
    expect(r.data.importCallRecords).toMatchObject({ ok: true, imported: 1 });
  });
});

describe('the spool job', () => {
  it('imports each file once, moves it to done/ or failed/ (with the errors), and a second run changes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cdr-spool-'));
    process.env.CDR_SPOOL_DIR = dir;
    try {
      await writeFile(join(dir, 'a-good.csv'), [row({ uid: 's.1', start: '2026-05-01 10:00:00' }), row({ uid: 's.2', start: '2026-05-02 10:00:00' })].join('\n'));
      await writeFile(join(dir, 'b-bad.csv'), [row({ uid: 's.3', start: '2026-05-03 10:00:00' }), row({ uid: 's.4', disposition: 'MAYBE' })].join('\n'));
      await writeFile(join(dir, 'notes.txt'), 'not a CDR file');
      const calls = await count('voip_call');
      await api.jobs.send('voip.cdr-spool');
      expect(await api.jobs.runNext('voip.cdr-spool')).toBeTruthy();
      expect(await count('voip_call')).toBe(calls + 2);
      expect((await readdir(dir)).sort()).toEqual(['done', 'failed', 'notes.txt']);
      expect(await readdir(join(dir, 'done'))).toEqual(['a-good.csv']);
      expect((await readdir(join(dir, 'failed'))).sort()).toEqual(['b-bad.csv', 'b-bad.csv.errors.txt']);
      expect(await readFile(join(dir, 'failed', 'b-bad.csv.errors.txt'), 'utf8')).toMatch(/^line 2: disposition "MAYBE"/);
      const jobRows = await api.db.query("SELECT client FROM audit_entry WHERE action = 'voip.calls.import' AND client = 'job:voip.cdr-spool'");
      expect(jobRows).toHaveLength(1);

      const before = { calls: await count('voip_call'), rollups: await rollups() };
      await api.jobs.send('voip.cdr-spool');
      await api.jobs.runNext('voip.cdr-spool');
      expect({ calls: await count('voip_call'), rollups: await rollups() }).toEqual(before);
      // The same file dropped again: every call a duplicate, nothing changes, it is filed under another name.
      await writeFile(join(dir, 'a-good.csv'), [row({ uid: 's.1', start: '2026-05-01 10:00:00' }), row({ uid: 's.2', start: '2026-05-02 10:00:00' })].join('\n'));
      await api.jobs.send('voip.cdr-spool');
      await api.jobs.runNext('voip.cdr-spool');
      expect({ calls: await count('voip_call'), rollups: await rollups() }).toEqual(before);
      expect(await readdir(join(dir, 'done'))).toHaveLength(2);
      const [last] = await api.db.query("SELECT ok, imported, duplicates FROM voip_cdr_import WHERE source = 'spool' ORDER BY created_at DESC LIMIT 1");
      expect(last).toEqual({ ok: true, imported: 0, duplicates: 2 });
    } finally {
      delete process.env.CDR_SPOOL_DIR;
    }
  });
});
