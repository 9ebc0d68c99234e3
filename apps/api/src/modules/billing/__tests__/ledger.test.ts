import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeUser } from '../../../testing/factories';
import { billing, key } from './helpers';

let api: TestApi;
let token: string;
let b: ReturnType<typeof billing>;

beforeAll(async () => {
  api = await startTestApi();
  token = (await makeUser(api.db, 'admin')).token;
  b = billing(api, token);
});
afterAll(() => api.teardown());

const stateOf = async (id: string) => (await api.db.query('SELECT state, number FROM invoice WHERE id = $1', [id]))[0];

describe('invoice states', () => {
  it('DRAFT → APPROVED → SENT; approval fixes the number, the due date and a snapshot of the customer', async () => {
    const c = await makeCustomer(api.db, { name: 'Thandi Ndlovu', vatNumber: '4001234567' });
    await b.charge(c.id, 49900, { kind: 'RECURRING', description: 'Fibre 50/50', periodStart: '2026-01-01', periodEnd: '2026-01-31' });
    await b.charge(c.id, 1500, { kind: 'USAGE', description: 'Calls', quantityMilli: 2500 }); // 2.5 × 15.00
    const inv = await b.invoice(c.id, { invoiceDate: '2026-01-01' });
    expect(inv).toMatchObject({ state: 'DRAFT', totalCents: Math.round(49900 * 1.15) + Math.round(3750 * 1.15) });
    const approved = await b.approve(inv.id);
    expect(approved).toMatchObject({ state: 'APPROVED', dueDate: '2026-01-31', snapshot: { name: 'Thandi Ndlovu', vatNumber: '4001234567', physicalAddress: '1 Main Road, Cape Town, South Africa' } });
    expect(approved.number).toMatch(/^INV\d{6}$/);
    // The snapshot stays as it was when the customer changes.
    await api.db.query(`UPDATE customer SET name = 'Thandi Mokoena' WHERE id = $1`, [c.id]);
    const again = await b.run('query($id: ID!) { customer(id: $id) { invoices { id snapshot { name } lines { kind totalCents } } } }', { id: c.id });
    expect(again.customer.invoices[0].snapshot.name).toBe('Thandi Ndlovu');
    expect(again.customer.invoices[0].lines.map((l: any) => l.kind).sort()).toEqual(['RECURRING', 'USAGE']);
    const sent = await b.run('mutation($id: ID!) { markInvoiceSent(id: $id) { state number } }', { id: inv.id });
    expect(sent.markInvoiceSent).toEqual({ state: 'SENT', number: approved.number });
  });

  it("an invoice's own due date overrides the terms", async () => {
    const c = await makeCustomer(api.db);
    await b.charge(c.id, 1000);
    const inv = await b.invoice(c.id, { invoiceDate: '2026-02-01', dueDate: '2026-02-10' });
    expect((await b.approve(inv.id)).dueDate).toBe('2026-02-10');
  });

  it('only a draft can be voided (its charges go back to pending); approving twice is CONFLICT', async () => {
    const c = await makeCustomer(api.db);
    await b.charge(c.id, 1000);
    const draft = await b.invoice(c.id);
    const voided = await api.gql('mutation($id: ID!) { voidInvoice(id: $id) { state totalCents } }', { id: draft.id }, { token });
    expect(voided.data.voidInvoice).toEqual({ state: 'VOID', totalCents: 0 });
    const [{ n }] = await api.db.query('SELECT count(*)::int n FROM invoice_line WHERE customer_id = $1 AND invoice_id IS NULL', [c.id]);
    expect(n).toBe(1);
    const inv = await b.invoice(c.id);
    await b.approve(inv.id);
    const v = await api.gql('mutation($id: ID!) { voidInvoice(id: $id) { state } }', { id: inv.id }, { token });
    expect(codes(v)).toEqual(['CONFLICT']);
    const twice = await api.gql('mutation($i: ApproveInvoiceInput!) { approveInvoice(input: $i) { id } }', { i: { id: inv.id, idempotencyKey: key() } }, { token });
    expect(codes(twice)).toEqual(['CONFLICT']);
    const none = await api.gql('mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }', { i: { customerId: c.id, idempotencyKey: key() } }, { token });
    expect(none.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'customerId' });
  });
});

describe('generate and approve', () => {
  it('a draft of the pending one-off charges; approving all drafts numbers them in date order; billing:run only', async () => {
    const c = await makeCustomer(api.db);
    await b.charge(c.id, 1000, { description: 'Installation' });
    await b.charge(c.id, 2000, { description: 'Router', quantityMilli: 2000 });
    const first = await b.invoice(c.id, { invoiceDate: '2026-03-01' });
    expect(first).toMatchObject({ state: 'DRAFT', totalCents: Math.round(5000 * 1.15) });
    await b.charge(c.id, 3000);
    const second = await b.invoice(c.id, { invoiceDate: '2026-04-01' });
    const support = (await makeUser(api.db, 'support')).token;
    const doc = 'mutation($i: ApproveAllDraftsInput!) { approveAllDrafts(input: $i) { id number state invoiceDate } }';
    const refused = await api.gql(doc, { i: { customerId: c.id, idempotencyKey: key() } }, { token: support });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const r = await b.run(doc, { i: { customerId: c.id, idempotencyKey: key() } });
    const byId = new Map(r.approveAllDrafts.map((i: any) => [i.id, i]));
    const [n1, n2] = [first.id, second.id].map((id) => (byId.get(id) as any).number);
    expect((byId.get(first.id) as any).state).toBe('APPROVED');
    expect(Number(n2.slice(3))).toBe(Number(n1.slice(3)) + 1);
    expect(await b.balance(c.id)).toBe(Math.round(5000 * 1.15) + Math.round(3000 * 1.15));
    const none = await api.gql(doc, { i: { customerId: c.id, idempotencyKey: key() } }, { token });
    expect(codes(none)).toEqual(['CONFLICT']);
  });
});

describe('the database keeps approved invoices as they were', () => {
  it('refuses UPDATE and DELETE of an approved invoice and its lines, and new lines on it; allows APPROVED → SENT only', async () => {
    const c = await makeCustomer(api.db);
    await b.charge(c.id, 1000);
    const inv = await b.invoice(c.id);
    await b.approve(inv.id);
    await expect(api.db.query('UPDATE invoice SET total_cents = 1 WHERE id = $1', [inv.id])).rejects.toThrow(/cannot be changed/);
    await expect(api.db.query('DELETE FROM invoice WHERE id = $1', [inv.id])).rejects.toThrow(/cannot be changed or deleted/);
    await expect(api.db.query('UPDATE invoice_line SET unit_price_cents = 1 WHERE invoice_id = $1', [inv.id])).rejects.toThrow(/approved invoice/);
    await expect(api.db.query('DELETE FROM invoice_line WHERE invoice_id = $1', [inv.id])).rejects.toThrow(/approved invoice/);
    await expect(
      api.db.query(`INSERT INTO invoice_line (customer_id, invoice_id, kind, description, unit_price_cents, vat_rate_bp, net_cents, vat_cents, total_cents) VALUES ($1, $2, 'one_off', 'x', 1, 0, 1, 0, 1)`, [c.id, inv.id]),
    ).rejects.toThrow(/no new lines/);
    // Sending changes the state and nothing else.
    await expect(api.db.query(`UPDATE invoice SET state = 'sent', sent_at = now(), total_cents = 2 WHERE id = $1`, [inv.id])).rejects.toThrow(/cannot be changed/);
    await api.db.query(`UPDATE invoice SET state = 'sent', sent_at = now() WHERE id = $1`, [inv.id]);
    await expect(api.db.query(`UPDATE invoice SET state = 'approved' WHERE id = $1`, [inv.id])).rejects.toThrow(/cannot be changed/);
    expect((await stateOf(inv.id)).state).toBe('sent');
    await expect(api.db.query('DELETE FROM payment WHERE customer_id = $1', [c.id])).resolves.toBeDefined(); // none to delete
    const p = await b.pay(c.id, 100);
    await expect(api.db.query('DELETE FROM payment WHERE id = $1', [p.id])).rejects.toThrow(/never changed or deleted/);
    await expect(api.db.query('UPDATE allocation SET amount_cents = 0 WHERE customer_id = $1', [c.id])).rejects.toThrow(/never changed or deleted/);
  });

  it('lets a customer be deleted with its whole ledger (data protection)', async () => {
    const c = await makeCustomer(api.db);
    await b.charge(c.id, 1000);
    await b.approve((await b.invoice(c.id)).id);
    await b.pay(c.id, 500);
    await api.db.query('DELETE FROM customer WHERE id = $1', [c.id]);
    const [{ n }] = await api.db.query('SELECT (SELECT count(*) FROM invoice WHERE customer_id = $1) + (SELECT count(*) FROM payment WHERE customer_id = $1) AS n', [c.id]);
    expect(Number(n)).toBe(0);
  });
});

describe('invoice numbers', () => {
  it('are gapless per brand, however many approvals run at once', async () => {
    const brand = `Brand ${key().slice(0, 8)}`;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const c = await makeCustomer(api.db);
      await api.db.query('UPDATE billing_account SET bill_style = $2 WHERE customer_id = $1', [c.id, brand]);
      await b.charge(c.id, 1000 + i);
      ids.push((await b.invoice(c.id)).id);
    }
    const results = await Promise.all(ids.map((id) => api.gql('mutation($i: ApproveInvoiceInput!) { approveInvoice(input: $i) { number } }', { i: { id, idempotencyKey: key() } }, { token })));
    expect(results.every((r) => !r.errors)).toBe(true);
    const numbers = results.map((r) => r.data.approveInvoice.number).sort();
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => `INV${String(i + 1).padStart(6, '0')}`));
    // Another brand starts at 1 of its own.
    const other = await makeCustomer(api.db);
    await api.db.query('UPDATE billing_account SET bill_style = $2 WHERE customer_id = $1', [other.id, `${brand} UK`]);
    await b.charge(other.id, 1000);
    expect((await b.approve((await b.invoice(other.id)).id)).number).toBe('INV000001');
  });
});

describe('idempotency', () => {
  it('50 identical payments sent at once write exactly one row and all answer with it', async () => {
    const c = await makeCustomer(api.db);
    const idempotencyKey = key();
    const doc = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id amountCents } }';
    const input = { customerId: c.id, method: 'EFT', reference: 'Same', amountCents: 12345, idempotencyKey };
    const results = await Promise.all(Array.from({ length: 50 }, () => api.gql(doc, { i: input }, { token })));
    expect(results.map((r) => r.errors)).toEqual(Array(50).fill(undefined));
    expect(new Set(results.map((r) => r.data.recordPayment.id)).size).toBe(1);
    const [{ n, audits }] = await api.db.query(
      `SELECT (SELECT count(*) FROM payment WHERE customer_id = $1)::int n, (SELECT count(*) FROM audit_entry WHERE customer_id = $1 AND action = 'payment.record')::int audits`,
      [c.id],
    );
    expect({ n, audits }).toEqual({ n: 1, audits: 1 });
    expect(await b.balance(c.id)).toBe(-12345);
  });

  it('a key reused for something else is CONFLICT; every money mutation replays its first result', async () => {
    const c = await makeCustomer(api.db);
    const k = key();
    const first = await b.run('mutation($i: AddAdjustmentInput!) { addAdjustment(input: $i) { id } }', { i: { customerId: c.id, amountCents: 700, reason: 'Late fee', idempotencyKey: k } });
    const again = await b.run('mutation($i: AddAdjustmentInput!) { addAdjustment(input: $i) { id } }', { i: { customerId: c.id, amountCents: 700, reason: 'Late fee', idempotencyKey: k } });
    expect(again.addAdjustment.id).toBe(first.addAdjustment.id);
    const misuse = await api.gql('mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }', { i: { customerId: c.id, method: 'CASH', reference: 'x', amountCents: 1, idempotencyKey: k } }, { token });
    expect(misuse.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    const short = await api.gql('mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }', { i: { customerId: c.id, method: 'CASH', reference: 'x', amountCents: 1, idempotencyKey: 'x' } }, { token });
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(await b.balance(c.id)).toBe(700);
    const cn = { customerId: c.id, amountCents: 200, reason: 'Goodwill', idempotencyKey: key() };
    const n1 = await b.run('mutation($i: IssueCreditNoteInput!) { issueCreditNote(input: $i) { id } }', { i: cn });
    const n2 = await b.run('mutation($i: IssueCreditNoteInput!) { issueCreditNote(input: $i) { id } }', { i: cn });
    expect(n2.issueCreditNote.id).toBe(n1.issueCreditNote.id);
    expect(await b.balance(c.id)).toBe(500);
  });
});

describe('the derived balance', () => {
  it('= opening + approved invoices − payments − credit notes ± adjustments, on the profile and in the list', async () => {
    const c = await makeCustomer(api.db, { balanceCents: 10000 }); // carried over from the old system
    expect(await b.balance(c.id)).toBe(10000);
    await b.charge(c.id, 20000);
    const draft = await b.invoice(c.id);
    expect(await b.balance(c.id)).toBe(10000); // drafts do not count
    await b.approve(draft.id);
    expect(await b.balance(c.id)).toBe(33000);
    await b.pay(c.id, 5000);
    await b.run('mutation($i: IssueCreditNoteInput!) { issueCreditNote(input: $i) { id } }', { i: { customerId: c.id, invoiceId: draft.id, amountCents: 2300, reason: 'Outage', idempotencyKey: key() } });
    await b.run('mutation($i: AddAdjustmentInput!) { addAdjustment(input: $i) { id } }', { i: { customerId: c.id, amountCents: -700, reason: 'Rounding', idempotencyKey: key() } });
    expect(await b.balance(c.id)).toBe(10000 + 23000 - 5000 - 2300 - 700);
    const list = await b.run('query($s: String) { customers(first: 5, filter: { search: $s }) { edges { node { id balance { cents } } } } }', { s: c.accountNumber });
    expect(list.customers.edges[0].node.balance.cents).toBe(25000);
  });
});
