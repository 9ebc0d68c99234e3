import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeReseller, makeUser } from '../../../testing/factories';

let api: TestApi;
let admin: string;
let technical: string;
let customerId: string;

const ADD = 'mutation($input: AddVoipLineInput!) { addVoipLine(input: $input) { id number lineType label status monthlyChargeCents startDate endDate tariffId tariffName version } }';
const EXPIRE = 'mutation($input: ExpireVoipLineInput!) { expireVoipLine(input: $input) { id status endDate } }';
const TARIFF = 'mutation($input: VoipTariffInput!) { createVoipTariff(input: $input) { id name version fallbackMarkupPercent rates { callClass ratePerMinuteCents billingIncrementSeconds minimumChargeCents connectionFeeCents markupPercent } } }';
const add = (input: Record<string, unknown>, token = technical) =>
  api.gql(ADD, { input: { customerId, lineType: 'SIP_ACCOUNT', monthlyChargeCents: 9900, ...input } }, { token });
const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  api = await startTestApi();
  admin = (await makeUser(api.db, 'admin')).token;
  technical = (await makeUser(api.db, 'technical')).token;
  customerId = (await makeCustomer(api.db)).id;
});
afterAll(() => api.teardown());

describe('VoIP lines', () => {
  it('adds a line with its number checked and stored as E.164, audited', async () => {
    const r = await add({ number: '021 555 0140', label: 'Reception', startDate: '2026-02-01' });
    expect(r.errors).toBeUndefined();
    expect(r.data.addVoipLine).toMatchObject({ number: '+27215550140', lineType: 'SIP_ACCOUNT', label: 'Reception', status: 'ACTIVE', startDate: '2026-02-01', endDate: null, tariffId: null });
    const uk = await add({ number: '+44 20 7946 0018' });
    expect(uk.data.addVoipLine).toMatchObject({ number: '+442079460018', startDate: today() });
    const audit = await api.db.query("SELECT action FROM audit_entry WHERE customer_id = $1 AND action = 'voip.line.add'", [customerId]);
    expect(audit).toHaveLength(2);
    const list = await api.gql('query($id: ID!) { customer(id: $id) { voipLines { number status } } }', { id: customerId }, { token: technical });
    expect(list.data.customer.voipLines.map((l: any) => l.number).sort()).toEqual(['+27215550140', '+442079460018']);
  });

  it.each([['12345'], ['+27 21 555'], ['not a number'], ['+999 1234567']])('refuses %s as a number (BAD_USER_INPUT on number)', async (number) => {
    const r = await add({ number });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });
  });

  it('refuses a number in service on another line (CONFLICT), also on another customer', async () => {
    const other = await makeCustomer(api.db);
    const r = await api.gql(ADD, { input: { customerId: other.id, number: '+27215550140', lineType: 'FAX', monthlyChargeCents: 0 } }, { token: technical });
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'number' });
    expect(r.errors![0].message).not.toContain(customerId);
  });

  it('refuses bad dates, money and tariffs with the field named', async () => {
    expect((await add({ number: '+27215550141', startDate: '2026-13-01' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate' });
    expect((await add({ number: '+27215550141', monthlyChargeCents: -1 })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'monthlyChargeCents' });
    expect((await add({ number: '+27215550141', tariffId: '00000000-0000-4000-8000-000000000000' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tariffId' });
  });

  it('is NOT_FOUND for a missing customer or one out of scope, and FORBIDDEN without voipLines:write', async () => {
    expect(codes(await api.gql(ADD, { input: { customerId: '00000000-0000-4000-8000-000000000000', number: '+27215550142', lineType: 'FAX', monthlyChargeCents: 0 } }, { token: technical }))).toEqual(['NOT_FOUND']);
    const reseller = await makeReseller(api.db);
    const scoped = (await makeUser(api.db, 'technical', { resellerId: reseller.id })).token;
    expect(codes(await add({ number: '+27215550142' }, scoped))).toEqual(['NOT_FOUND']);
    const support = (await makeUser(api.db, 'support')).token;
    expect(codes(await add({ number: '+27215550142' }, support))).toEqual(['FORBIDDEN']);
  });

  it('expires a line with a reason (audited); the number is free again from the next day', async () => {
    const line = (await add({ number: '+27215550150', startDate: '2026-01-01' })).data.addVoipLine;
    const r = await api.gql(EXPIRE, { input: { id: line.id, reason: 'Ported to another provider' } }, { token: technical });
    expect(r.errors).toBeUndefined();
    expect(r.data.expireVoipLine).toMatchObject({ status: 'EXPIRED', endDate: today() });
    const audit = await api.db.query("SELECT field, new_value FROM audit_entry WHERE target = $1 AND action = 'voip.line.expire' ORDER BY field", [`voip_line:${line.id}`]);
    expect(audit).toEqual([{ field: 'endDate', new_value: today() }, { field: 'reason', new_value: 'Ported to another provider' }]);
    expect(codes(await api.gql(EXPIRE, { input: { id: line.id, reason: 'again' } }, { token: technical }))).toEqual(['CONFLICT']);
    expect((await add({ number: '+27215550150', startDate: today() })).errors![0].extensions!.code).toBe('CONFLICT');
    const again = await add({ number: '+27215550150', startDate: tomorrow() });
    expect(again.data.addVoipLine.status).toBe('PENDING');
  });

  it('refuses an end date before the start, a missing reason, and a line that is not there', async () => {
    const line = (await add({ number: '+27215550151', startDate: '2026-03-01' })).data.addVoipLine;
    expect((await api.gql(EXPIRE, { input: { id: line.id, endDate: '2026-02-01', reason: 'x' } }, { token: technical })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    expect((await api.gql(EXPIRE, { input: { id: line.id, reason: '' } }, { token: technical })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(codes(await api.gql(EXPIRE, { input: { id: '00000000-0000-4000-8000-000000000000', reason: 'x' } }, { token: technical }))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(EXPIRE, { input: { id: 'nope', reason: 'x' } }, { token: technical }))).toEqual(['BAD_USER_INPUT']);
    const reseller = await makeReseller(api.db);
    const scoped = (await makeUser(api.db, 'technical', { resellerId: reseller.id })).token;
    expect(codes(await api.gql(EXPIRE, { input: { id: line.id, reason: 'x' } }, { token: scoped }))).toEqual(['NOT_FOUND']);
  });

  it("gives a line its own tariff (overriding the customer's) with the version it read", async () => {
    const tariff = (await api.gql(TARIFF, { input: { name: 'Line tariff', rates: [] } }, { token: admin })).data.createVoipTariff;
    const line = (await add({ number: '+27215550152' })).data.addVoipLine;
    const UPDATE = 'mutation($input: UpdateVoipLineInput!) { updateVoipLine(input: $input) { tariffId tariffName version } }';
    const r = await api.gql(UPDATE, { input: { id: line.id, expectedVersion: line.version, tariffId: tariff.id } }, { token: technical });
    expect(r.data.updateVoipLine).toEqual({ tariffId: tariff.id, tariffName: 'Line tariff', version: 2 });
    expect(codes(await api.gql(UPDATE, { input: { id: line.id, expectedVersion: 1, label: 'x' } }, { token: technical }))).toEqual(['CONFLICT']);
  });
});

describe('VoIP tariffs (catalogue)', () => {
  it('creates and edits a tariff with catalogue:write, audited without a customer', async () => {
    const r = await api.gql(TARIFF, { input: { name: 'Business', fallbackMarkupPercent: 12.5, rates: [{ callClass: 'LOCAL', ratePerMinuteCents: 30, billingIncrementSeconds: 1, connectionFeeCents: 10 }, { callClass: 'INTERNATIONAL', markupPercent: 40 }] } }, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data.createVoipTariff).toMatchObject({
      name: 'Business', fallbackMarkupPercent: 12.5, version: 1,
      rates: [
        { callClass: 'LOCAL', ratePerMinuteCents: 30, billingIncrementSeconds: 1, minimumChargeCents: 0, connectionFeeCents: 10, markupPercent: null },
        { callClass: 'INTERNATIONAL', ratePerMinuteCents: null, billingIncrementSeconds: 60, markupPercent: 40 },
      ],
    });
    const id = r.data.createVoipTariff.id;
    const UPDATE = 'mutation($input: UpdateVoipTariffInput!) { updateVoipTariff(input: $input) { version rates { callClass ratePerMinuteCents } } }';
    const u = await api.gql(UPDATE, { input: { id, expectedVersion: 1, name: 'Business', rates: [{ callClass: 'MOBILE', ratePerMinuteCents: 79 }] } }, { token: admin });
    expect(u.data.updateVoipTariff).toEqual({ version: 2, rates: [{ callClass: 'MOBILE', ratePerMinuteCents: 79 }] });
    expect(codes(await api.gql(UPDATE, { input: { id, expectedVersion: 1, name: 'Business', rates: [] } }, { token: admin }))).toEqual(['CONFLICT']);
    expect(codes(await api.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, name: 'X', rates: [] } }, { token: admin }))).toEqual(['NOT_FOUND']);
    const audit = await api.db.query("SELECT action, field, customer_id FROM audit_entry WHERE target = $1 ORDER BY id", [`voip_tariff:${id}`]);
    expect(audit.map((a: any) => [a.action, a.field, a.customer_id])).toEqual([['voip.tariff.create', null, null], ['voip.tariff.update', 'fallbackMarkupPercent', null], ['voip.tariff.update', 'rates', null]]);
  });

  it('refuses a duplicate name, a class twice, a markup with three decimals, a zero increment', async () => {
    expect((await api.gql(TARIFF, { input: { name: 'Business', rates: [] } }, { token: admin })).errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect((await api.gql(TARIFF, { input: { name: 'T2', rates: [{ callClass: 'LOCAL' }, { callClass: 'LOCAL' }] } }, { token: admin })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rates.1.callClass' });
    expect((await api.gql(TARIFF, { input: { name: 'T2', fallbackMarkupPercent: 1.234, rates: [] } }, { token: admin })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fallbackMarkupPercent' });
    expect((await api.gql(TARIFF, { input: { name: 'T2', rates: [{ callClass: 'LOCAL', billingIncrementSeconds: 0 }] } }, { token: admin })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lets line writers read tariffs, but markups only to billing and catalogue staff, never to resellers', async () => {
    const q = '{ voipTariffs { name rates { callClass ratePerMinuteCents } } }';
    const tech = await api.gql(q, {}, { token: technical });
    expect(tech.errors).toBeUndefined();
    expect(tech.data.voipTariffs.map((t: any) => t.name)).toContain('Business');
    expect(new Set(codes(await api.gql('{ voipTariffs { name fallbackMarkupPercent } }', {}, { token: technical })))).toEqual(new Set(['FORBIDDEN']));
    const billing = (await makeUser(api.db, 'billing')).token;
    expect((await api.gql('{ voipTariffs { name fallbackMarkupPercent rates { markupPercent } } }', {}, { token: billing })).errors).toBeUndefined();
    const reseller = await makeReseller(api.db);
    const partner = (await makeUser(api.db, 'reseller', { resellerId: reseller.id })).token;
    expect((await api.gql(q, {}, { token: partner })).errors).toBeUndefined();
    expect(codes(await api.gql('{ voipTariffs { rates { markupPercent } } }', {}, { token: partner }))).toContain('FORBIDDEN');
    const scopedAdmin = (await makeUser(api.db, 'admin', { resellerId: reseller.id })).token;
    expect(codes(await api.gql(TARIFF, { input: { name: 'Partner tariff', rates: [] } }, { token: scopedAdmin }))).toEqual(['FORBIDDEN']);
    const sales = (await makeUser(api.db, 'sales')).token;
    expect(codes(await api.gql(q, {}, { token: sales }))).toEqual(['FORBIDDEN']);
  });
});

describe("a customer's rating defaults", () => {
  it('sets the default tariff and markups (billingDetails:write), reads them back, audits each change', async () => {
    const billing = (await makeUser(api.db, 'billing')).token;
    const tariff = (await api.gql('{ voipTariffs { id name } }', {}, { token: billing })).data.voipTariffs.find((t: any) => t.name === 'Business');
    const SET = 'mutation($input: VoipCustomerRatingInput!) { setVoipCustomerRating(input: $input) { defaultTariffName classMarkups { callClass percent } fallbackMarkupPercent version } }';
    const r = await api.gql(SET, { input: { customerId, defaultTariffId: tariff.id, classMarkups: [{ callClass: 'MOBILE', percent: 20 }], fallbackMarkupPercent: 15 } }, { token: billing });
    expect(r.errors).toBeUndefined();
    expect(r.data.setVoipCustomerRating).toEqual({ defaultTariffName: 'Business', classMarkups: [{ callClass: 'MOBILE', percent: 20 }], fallbackMarkupPercent: 15, version: 1 });
    const read = await api.gql('query($id: ID!) { customer(id: $id) { voipRating { defaultTariffId fallbackMarkupPercent classMarkups { callClass percent } } } }', { id: customerId }, { token: billing });
    expect(read.data.customer.voipRating).toEqual({ defaultTariffId: tariff.id, fallbackMarkupPercent: 15, classMarkups: [{ callClass: 'MOBILE', percent: 20 }] });
    const audit = await api.db.query("SELECT field FROM audit_entry WHERE customer_id = $1 AND action = 'voip.rating.update' ORDER BY field", [customerId]);
    expect(audit.map((a: any) => a.field)).toEqual(['classMarkups', 'defaultTariffId', 'fallbackMarkupPercent']);
    expect((await api.gql(SET, { input: { customerId, classMarkups: [{ callClass: 'MOBILE', percent: 2000 }] } }, { token: billing })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'classMarkups.0.percent' });
    expect(codes(await api.gql(SET, { input: { customerId, classMarkups: [] } }, { token: technical }))).toEqual(['FORBIDDEN']);
  });
});
