import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeUser } from '../../../testing/factories';

let api: TestApi;
let author: string;
let colleague: string;
let technical: string;
let admin: string;

beforeAll(async () => {
  api = await startTestApi();
  author = (await makeUser(api.db, 'support')).token;
  colleague = (await makeUser(api.db, 'support')).token;
  technical = (await makeUser(api.db, 'technical')).token;
  admin = (await makeUser(api.db, 'admin')).token;
});
afterAll(() => api.teardown());

const NOTE = 'id body category popup editedAt writtenByMe';

async function addNote(token: string, opts: { popup?: boolean; body?: string } = {}) {
  const c = await makeCustomer(api.db);
  const r = await api.gql(`mutation($c: ID!, $b: String!, $p: Boolean) { addNote(input: { customerId: $c, body: $b, category: OTHER, popup: $p }) { ${NOTE} } }`, { c: c.id, b: opts.body ?? 'Call after 5pm', p: opts.popup ?? false }, { token });
  expect(r.errors).toBeUndefined();
  return { customerId: c.id, note: r.data.addNote };
}

const edit = (token: string, id: string, body: string) =>
  api.gql(`mutation($id: ID!, $b: String!) { editNote(input: { id: $id, body: $b, category: BILLING }) { ${NOTE} } }`, { id, b: body }, { token });
const audits = (customerId: string) =>
  api.db.query('SELECT action, field, old_value, new_value FROM audit_entry WHERE customer_id = $1 ORDER BY id', [customerId]);
const bodyOf = async (id: string) => (await api.db.query('SELECT body FROM customer_note WHERE id = $1', [id]))[0]?.body;

describe('editNote', () => {
  it('lets the author correct a fresh note; the audit keeps the old text', async () => {
    const { customerId, note } = await addNote(author, { body: 'Call after 5om' });
    expect(note).toMatchObject({ writtenByMe: true, editedAt: null });
    const r = await edit(author, note.id, 'Call after 5pm');
    expect(r.errors).toBeUndefined();
    expect(r.data.editNote).toMatchObject({ body: 'Call after 5pm', category: 'BILLING' });
    expect(Date.now() - Date.parse(r.data.editNote.editedAt)).toBeLessThan(60_000);
    expect((await audits(customerId)).slice(1)).toEqual([
      { action: 'note.edit', field: 'body', old_value: 'Call after 5om', new_value: 'Call after 5pm' },
      { action: 'note.edit', field: 'category', old_value: 'other', new_value: 'billing' },
    ]);
  });

  it('refuses a colleague, and the author after 15 minutes, with a clear FORBIDDEN; nothing changes', async () => {
    const { customerId, note } = await addNote(author);
    const byColleague = await edit(colleague, note.id, 'Hijacked');
    expect(codes(byColleague)).toEqual(['FORBIDDEN']);
    expect(byColleague.errors![0].message).toMatch(/Only the author can edit a note/);

    await api.db.query(`UPDATE customer_note SET created_at = now() - interval '16 minutes' WHERE id = $1`, [note.id]);
    const late = await edit(author, note.id, 'Too late');
    expect(codes(late)).toEqual(['FORBIDDEN']);
    expect(late.errors![0].message).toBe('A note can be edited for 15 minutes after it is written; add a new note instead');
    expect(await bodyOf(note.id)).toBe('Call after 5pm');
    expect(await audits(customerId)).toHaveLength(1); // the add only
  });

  it('refuses an empty or over-long text in plain words', async () => {
    const { note } = await addNote(author);
    const empty = await edit(author, note.id, '');
    expect(empty.errors![0]).toMatchObject({ message: 'Note cannot be empty', extensions: { code: 'BAD_USER_INPUT', field: 'body' } });
    const long = await edit(author, note.id, 'x'.repeat(4001));
    expect(long.errors![0]).toMatchObject({ message: 'Note can be at most 4000 characters', extensions: { code: 'BAD_USER_INPUT', field: 'body' } });
  });
});

describe('removeNote', () => {
  it('needs notes:moderate; an admin removes a note and the audit row keeps its text', async () => {
    const { customerId, note } = await addNote(author, { body: 'Wrong customer: meant for SL000123' });
    const byAuthor = await api.gql('mutation($id: ID!) { removeNote(id: $id) }', { id: note.id }, { token: author });
    expect(codes(byAuthor)).toEqual(['FORBIDDEN']);
    expect(await bodyOf(note.id)).toBe('Wrong customer: meant for SL000123');

    const r = await api.gql('mutation($id: ID!) { removeNote(id: $id) }', { id: note.id }, { token: admin });
    expect(r.data.removeNote).toBe(note.id);
    expect(await bodyOf(note.id)).toBeUndefined();
    const [, removed] = await audits(customerId);
    expect(removed.action).toBe('note.remove');
    expect(JSON.parse(removed.new_value)).toMatchObject({ body: 'Wrong customer: meant for SL000123', authorName: 'support tester' });
  });
});

describe('stopping a pop-up', () => {
  const setPopup = (token: string, id: string, popup: boolean) =>
    api.gql('mutation($id: ID!, $p: Boolean!) { setNotePopup(id: $id, popup: $p) { popup } }', { id, p: popup }, { token });

  it("is refused to a colleague without notes:moderate; the author and an admin may", async () => {
    const { note } = await addNote(author, { popup: true });
    const r = await setPopup(technical, note.id, false);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0].message).toBe("Only the note's author or a moderator can stop someone else's pop-up");
    expect((await api.db.query('SELECT popup FROM customer_note WHERE id = $1', [note.id]))[0].popup).toBe(true);

    expect((await setPopup(author, note.id, false)).data.setNotePopup.popup).toBe(false);
    // Anyone who writes notes may raise the alert again; an admin may silence anyone's.
    expect((await setPopup(technical, note.id, true)).data.setNotePopup.popup).toBe(true);
    expect((await setPopup(admin, note.id, false)).data.setNotePopup.popup).toBe(false);
  });
});

describe('dismissPopupNote', () => {
  const popups = async (customerId: string, token: string) =>
    (await api.gql('query($id: ID!) { customer(id: $id) { popupNotes { id } } }', { id: customerId }, { token })).data.customer.popupNotes.map((n: any) => n.id);
  const dismiss = (token: string, id: string) => api.gql('mutation($id: ID!) { dismissPopupNote(noteId: $id) { id popup } }', { id }, { token });

  it('hides the pop-up for the person who dismissed it only, stays dismissed, and is audited once', async () => {
    const { customerId, note } = await addNote(author, { popup: true });
    expect(await popups(customerId, colleague)).toEqual([note.id]);
    const r = await dismiss(colleague, note.id);
    expect(r.errors).toBeUndefined();
    expect(r.data.dismissPopupNote).toEqual({ id: note.id, popup: true });
    expect((await dismiss(colleague, note.id)).errors).toBeUndefined(); // again: no change
    expect(await popups(customerId, colleague)).toEqual([]);
    expect(await popups(customerId, author)).toEqual([note.id]);
    expect(await popups(customerId, technical)).toEqual([note.id]);
    const dismissals = (await audits(customerId)).filter((a: any) => a.action === 'note.dismiss');
    expect(dismissals).toHaveLength(1);
  });

  it('flagging the note again alerts everyone again', async () => {
    const { customerId, note } = await addNote(author, { popup: true });
    await dismiss(colleague, note.id);
    await api.gql('mutation($id: ID!) { setNotePopup(id: $id, popup: false) { id } }', { id: note.id }, { token: author });
    await api.gql('mutation($id: ID!) { setNotePopup(id: $id, popup: true) { id } }', { id: note.id }, { token: author });
    expect(await popups(customerId, colleague)).toEqual([note.id]);
  });

  it('answers NOT_FOUND for a missing note, and FORBIDDEN for an API token (no person to remember it for)', async () => {
    expect(codes(await dismiss(colleague, '3c0d7a52-0000-4000-8000-000000000000'))).toEqual(['NOT_FOUND']);
    const created = await api.gql('mutation { createApiToken(input: { name: "Helpdesk bridge", role: "support" }) { token } }', {}, { token: admin });
    const apiToken = created.data.createApiToken.token;
    const { customerId, note } = await addNote(author, { popup: true });
    expect(await popups(customerId, apiToken)).toEqual([note.id]);
    const r = await dismiss(apiToken, note.id);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect((await api.db.query('SELECT count(*)::int AS n FROM popup_note_dismissal WHERE note_id = $1', [note.id]))[0].n).toBe(0);
  });
});
