import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeContact, makeCustomer, makeReseller, makeUser } from '../../../testing/factories';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = (await makeUser(api.db, 'support')).token;
});
afterAll(() => api.teardown());

const SETTINGS = '{ orphanedCount cells { kind channel destinations { address orphaned } } }';
const SET = `mutation($i: SetNotificationDestinationsInput!) { setNotificationDestinations(input: $i) { id notificationSettings ${SETTINGS} } }`;
const DEFAULTS = `mutation($i: ApplyDefaultNotificationDestinationsInput!) { applyDefaultNotificationDestinations(input: $i) { id notificationSettings ${SETTINGS} } }`;
const UPDATE_DETAILS = 'mutation($i: UpdateAccountDetailsInput!) { updateAccountDetails(input: $i) { id } }';

type Settings = { orphanedCount: number; cells: { kind: string; channel: string; destinations: { address: string; orphaned: boolean }[] }[] };
const read = async (id: string, as = token): Promise<Settings> => {
  const r = await api.gql(`query($id: ID!) { customer(id: $id) { notificationSettings ${SETTINGS} } }`, { id }, { token: as });
  expect(r.errors).toBeUndefined();
  return r.data.customer.notificationSettings;
};
const cell = (s: Settings, kind: string, channel: string) => s.cells.find((c) => c.kind === kind && c.channel === channel)!.destinations;
const set = (customerId: string, kind: string, channel: string, destinations: string[], as = token) =>
  api.gql(SET, { i: { customerId, kind, channel, destinations } }, { token: as });
const auditOf = (customerId: string) =>
  api.db.query('SELECT action, target, field, old_value, new_value FROM audit_entry WHERE customer_id = $1 ORDER BY id', [customerId]);

describe('notification destinations', () => {
  it('a customer without settings has every kind × channel, empty', async () => {
    const c = await makeCustomer(api.db);
    const s = await read(c.id);
    expect(s.orphanedCount).toBe(0);
    expect(s.cells.map((x) => `${x.kind}/${x.channel}`)).toEqual([
      'INVOICE/EMAIL', 'INVOICE/SMS', 'USAGE_ALERT/EMAIL', 'USAGE_ALERT/SMS',
      'SUSPENSION_WARNING/EMAIL', 'SUSPENSION_WARNING/SMS', 'TICKET_REPLY/EMAIL', 'TICKET_REPLY/SMS',
    ]);
    expect(s.cells.every((x) => x.destinations.length === 0)).toBe(true);
  });

  it('replaces the list of one kind + channel (trimmed, duplicates dropped), audited with before and after', async () => {
    const c = await makeCustomer(api.db, { emails: ['billing@farm.co.za'] });
    const first = await set(c.id, 'INVOICE', 'EMAIL', [' billing@farm.co.za ', 'Billing@Farm.co.za', 'bookkeeper@farm.co.za']);
    expect(first.errors).toBeUndefined();
    expect(cell(first.data.setNotificationDestinations.notificationSettings, 'INVOICE', 'EMAIL').map((d: any) => d.address)).toEqual([
      'billing@farm.co.za',
      'bookkeeper@farm.co.za',
    ]);
    const second = await set(c.id, 'INVOICE', 'EMAIL', ['billing@farm.co.za']);
    expect(cell(second.data.setNotificationDestinations.notificationSettings, 'INVOICE', 'EMAIL').map((d: any) => d.address)).toEqual(['billing@farm.co.za']);
    // other cells untouched
    expect(cell(await read(c.id), 'USAGE_ALERT', 'EMAIL')).toEqual([]);
    expect(await auditOf(c.id)).toEqual([
      { action: 'notification.set', target: `notification_settings:${c.id}`, field: 'invoice.email', old_value: null, new_value: 'billing@farm.co.za, bookkeeper@farm.co.za' },
      { action: 'notification.set', target: `notification_settings:${c.id}`, field: 'invoice.email', old_value: 'billing@farm.co.za, bookkeeper@farm.co.za', new_value: 'billing@farm.co.za' },
    ]);
    // the same list again is no change and no audit row
    await set(c.id, 'INVOICE', 'EMAIL', ['billing@farm.co.za']);
    expect(await auditOf(c.id)).toHaveLength(2);
  });

  it('stores SMS numbers in E.164, reading local numbers in the customer’s country', async () => {
    const za = await makeCustomer(api.db);
    const r = await set(za.id, 'USAGE_ALERT', 'SMS', ['082 555 0101', '+27 (83) 123-4567']);
    expect(r.errors).toBeUndefined();
    expect(cell(r.data.setNotificationDestinations.notificationSettings, 'USAGE_ALERT', 'SMS').map((d: any) => d.address)).toEqual(['+27825550101', '+27831234567']);
    const uk = await makeCustomer(api.db, { phone: null, physicalAddress: { line1: '1 High Street', city: 'Leeds', country: 'United Kingdom' } } as never);
    const gb = await set(uk.id, 'SUSPENSION_WARNING', 'SMS', ['07911 123456']);
    expect(cell(gb.data.setNotificationDestinations.notificationSettings, 'SUSPENSION_WARNING', 'SMS')[0].address).toBe('+447911123456');
  });

  it.each([
    ['EMAIL', ['billing@farm.co.za', 'not-an-address'], /not-an-address/],
    ['EMAIL', ['a@b.co.za', 'b@b.co.za', 'c@b.co.za', 'd@b.co.za', 'e@b.co.za', 'f@b.co.za'], /At most 5/],
    ['SMS', ['12345'], /not a valid phone number/],
    ['SMS', ['021 555 1234'], /landline/],
  ])('refuses bad %s destinations with BAD_USER_INPUT on destinations, changing nothing', async (channel, destinations, message) => {
    const c = await makeCustomer(api.db);
    await set(c.id, 'INVOICE', channel, channel === 'EMAIL' ? ['kept@farm.co.za'] : ['082 555 0101']);
    const r = await set(c.id, 'INVOICE', channel, destinations);
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'destinations' });
    expect(r.errors![0].message).toMatch(message);
    expect(cell(await read(c.id), 'INVOICE', channel)).toHaveLength(1);
    expect(await auditOf(c.id)).toHaveLength(1);
  });

  it('an empty list stops that kind of message by that channel', async () => {
    const c = await makeCustomer(api.db);
    await set(c.id, 'TICKET_REPLY', 'EMAIL', ['help@farm.co.za']);
    const r = await set(c.id, 'TICKET_REPLY', 'EMAIL', []);
    expect(cell(r.data.setNotificationDestinations.notificationSettings, 'TICKET_REPLY', 'EMAIL')).toEqual([]);
  });

  it('a customer of another reseller, or none, is NOT_FOUND and unchanged', async () => {
    const mine = await makeReseller(api.db);
    const other = await makeCustomer(api.db, { resellerId: (await makeReseller(api.db)).id });
    const scoped = (await makeUser(api.db, 'support', { resellerId: mine.id })).token;
    expect(codes(await set(other.id, 'INVOICE', 'EMAIL', ['x@farm.co.za'], scoped))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(DEFAULTS, { i: { customerId: other.id } }, { token: scoped }))).toEqual(['NOT_FOUND']);
    expect(codes(await set('5a0f6d2e-0000-4000-8000-000000000000', 'INVOICE', 'EMAIL', []))).toEqual(['NOT_FOUND']);
    expect(await auditOf(other.id)).toEqual([]);
    expect(cell(await read(other.id), 'INVOICE', 'EMAIL')).toEqual([]);
  });

  it('a role without notificationSettings:write is FORBIDDEN', async () => {
    const c = await makeCustomer(api.db);
    const technical = (await makeUser(api.db, 'technical')).token;
    expect(codes(await set(c.id, 'INVOICE', 'EMAIL', ['x@farm.co.za'], technical))).toEqual(['FORBIDDEN']);
  });
});

describe('defaults from account details', () => {
  it('points every kind at the billing emails and the mobile number, audited per cell', async () => {
    const c = await makeCustomer(api.db, { emails: ['one@farm.co.za', 'two@farm.co.za'], phone: '021 555 1234', mobile: '083 123 4567' });
    const r = await api.gql(DEFAULTS, { i: { customerId: c.id } }, { token });
    expect(r.errors).toBeUndefined();
    const s: Settings = r.data.applyDefaultNotificationDestinations.notificationSettings;
    for (const kind of ['INVOICE', 'USAGE_ALERT', 'SUSPENSION_WARNING', 'TICKET_REPLY']) {
      expect(cell(s, kind, 'EMAIL').map((d) => d.address)).toEqual(['one@farm.co.za', 'two@farm.co.za']);
      expect(cell(s, kind, 'SMS')).toEqual([{ address: '+27831234567', orphaned: false }]);
    }
    const audit = await auditOf(c.id);
    expect(audit).toHaveLength(8);
    expect(audit.every((a: any) => a.action === 'notification.default')).toBe(true);
  });

  it('leaves SMS as it is when there is no mobile number; asking for that cell alone is BAD_USER_INPUT', async () => {
    const c = await makeCustomer(api.db, { phone: '021 555 1234', mobile: null });
    await set(c.id, 'USAGE_ALERT', 'SMS', ['082 555 0199']);
    const all = await api.gql(DEFAULTS, { i: { customerId: c.id } }, { token });
    expect(all.errors).toBeUndefined();
    expect(cell(all.data.applyDefaultNotificationDestinations.notificationSettings, 'USAGE_ALERT', 'SMS').map((d: any) => d.address)).toEqual(['+27825550199']);
    const one = await api.gql(DEFAULTS, { i: { customerId: c.id, kind: 'INVOICE', channel: 'SMS' } }, { token });
    expect(one.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'channel' });
  });
});

describe('orphaned destinations', () => {
  it('flags a destination that matches none of the account details or contacts', async () => {
    const c = await makeCustomer(api.db, { emails: ['billing@farm.co.za'], phone: '+27 82 555 0101', mobile: null });
    await makeContact(api.db, c.id, { email: 'Pieter@Farm.co.za', phone: '083 999 1111' });
    await set(c.id, 'INVOICE', 'EMAIL', ['billing@farm.co.za', 'pieter@farm.co.za', 'old@farm.co.za']);
    await set(c.id, 'USAGE_ALERT', 'SMS', ['+27825550101', '+27839991111', '+27840000000']);
    const s = await read(c.id);
    expect(cell(s, 'INVOICE', 'EMAIL')).toEqual([
      { address: 'billing@farm.co.za', orphaned: false },
      { address: 'pieter@farm.co.za', orphaned: false },
      { address: 'old@farm.co.za', orphaned: true },
    ]);
    expect(cell(s, 'USAGE_ALERT', 'SMS')).toEqual([
      { address: '+27825550101', orphaned: false },
      { address: '+27839991111', orphaned: false },
      { address: '+27840000000', orphaned: true },
    ]);
    expect(s.orphanedCount).toBe(2);
  });

  it('an account-details change that drops an email or number leaves its destinations orphaned', async () => {
    const c = await makeCustomer(api.db, { emails: ['billing@farm.co.za', 'accounts@farm.co.za'], phone: null, mobile: '082 555 0101' });
    await api.gql(DEFAULTS, { i: { customerId: c.id } }, { token });
    expect((await read(c.id)).orphanedCount).toBe(0);
    const r = await api.gql(UPDATE_DETAILS, { i: { customerId: c.id, expectedVersion: 1, emails: ['billing@farm.co.za'], mobile: '083 000 1234' } }, { token });
    expect(r.errors).toBeUndefined();
    const s = await read(c.id);
    // 4 kinds × accounts@ by email, 4 kinds × the old mobile by SMS
    expect(s.orphanedCount).toBe(8);
    expect(cell(s, 'INVOICE', 'EMAIL')).toEqual([
      { address: 'billing@farm.co.za', orphaned: false },
      { address: 'accounts@farm.co.za', orphaned: true },
    ]);
    expect(cell(s, 'INVOICE', 'SMS')).toEqual([{ address: '+27825550101', orphaned: true }]);
    // pointing them at the new details again clears the warning
    await api.gql(DEFAULTS, { i: { customerId: c.id } }, { token });
    expect((await read(c.id)).orphanedCount).toBe(0);
  });

  it('removing the contact whose number it was leaves an SMS destination orphaned', async () => {
    const c = await makeCustomer(api.db, { phone: null, mobile: null });
    const contact = await makeContact(api.db, c.id, { phone: '+27 83 999 1111' });
    await set(c.id, 'SUSPENSION_WARNING', 'SMS', ['0839991111']);
    expect(cell(await read(c.id), 'SUSPENSION_WARNING', 'SMS')).toEqual([{ address: '+27839991111', orphaned: false }]);
    const removed = await api.gql('mutation($id: ID!) { removeContact(id: $id) }', { id: contact.id }, { token });
    expect(removed.errors).toBeUndefined();
    const s = await read(c.id);
    expect(cell(s, 'SUSPENSION_WARNING', 'SMS')).toEqual([{ address: '+27839991111', orphaned: true }]);
    expect(s.orphanedCount).toBe(1);
  });

  it('reads the flags for a page of customers in a constant number of statements', async () => {
    const tag = `Orphans${Date.now()}`;
    for (let i = 0; i < 6; i++) {
      const c = await makeCustomer(api.db, { name: `${tag} ${i}` });
      await makeContact(api.db, c.id);
      await set(c.id, 'INVOICE', 'EMAIL', [`gone-${i}@farm.co.za`]);
    }
    const page = (first: number) =>
      api.gql(`query($s: String) { customers(first: ${first}, filter: { search: $s }) { edges { node { notificationSettings { orphanedCount } } } } }`, { s: tag }, { token });
    const one = await page(1);
    const six = await page(6);
    expect(six.data.customers.edges.map((e: any) => e.node.notificationSettings.orphanedCount)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(six.statements).toBe(one.statements);
  });
});
