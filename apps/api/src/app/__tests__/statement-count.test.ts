import { startTestApi, type TestApi } from '../../testing/harness';
import { makeContact, makeCustomer, makeNote, makeReseller, makeUser } from '../../testing/factories';

let api: TestApi;
let token: string;
const tag = `Batch${Date.now()}`;

/** Every widget field delivered so far, with nested look-ups (reseller, account manager). */
const EVERY_WIDGET = `
  id accountNumber name status
  balance { cents currency }
  accountDetails { name emails version reseller { name } accountManager { name } physicalAddress { city } }
  contacts { name isPrimary }
  addresses { label address { city } }
  notes(first: 5) { body authorName editedAt writtenByMe }
  popupNotes { body writtenByMe }
  auditTrail(first: 5) { edges { node { action field } } pageInfo { hasNextPage } }
`;

beforeAll(async () => {
  api = await startTestApi();
  const { user, token: t } = await makeUser(api.db, 'admin');
  token = t;
  const reseller = await makeReseller(api.db);
  for (let i = 0; i < 60; i++) {
    const c = await makeCustomer(api.db, { name: `${tag} ${String(i).padStart(2, '0')}`, resellerId: reseller.id, accountManagerId: user.id });
    await makeContact(api.db, c.id);
    await makeNote(api.db, c.id, { popup: i % 5 === 0 });
  }
});
afterAll(() => api.teardown());

const list = (first: number) =>
  api.gql(`query($f: Int!, $s: String) { customers(first: $f, filter: { search: $s }) { totalCount edges { node { ${EVERY_WIDGET} } } } }`, { f: first, s: tag }, { token });

test('customers(first: 50) with every widget costs the same number of SQL statements as first: 1', async () => {
  const one = await list(1);
  const fifty = await list(50);
  expect(one.errors).toBeUndefined();
  expect(fifty.errors).toBeUndefined();
  expect(fifty.data.customers.edges).toHaveLength(50);
  expect(fifty.data.customers.edges.every((e: any) => e.node.contacts.length === 1)).toBe(true);
  expect(fifty.statements).toBe(one.statements);
  // auth (1) + page (1) + count (1) + one per batched loader (reseller, manager, contacts, addresses, notes, popup notes, audit)
  expect(fifty.statements).toBeLessThanOrEqual(10);
});

test('customer(id) with every widget is one statement per widget loader, not per row', async () => {
  const [{ id }] = await api.db.query('SELECT id FROM customer WHERE name = $1', [`${tag} 01`]);
  const r = await api.gql(`query($id: ID!) { customer(id: $id) { ${EVERY_WIDGET} } }`, { id }, { token });
  expect(r.errors).toBeUndefined();
  expect(r.statements).toBeLessThanOrEqual(9);
});
