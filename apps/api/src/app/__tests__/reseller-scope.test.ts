import { codes, startTestApi, type TestApi } from '../../testing/harness';
import { probeFixture, runProbe } from '../../testing/probes';
import { MUTATION_PROBES, PROBES } from '../compose';
import { makeContact, makeCustomer, makeNote, makeReseller, makeUser } from '../../testing/factories';

let api: TestApi;
let a: { token: string }, b: { token: string }, adminToken: string, aToken: string;
let ownId: string, otherId: string, directId: string, otherContactId: string, otherNoteId: string, otherResellerId: string;
const uniqueWord = `Zyzzogeton${Date.now()}`;

beforeAll(async () => {
  api = await startTestApi();
  const ra = await makeReseller(api.db);
  const rb = await makeReseller(api.db);
  otherResellerId = rb.id;
  a = await makeUser(api.db, 'reseller', { resellerId: ra.id });
  b = await makeUser(api.db, 'reseller', { resellerId: rb.id });
  const admin = await makeUser(api.db, 'admin');
  adminToken = admin.token;
  // Its account manager is a staff member, whose name resellers must not see.
  ownId = (await makeCustomer(api.db, { resellerId: ra.id, name: `${uniqueWord} Own`, accountManagerId: admin.user.id })).id;
  otherId = (await makeCustomer(api.db, { resellerId: rb.id, name: `${uniqueWord} Other` })).id;
  directId = (await makeCustomer(api.db, { name: `${uniqueWord} Direct` })).id;
  otherContactId = (await makeContact(api.db, otherId)).id;
  otherNoteId = (await makeNote(api.db, otherId)).id;
  // An API token of reseller A, made by an admin, behaves like A's users.
  const t = await api.gql('mutation($r: ID!) { createApiToken(input: { name: "Partner A", role: "reseller", resellerId: $r }) { token } }', { r: ra.id }, { token: adminToken });
  aToken = t.data.createApiToken.token;
});
afterAll(() => api.teardown());

const ids = (r: any) => r.data.customers.edges.map((e: any) => e.node.id).sort();

describe.each([
  ['reseller user', () => a.token],
  ['reseller API token', () => aToken],
])('%s', (_label, token) => {
  it('lists and counts only its own customers', async () => {
    const r = await api.gql('query($s: String) { customers(first: 100, filter: { search: $s }) { totalCount edges { node { id } } } }', { s: uniqueWord }, { token: token() });
    expect(ids(r)).toEqual([ownId]);
    expect(r.data.customers.totalCount).toBe(1);
  });

  it("cannot widen its scope with a filter on another reseller", async () => {
    const r = await api.gql('query($r: ID) { customers(first: 100, filter: { resellerId: $r }) { totalCount edges { node { id } } } }', { r: otherResellerId }, { token: token() });
    expect(ids(r)).toEqual([]);
    expect(r.data.customers.totalCount).toBe(0);
  });

  it.each([
    ['another reseller', () => otherId],
    ['no reseller', () => directId],
  ])("gets NOT_FOUND (not FORBIDDEN) for a customer of %s", async (_w, id) => {
    const r = await api.gql('query($id: ID!) { customer(id: $id) { id name } }', { id: id() }, { token: token() });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.data?.customer ?? null).toBeNull();
  });

  it('is refused writes its role lacks before any customer lookup (no existence oracle), and nothing changes', async () => {
    const before = await api.db.query('SELECT count(*)::int AS n FROM audit_entry');
    const results = await Promise.all([
      api.gql('mutation($c: ID!) { addContact(input: { customerId: $c, name: "X" }) { id } }', { c: otherId }, { token: token() }),
      api.gql('mutation($c: ID!) { updateAccountDetails(input: { customerId: $c, expectedVersion: 1, name: "X" }) { id } }', { c: otherId }, { token: token() }),
    ]);
    expect(results.map(codes)).toEqual([['FORBIDDEN'], ['FORBIDDEN']]);
    expect(await api.db.query('SELECT count(*)::int AS n FROM audit_entry')).toEqual(before);
  });

  it('sees its own customer with the widgets its role allows', async () => {
    const r = await api.gql('query($id: ID!) { customer(id: $id) { id accountDetails { name reseller { id } } } }', { id: ownId }, { token: token() });
    expect(r.errors).toBeUndefined();
    expect(r.data.customer.accountDetails.name).toBe(`${uniqueWord} Own`);
  });

  it('never learns the account manager (a staff name): the field is null, without an error', async () => {
    const q = 'query($id: ID!) { customer(id: $id) { accountDetails { accountManager { id name } } } }';
    const r = await api.gql(q, { id: ownId }, { token: token() });
    expect(r.errors).toBeUndefined();
    expect(r.data.customer.accountDetails.accountManager).toBeNull();
    const staff = await api.gql(q, { id: ownId }, { token: adminToken });
    expect(staff.data.customer.accountDetails.accountManager).toMatchObject({ name: 'admin tester' });
  });
});

describe('a staff user tied to a reseller, with write permissions', () => {
  let token: string;
  beforeAll(async () => {
    const [{ reseller_id }] = await api.db.query('SELECT reseller_id FROM customer WHERE id = $1', [ownId]);
    token = (await makeUser(api.db, 'support', { resellerId: reseller_id })).token;
  });

  it.each([
    ['addContact', 'mutation($id: ID!) { addContact(input: { customerId: $id, name: "x" }) { id } }', () => otherId],
    ['updateAccountDetails', 'mutation($id: ID!) { updateAccountDetails(input: { customerId: $id, expectedVersion: 1, name: "x" }) { id } }', () => otherId],
    ['updateContact', 'mutation($id: ID!) { updateContact(input: { id: $id, expectedVersion: 1, name: "x" }) { id } }', () => otherContactId],
    ['removeContact', 'mutation($id: ID!) { removeContact(id: $id) }', () => otherContactId],
    ['addAddress', 'mutation($id: ID!) { addAddress(input: { customerId: $id, label: "x", kind: HOME, address: { line1: "a", city: "b" } }) { id } }', () => directId],
  ])('%s on a customer out of scope is NOT_FOUND and changes nothing', async (_n, mutation, id) => {
    const before = await api.db.query('SELECT count(*)::int AS n FROM audit_entry');
    const r = await api.gql(mutation, { id: id() }, { token });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(await api.db.query('SELECT count(*)::int AS n FROM audit_entry')).toEqual(before);
  });

  it('works on its own reseller’s customer', async () => {
    const r = await api.gql('mutation($id: ID!) { addContact(input: { customerId: $id, name: "In scope" }) { id } }', { id: ownId }, { token });
    expect(r.errors).toBeUndefined();
  });

  it('gets nothing internal although its role grants notes and the audit trail (ACCESS.md rule 7)', async () => {
    const me = await api.gql('{ me { permissions } }', {}, { token });
    expect(me.data.me.permissions).toContain('accountDetails:write');
    expect(me.data.me.permissions.filter((p: string) => /^(notes|auditTrail|debtorNotes|accountingSync):/.test(p))).toEqual([]);
    const r = await api.gql('query($id: ID!) { customer(id: $id) { id notes { authorName } popupNotes { id } } }', { id: ownId }, { token });
    expect(codes(r)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const before = await api.db.query('SELECT count(*)::int AS n FROM audit_entry');
    const results = await Promise.all([
      api.gql('mutation($id: ID!) { addNote(input: { customerId: $id, body: "x", category: OTHER }) { id } }', { id: ownId }, { token }),
      api.gql('mutation($id: ID!) { setNotePopup(id: $id, popup: true) { id } }', { id: otherNoteId }, { token }),
    ]);
    expect(results.map(codes)).toEqual([['FORBIDDEN'], ['FORBIDDEN']]);
    expect(await api.db.query('SELECT count(*)::int AS n FROM audit_entry')).toEqual(before);
  });

  it('creates customers only for its own reseller, whatever the input says', async () => {
    const admin = await api.gql('mutation($r: String!) { grantPermission(role: $r, permission: "customer:create") { name } }', { r: 'support' }, { token: adminToken });
    expect(admin.errors).toBeUndefined();
    const r = await api.gql('mutation($r: ID!) { createCustomer(input: { name: "Scoped Co", resellerId: $r }) { id accountDetails { reseller { id } } } }', { r: otherResellerId }, { token });
    expect(r.errors).toBeUndefined();
    const [{ reseller_id }] = await api.db.query('SELECT reseller_id FROM customer WHERE id = $1', [ownId]);
    expect(r.data.createCustomer.accountDetails.reseller.id).toBe(reseller_id);
  });
});

test('reseller B sees neither A’s customers nor direct ones', async () => {
  const r = await api.gql('query($s: String) { customers(first: 100, filter: { search: $s }) { edges { node { id } } } }', { s: uniqueWord }, { token: b.token });
  expect(ids(r)).toEqual([otherId]);
});

test('staff without a reseller see every customer', async () => {
  const r = await api.gql('query($s: String) { customers(first: 100, filter: { search: $s }) { edges { node { id } } } }', { s: uniqueWord }, { token: adminToken });
  expect(ids(r)).toEqual([ownId, otherId, directId].sort());
});

// Generated from the modules' probes: a user tied to reseller A, with every permission its
// role can have, reaches nothing of another reseller's customer through any widget.
describe('every probed widget and mutation, as a user of reseller A with every permission', () => {
  let scopedAdmin: string;
  beforeAll(async () => {
    const [{ reseller_id }] = await api.db.query('SELECT reseller_id FROM customer WHERE id = $1', [ownId]);
    scopedAdmin = (await makeUser(api.db, 'admin', { resellerId: reseller_id })).token;
  });

  it.each(PROBES.map((p) => [p.field, p.selection]))("Customer.%s of another reseller's customer is NOT_FOUND", async (field, selection) => {
    const r = await api.gql(`query($id: ID!) { customer(id: $id) { id ${field} ${selection} } }`, { id: otherId }, { token: scopedAdmin });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.data?.customer ?? null).toBeNull();
  });

  it.each(MUTATION_PROBES.filter((m) => m.permission !== 'customer:create' && m.permission !== 'admin:roles').map((m) => [m.name, m]))(
    "%s on another reseller's customer is refused and changes nothing",
    async (_name, probe) => {
      const { result, audited } = await runProbe(api, probe, probeFixture(api, otherId, adminToken), scopedAdmin);
      // NOT_FOUND when the permission applies; FORBIDDEN when it is internal and never applies to reseller users.
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codes(result)[0]);
      expect(audited).toBe(0);
    },
  );
});
