import { DEFAULT_ROLES, DEFAULT_ROLE_NAMES, type Permission } from '@sightline/access';
import { codes, startTestApi, type TestApi } from '../../testing/harness';
import { makeCustomer, makeNote, makeReseller, makeUser } from '../../testing/factories';

/** Each Customer widget field delivered so far, the permission that guards it, and a selection. */
const WIDGET_FIELDS: [field: string, permission: Permission, selection: string][] = [
  ['accountDetails', 'accountDetails:read', '{ name }'],
  ['contacts', 'accountDetails:read', '{ id }'],
  ['addresses', 'addresses:read', '{ id }'],
  ['notes', 'notes:read', '{ id }'],
  ['popupNotes', 'notes:read', '{ id }'],
  ['auditTrail', 'auditTrail:read', '{ edges { cursor } }'],
  ['balance', 'ageAnalysis:read', '{ cents }'],
];

let api: TestApi;
const tokens = new Map<string, string>();
let customerId: string;

beforeAll(async () => {
  api = await startTestApi();
  const reseller = await makeReseller(api.db);
  // The customer belongs to the reseller, so the reseller role reaches it too.
  customerId = (await makeCustomer(api.db, { resellerId: reseller.id })).id;
  for (const role of DEFAULT_ROLE_NAMES) {
    tokens.set(role, (await makeUser(api.db, role, { resellerId: role === 'reseller' ? reseller.id : null })).token);
  }
});
afterAll(() => api.teardown());

const has = (role: string, p: Permission) => (DEFAULT_ROLES as Record<string, { permissions: readonly string[] }>)[role].permissions.includes(p);

describe.each(DEFAULT_ROLE_NAMES.map((r) => [r]))('role %s', (role) => {
  it.each(WIDGET_FIELDS)('reads Customer.%s only with %s', async (field, permission, selection) => {
    const r = await api.gql(`query($id: ID!) { customer(id: $id) { id ${field} ${selection} } }`, { id: customerId }, { token: tokens.get(role) });
    if (has(role, permission)) {
      expect(r.errors).toBeUndefined();
      expect(r.data.customer[field]).not.toBeNull();
    } else {
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.errors![0].path).toEqual(['customer', field]);
      expect(r.data.customer.id).toBe(customerId); // the rest of the customer still loads
      expect(r.data.customer[field]).toBeNull();
    }
  });

  it('opens the customer list (every default role reads some widget)', async () => {
    const r = await api.gql('{ customers(first: 5) { edges { node { id name status } } } }', {}, { token: tokens.get(role) });
    expect(r.errors).toBeUndefined();
    expect(r.data.customers.edges.map((e: any) => e.node.id)).toContain(customerId);
  });

  const mutations: [name: string, permission: Permission, run: () => Promise<any>][] = [
    ['addNote', 'notes:write', () => api.gql('mutation($c: ID!) { addNote(input: { customerId: $c, body: "hi", category: OTHER }) { id } }', { c: customerId }, { token: tokens.get(role) })],
    ['addContact', 'accountDetails:write', () => api.gql('mutation($c: ID!) { addContact(input: { customerId: $c, name: "Thandi" }) { id } }', { c: customerId }, { token: tokens.get(role) })],
    ['addAddress', 'addresses:write', () => api.gql('mutation($c: ID!) { addAddress(input: { customerId: $c, label: "Farm", kind: HOME, address: { line1: "R44", city: "Stellenbosch" } }) { id } }', { c: customerId }, { token: tokens.get(role) })],
    ['removeNote', 'notes:moderate', async () => api.gql('mutation($id: ID!) { removeNote(id: $id) }', { id: (await makeNote(api.db, customerId)).id }, { token: tokens.get(role) })],
    ['dismissPopupNote', 'notes:read', async () => api.gql('mutation($id: ID!) { dismissPopupNote(noteId: $id) { id } }', { id: (await makeNote(api.db, customerId, { popup: true })).id }, { token: tokens.get(role) })],
    ['createCustomer', 'customer:create', () => api.gql('mutation { createCustomer(input: { name: "New Co" }) { id } }', {}, { token: tokens.get(role) })],
    ['createRole', 'admin:roles', () => api.gql(`mutation { createRole(input: { name: "r_${role}" }) { id } }`, {}, { token: tokens.get(role) })],
    [
      'updateAccountDetails',
      'accountDetails:write',
      async () => {
        const [{ version }] = await api.db.query('SELECT version FROM customer WHERE id = $1', [customerId]);
        return api.gql('mutation($c: ID!, $v: Int!, $g: String) { updateAccountDetails(input: { customerId: $c, expectedVersion: $v, customerGroup: $g }) { id } }', { c: customerId, v: version, g: `Group ${role}` }, { token: tokens.get(role) });
      },
    ],
  ];

  it.each(mutations)('%s needs %s, and a refusal changes nothing', async (_name, permission, run) => {
    const auditBefore = (await api.db.query('SELECT count(*)::int AS n FROM audit_entry'))[0].n;
    const r = await run();
    const auditAfter = (await api.db.query('SELECT count(*)::int AS n FROM audit_entry'))[0].n;
    if (has(role, permission)) {
      expect(r.errors).toBeUndefined();
      expect(auditAfter).toBeGreaterThan(auditBefore);
    } else {
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(auditAfter).toBe(auditBefore);
    }
  });
});

test('an anonymous caller is UNAUTHENTICATED, not FORBIDDEN', async () => {
  const r = await api.gql('query($id: ID!) { customer(id: $id) { id } }', { id: customerId });
  expect(codes(r)).toEqual(['UNAUTHENTICATED']);
});
