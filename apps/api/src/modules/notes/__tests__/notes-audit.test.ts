import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeNote, makeUser } from '../../../testing/factories';

let api: TestApi;
let support: string;
let admin: string;

beforeAll(async () => {
  api = await startTestApi();
  support = (await makeUser(api.db, 'support')).token;
  admin = (await makeUser(api.db, 'admin')).token;
});
afterAll(() => api.teardown());

describe('notes', () => {
  it('signs a note with the author and time, and a pop-up note shows in popupNotes until unflagged', async () => {
    const c = await makeCustomer(api.db);
    const added = await api.gql('mutation($c: ID!) { addNote(input: { customerId: $c, body: "Do not suspend: dispute open", category: BILLING, popup: true }) { id authorName createdAt popup category } }', { c: c.id }, { token: support });
    expect(added.errors).toBeUndefined();
    expect(added.data.addNote).toMatchObject({ authorName: 'support tester', popup: true, category: 'BILLING' });
    expect(Date.now() - Date.parse(added.data.addNote.createdAt)).toBeLessThan(60_000);
    const popups = () => api.gql('query($id: ID!) { customer(id: $id) { popupNotes { id } } }', { id: c.id }, { token: support });
    expect((await popups()).data.customer.popupNotes).toEqual([{ id: added.data.addNote.id }]);
    const off = await api.gql('mutation($id: ID!) { setNotePopup(id: $id, popup: false) { popup } }', { id: added.data.addNote.id }, { token: support });
    expect(off.data.setNotePopup.popup).toBe(false);
    expect((await popups()).data.customer.popupNotes).toEqual([]);
    const audit = await api.db.query('SELECT action, field, old_value, new_value FROM audit_entry WHERE customer_id = $1 ORDER BY id', [c.id]);
    expect(audit.map((a: any) => a.action)).toEqual(['note.add', 'note.popup']);
    expect(audit[1]).toMatchObject({ field: 'popup', old_value: 'true', new_value: 'false' });
  });

  it('notes(first: N) gives the latest N per customer, newest first, for many customers in one query', async () => {
    const a = await makeCustomer(api.db);
    const b = await makeCustomer(api.db);
    for (let i = 0; i < 5; i++) {
      await makeNote(api.db, a.id, { body: `a${i}`, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
      await makeNote(api.db, b.id, { body: `b${i}`, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    }
    const r = await api.gql('query($a: ID!, $b: ID!) { a: customer(id: $a) { notes(first: 3) { body } } b: customer(id: $b) { notes(first: 2) { body } } }', { a: a.id, b: b.id }, { token: support });
    expect(r.data.a.notes.map((n: any) => n.body)).toEqual(['a4', 'a3', 'a2']);
    expect(r.data.b.notes.map((n: any) => n.body)).toEqual(['b4', 'b3']);
  });

  it('rejects an empty note', async () => {
    const c = await makeCustomer(api.db);
    const r = await api.gql('mutation($c: ID!) { addNote(input: { customerId: $c, body: "", category: OTHER }) { id } }', { c: c.id }, { token: support });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });
});

describe('audit trail', () => {
  it('pages through every change, newest first, with who, when and from which client', async () => {
    const c = await makeCustomer(api.db);
    for (let i = 0; i < 5; i++) {
      await api.gql('mutation($c: ID!, $b: String!) { addNote(input: { customerId: $c, body: $b, category: OTHER }) { id } }', { c: c.id, b: `n${i}` }, { token: support });
    }
    const Q = 'query($id: ID!, $a: String) { customer(id: $id) { auditTrail(first: 2, after: $a) { pageInfo { hasNextPage endCursor } edges { node { action actionLabel actorName actorKind client at newValue } } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: any = await api.gql(Q, { id: c.id, a: after }, { token: admin });
      expect(r.errors).toBeUndefined();
      for (const { node } of r.data.customer.auditTrail.edges) {
        expect(node).toMatchObject({ action: 'note.add', actionLabel: 'Note added', actorName: 'support tester', actorKind: 'STAFF', client: 'api' });
        seen.push(JSON.parse(node.newValue).body);
      }
      after = r.data.customer.auditTrail.pageInfo.hasNextPage ? r.data.customer.auditTrail.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['n4', 'n3', 'n2', 'n1', 'n0']);
  });

  it('records the web client for cookie sessions and the token name for API tokens', async () => {
    const c = await makeCustomer(api.db);
    const login = await api.gql(`mutation { login(email: "${(await makeUser(api.db, 'support', { email: 'web-user@test.sightline.test' })).user.email}", password: "correct-horse-battery") { token } }`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    await api.gql('mutation($c: ID!) { addNote(input: { customerId: $c, body: "via web", category: OTHER }) { id } }', { c: c.id }, { cookie });
    const [row] = await api.db.query('SELECT client, actor_name FROM audit_entry WHERE customer_id = $1', [c.id]);
    expect(row).toEqual({ client: 'web', actor_name: 'support tester' });
  });

  it('rejects a forged cursor', async () => {
    const c = await makeCustomer(api.db);
    const r = await api.gql('query($id: ID!) { customer(id: $id) { auditTrail(after: "1; drop table") { pageInfo { hasNextPage } } } }', { id: c.id }, { token: admin });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});
