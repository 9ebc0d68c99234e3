import { systemContext, type RequestContext } from '../request-context';
import { currentManager, inTransaction } from '../transaction';
import { startTestApi, type TestApi } from '../../testing/harness';
import { makeCustomer } from '../../testing/factories';
import { addContact } from '../../modules/contacts/contact.service';
import { createCustomer } from '../../modules/customers/customer.service';
import { addNote } from '../../modules/notes/note.service';
import { NoteCategory } from '../../modules/notes/customer-note.entity';

let api: TestApi;
let ctx: RequestContext;
beforeAll(async () => {
  api = await startTestApi();
  // Services take a request context, not a GraphQL one: a job or a bulk action builds its own.
  ctx = systemContext(api.db, 'job:test');
});
afterAll(() => api.teardown());

const count = async (sql: string, params: unknown[]) => (await api.db.query(sql, params))[0].n as number;

test('several services in one unit of work commit together, with their audit rows', async () => {
  const customer = await makeCustomer(api.db);
  await inTransaction(api.db, async () => {
    await addNote(ctx, { customerId: customer.id, body: 'Final bill requested', category: NoteCategory.ACCOUNT });
    await addContact(ctx, { customerId: customer.id, name: 'Estate executor' });
  });
  expect(await count('SELECT count(*)::int AS n FROM customer_note WHERE customer_id = $1', [customer.id])).toBe(1);
  expect(await count('SELECT count(*)::int AS n FROM contact WHERE customer_id = $1', [customer.id])).toBe(1);
  const actions = await api.db.query(`SELECT action, client FROM audit_entry WHERE customer_id = $1 ORDER BY id`, [customer.id]);
  expect(actions).toEqual([
    { action: 'note.add', client: 'job:test' },
    { action: 'contact.add', client: 'job:test' },
  ]);
});

test('a failure half-way through a unit of work loses every change in it, audit included', async () => {
  const customer = await makeCustomer(api.db);
  await expect(
    inTransaction(api.db, async () => {
      await addNote(ctx, { customerId: customer.id, body: 'Will be rolled back', category: NoteCategory.OTHER });
      await addContact(ctx, { customerId: customer.id, name: 'Rolled back too' });
      throw new Error('the third step failed');
    }),
  ).rejects.toThrow('third step');
  expect(await count('SELECT count(*)::int AS n FROM customer_note WHERE customer_id = $1', [customer.id])).toBe(0);
  expect(await count('SELECT count(*)::int AS n FROM contact WHERE customer_id = $1', [customer.id])).toBe(0);
  expect(await count('SELECT count(*)::int AS n FROM audit_entry WHERE customer_id = $1', [customer.id])).toBe(0);
});

test('reads inside a unit of work see its own writes (the scoped helper joins the transaction)', async () => {
  await inTransaction(api.db, async (em) => {
    const created = await createCustomer(ctx, { name: 'Karoo Farm Stall' });
    // Not committed yet: invisible from outside, visible to a service inside.
    expect(await count('SELECT count(*)::int AS n FROM customer WHERE id = $1', [created.id])).toBe(0);
    expect(currentManager(api.db)).toBe(em);
    const note = await addNote(ctx, { customerId: created.id, body: 'Welcome call done', category: NoteCategory.ACCOUNT });
    expect(note.customerId).toBe(created.id);
  });
});
