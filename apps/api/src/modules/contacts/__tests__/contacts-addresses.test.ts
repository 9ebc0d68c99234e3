import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeUser } from '../../../testing/factories';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = (await makeUser(api.db, 'support')).token;
});
afterAll(() => api.teardown());

const ADD = 'mutation($i: AddContactInput!) { addContact(input: $i) { id name isPrimary version } }';
const UPDATE = 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { id name isPrimary version } }';
const contactsOf = async (id: string) =>
  (await api.gql('query($id: ID!) { customer(id: $id) { contacts { name isPrimary } } }', { id }, { token })).data.customer.contacts;

describe('contacts', () => {
  it('the first contact is primary; making another primary moves the flag, one primary at a time', async () => {
    const c = await makeCustomer(api.db);
    const first = await api.gql(ADD, { i: { customerId: c.id, name: 'Lindiwe Dube', email: 'lindiwe@example.co.za', phone: '082 555 1234' } }, { token });
    expect(first.data.addContact.isPrimary).toBe(true);
    const second = await api.gql(ADD, { i: { customerId: c.id, name: 'Pieter Botha', role: 'Accounts' } }, { token });
    expect(second.data.addContact.isPrimary).toBe(false);
    const moved = await api.gql(UPDATE, { i: { id: second.data.addContact.id, expectedVersion: 1, isPrimary: true } }, { token });
    expect(moved.errors).toBeUndefined();
    expect(await contactsOf(c.id)).toEqual([
      { name: 'Pieter Botha', isPrimary: true },
      { name: 'Lindiwe Dube', isPrimary: false },
    ]);
    // the demoted contact's change is audited too
    const demoted = await api.db.query(`SELECT field, old_value, new_value FROM audit_entry WHERE target = $1 AND action = 'contact.update'`, [`contact:${first.data.addContact.id}`]);
    expect(demoted).toEqual([{ field: 'isPrimary', old_value: 'true', new_value: 'false' }]);
  });

  it('agents making different contacts primary at once all succeed, one after the other', async () => {
    const c = await makeCustomer(api.db);
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) ids.push((await api.gql(ADD, { i: { customerId: c.id, name } }, { token })).data.addContact.id);
    const results = await Promise.all(ids.slice(1).map((id) => api.gql(UPDATE, { i: { id, expectedVersion: 1, isPrimary: true } }, { token })));
    expect(results.map((r) => r.errors)).toEqual(ids.slice(1).map(() => undefined));
    const primaries = (await contactsOf(c.id)).filter((x: any) => x.isPrimary);
    expect(primaries).toHaveLength(1);
  });

  it('update checks the version; remove deletes; both are audited', async () => {
    const c = await makeCustomer(api.db);
    const { data } = await api.gql(ADD, { i: { customerId: c.id, name: 'Ayesha Patel' } }, { token });
    const id = data.addContact.id;
    const ok = await api.gql(UPDATE, { i: { id, expectedVersion: 1, name: 'Ayesha Khan' } }, { token });
    expect(ok.data.updateContact).toMatchObject({ name: 'Ayesha Khan', version: 2 });
    const stale = await api.gql(UPDATE, { i: { id, expectedVersion: 1, name: 'Lost' } }, { token });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    const removed = await api.gql('mutation($id: ID!) { removeContact(id: $id) }', { id }, { token });
    expect(removed.data.removeContact).toBe(id);
    expect(await contactsOf(c.id)).toEqual([]);
    const audit = await api.db.query('SELECT action, field, old_value, new_value FROM audit_entry WHERE customer_id = $1 ORDER BY id', [c.id]);
    expect(audit.map((a: any) => a.action)).toEqual(['contact.add', 'contact.update', 'contact.remove']);
    expect(audit[1]).toMatchObject({ field: 'name', old_value: 'Ayesha Patel', new_value: 'Ayesha Khan' });
    expect(JSON.parse(audit[2].new_value)).toMatchObject({ name: 'Ayesha Khan' });
  });

  it('validates email and phone, and a missing contact is NOT_FOUND', async () => {
    const c = await makeCustomer(api.db);
    const bad = await api.gql(ADD, { i: { customerId: c.id, name: 'X', email: 'nope' } }, { token });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const missing = await api.gql('mutation { removeContact(id: "5a0f6d2e-0000-4000-8000-000000000000") }', {}, { token });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(await contactsOf(c.id)).toEqual([]);
  });
});

describe('additional addresses', () => {
  const ADD_ADDRESS = 'mutation($i: AddAddressInput!) { addAddress(input: $i) { id label kind version address { line1 city } } }';

  it('adds, edits (with version) and removes an address, audited', async () => {
    const c = await makeCustomer(api.db);
    const added = await api.gql(ADD_ADDRESS, { i: { customerId: c.id, label: 'Business', kind: 'BUSINESS', address: { line1: '12 Long Street', city: 'Cape Town', postalCode: '8001', country: 'South Africa' }, notes: 'Fibre 100/100 lives here' } }, { token });
    expect(added.errors).toBeUndefined();
    const id = added.data.addAddress.id;
    const edited = await api.gql('mutation($i: UpdateAddressInput!) { updateAddress(input: $i) { label version address { line1 city } } }', { i: { id, expectedVersion: 1, label: 'Head office', address: { city: 'Bellville' } } }, { token });
    expect(edited.data.updateAddress).toEqual({ label: 'Head office', version: 2, address: { line1: '12 Long Street', city: 'Bellville' } });
    const stale = await api.gql('mutation($i: UpdateAddressInput!) { updateAddress(input: $i) { label } }', { i: { id, expectedVersion: 1, label: 'x' } }, { token });
    expect(codes(stale)).toEqual(['CONFLICT']);
    await api.gql('mutation($id: ID!) { removeAddress(id: $id) }', { id }, { token });
    const list = await api.gql('query($id: ID!) { customer(id: $id) { addresses { id } } }', { id: c.id }, { token });
    expect(list.data.customer.addresses).toEqual([]);
    const actions = await api.db.query('SELECT action, field FROM audit_entry WHERE customer_id = $1 ORDER BY id', [c.id]);
    expect(actions).toEqual([
      { action: 'address.add', field: null },
      { action: 'address.update', field: 'label' },
      { action: 'address.update', field: 'address.city' },
      { action: 'address.remove', field: null },
    ]);
  });

  it('needs at least a street and a city', async () => {
    const c = await makeCustomer(api.db);
    const r = await api.gql(ADD_ADDRESS, { i: { customerId: c.id, label: 'Empty', kind: 'HOME', address: {} } }, { token });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});
