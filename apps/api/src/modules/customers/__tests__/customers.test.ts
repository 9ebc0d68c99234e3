import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer, makeUser } from '../../../testing/factories';
import { countCustomersUpTo } from '../customer.service';
import { getPlainMany } from '../../../kernel/db/plain-rows';
import { CustomerEntity } from '../customer.entity';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = (await makeUser(api.db, 'admin')).token;
});
afterAll(() => api.teardown());

const CREATE = 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id accountNumber name status accountDetails { emails version } } }';
const UPDATE = 'mutation($i: UpdateAccountDetailsInput!) { updateAccountDetails(input: $i) { id accountDetails { name emails phone version physicalAddress { line1 city } } } }';
const auditCount = async (customerId: string) => (await api.db.query('SELECT count(*)::int AS n FROM audit_entry WHERE customer_id = $1', [customerId]))[0].n;

describe('createCustomer', () => {
  it('generates a unique account number and audits the creation', async () => {
    const a = await api.gql(CREATE, { i: { name: 'Themba Nkosi', emails: ['themba@example.co.za'] } }, { token });
    const b = await api.gql(CREATE, { i: { name: 'Sarah Jones' } }, { token });
    expect(a.errors).toBeUndefined();
    expect(a.data.createCustomer.accountNumber).toMatch(/^SL\d{6}$/);
    expect(b.data.createCustomer.accountNumber).not.toBe(a.data.createCustomer.accountNumber);
    expect(a.data.createCustomer).toMatchObject({ status: 'ACTIVE', accountDetails: { emails: ['themba@example.co.za'], version: 1 } });
    const [row] = await api.db.query('SELECT action, actor_name, client FROM audit_entry WHERE customer_id = $1', [a.data.createCustomer.id]);
    expect(row).toEqual({ action: 'customer.create', actor_name: 'admin tester', client: 'api' });
  });

  it('skips generated numbers someone already took by override', async () => {
    const [{ next }] = await api.db.query(`SELECT 'SL' || (last_value + 1) AS next FROM customer_account_number_seq`);
    await api.gql(CREATE, { i: { name: 'Takes the next number', accountNumber: next } }, { token });
    const r = await api.gql(CREATE, { i: { name: 'Generated' } }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data.createCustomer.accountNumber).not.toBe(next);
  });

  it('accepts an overriding account number, and a duplicate is CONFLICT that creates nothing', async () => {
    const ok = await api.gql(CREATE, { i: { name: 'Own Number', accountNumber: 'ACME-0001' } }, { token });
    expect(ok.data.createCustomer.accountNumber).toBe('ACME-0001');
    const before = (await api.db.query('SELECT count(*)::int AS n FROM customer'))[0].n;
    const dup = await api.gql(CREATE, { i: { name: 'Copycat', accountNumber: 'ACME-0001' } }, { token });
    expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'accountNumber' });
    expect((await api.db.query('SELECT count(*)::int AS n FROM customer'))[0].n).toBe(before);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'X', emails: ['not-an-email'] }, 'emails'],
    [{ name: 'X', phone: 'call me maybe' }, 'phone'],
    [{ name: 'X', latitude: 123 }, 'latitude'],
    [{ name: 'X', accountNumber: 'has spaces!' }, 'accountNumber'],
    [{ name: 'X', physicalAddress: { postalCode: 'x'.repeat(40) } }, 'physicalAddress.postalCode'],
    [{ name: 'X', emails: Array.from({ length: 11 }, (_, i) => `a${i}@example.com`) }, 'emails'],
  ])('rejects bad input %j naming the field %s', async (input, field) => {
    const before = (await api.db.query('SELECT count(*)::int AS n FROM customer'))[0].n;
    const r = await api.gql(CREATE, { i: input }, { token });
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await api.db.query('SELECT count(*)::int AS n FROM customer'))[0].n).toBe(before);
  });

  it('rejects an unknown enum value as BAD_USER_INPUT', async () => {
    const r = await api.gql(CREATE, { i: { name: 'X', status: 'ASLEEP' } }, { token });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('updateAccountDetails', () => {
  it.each([
    [{ name: 'x'.repeat(201) }, 'name', 'Name can be at most 200 characters'],
    [{ name: '' }, 'name', 'Name cannot be empty'],
    [{ companyName: 'x'.repeat(201) }, 'companyName', 'Company can be at most 200 characters'],
    [{ latitude: 200 }, 'latitude', 'Latitude must be between -90 and 90'],
    [{ latitude: -90.5 }, 'latitude', 'Latitude must be between -90 and 90'],
    [{ longitude: 180.000001 }, 'longitude', 'Longitude must be between -180 and 180'],
    [{ vatNumber: '!' }, 'vatNumber', 'VAT number must be 4 to 30 letters, digits, spaces or dashes'],
    [{ physicalAddress: { city: 'x'.repeat(101) } }, 'physicalAddress.city', 'City can be at most 100 characters'],
    [{ emails: ['nope'] }, 'emails', 'Email addresses: each must look like name@example.com'],
  ])('refuses %j as BAD_USER_INPUT on %s, in plain words, and saves nothing', async (fields, field, message) => {
    const c = await makeCustomer(api.db, { latitude: -33.9, longitude: 18.4 });
    const r = await api.gql(UPDATE, { i: { customerId: c.id, expectedVersion: 1, ...fields } }, { token });
    expect(r.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    const [row] = await api.db.query('SELECT name, latitude::float8 AS latitude, longitude::float8 AS longitude, version FROM customer WHERE id = $1', [c.id]);
    expect(row).toEqual({ name: c.name, latitude: -33.9, longitude: 18.4, version: 1 });
    expect(await auditCount(c.id)).toBe(0);
  });

  it('accepts the edges of the coordinate ranges', async () => {
    const c = await makeCustomer(api.db);
    const r = await api.gql('mutation($i: UpdateAccountDetailsInput!) { updateAccountDetails(input: $i) { accountDetails { latitude longitude } } }', { i: { customerId: c.id, expectedVersion: 1, latitude: -90, longitude: 180 } }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data.updateAccountDetails.accountDetails).toEqual({ latitude: -90, longitude: 180 });
  });

  it('changes only what was sent and audits each field with old and new value', async () => {
    const c = await makeCustomer(api.db, { name: 'Old Name', phone: '+27 82 000 0000' });
    const r = await api.gql(UPDATE, { i: { customerId: c.id, expectedVersion: 1, name: 'New Name', emails: ['a@x.co.za', 'b@x.co.za'], physicalAddress: { city: 'Durban' } } }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data.updateAccountDetails.accountDetails).toMatchObject({
      name: 'New Name',
      phone: '+27 82 000 0000',
      version: 2,
      emails: ['a@x.co.za', 'b@x.co.za'],
      physicalAddress: { line1: '1 Main Road', city: 'Durban' },
    });
    const rows = await api.db.query(`SELECT field, old_value, new_value, action FROM audit_entry WHERE customer_id = $1 ORDER BY field`, [c.id]);
    expect(rows).toEqual([
      { field: 'emails', old_value: c.emails.join(', '), new_value: 'a@x.co.za, b@x.co.za', action: 'customer.update' },
      { field: 'name', old_value: 'Old Name', new_value: 'New Name', action: 'customer.update' },
      { field: 'physicalAddress.city', old_value: 'Cape Town', new_value: 'Durban', action: 'customer.update' },
    ]);
  });

  it('clears a field sent as null', async () => {
    const c = await makeCustomer(api.db);
    const r = await api.gql(UPDATE, { i: { customerId: c.id, expectedVersion: 1, phone: null } }, { token });
    expect(r.data.updateAccountDetails.accountDetails.phone).toBeNull();
  });

  it('is CONFLICT on a stale version and changes nothing', async () => {
    const c = await makeCustomer(api.db, { name: 'Version One' });
    await api.gql(UPDATE, { i: { customerId: c.id, expectedVersion: 1, name: 'Version Two' } }, { token });
    const audits = await auditCount(c.id);
    const stale = await api.gql(UPDATE, { i: { customerId: c.id, expectedVersion: 1, name: 'Lost update' } }, { token });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const [row] = await api.db.query('SELECT name, version FROM customer WHERE id = $1', [c.id]);
    expect(row).toEqual({ name: 'Version Two', version: 2 });
    expect(await auditCount(c.id)).toBe(audits);
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const c = await makeCustomer(api.db);
    const results = await Promise.all(
      ['Edit A', 'Edit B', 'Edit C'].map((name) => api.gql(UPDATE, { i: { customerId: c.id, expectedVersion: 1, name } }, { token })),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => codes(r)[0] === 'CONFLICT')).toHaveLength(2);
    const [row] = await api.db.query('SELECT name, version FROM customer WHERE id = $1', [c.id]);
    expect(row).toEqual({ name: winners[0].data.updateAccountDetails.accountDetails.name, version: 2 });
  });

  it('rolls the whole change back when it fails half-way (duplicate account number)', async () => {
    await makeCustomer(api.db, { accountNumber: 'TAKEN-1' });
    const c = await makeCustomer(api.db, { name: 'Before' });
    const r = await api.gql(UPDATE, { i: { customerId: c.id, expectedVersion: 1, name: 'After', accountNumber: 'TAKEN-1' } }, { token });
    expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'accountNumber' });
    const [row] = await api.db.query('SELECT name, version FROM customer WHERE id = $1', [c.id]);
    expect(row).toEqual({ name: 'Before', version: 1 });
    expect(await auditCount(c.id)).toBe(0);
  });

  it('a missing customer is NOT_FOUND', async () => {
    const r = await api.gql(UPDATE, { i: { customerId: '9b2f3c1e-0000-4000-8000-000000000000', expectedVersion: 1, name: 'x' } }, { token });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });
});

describe('customers list', () => {
  const tag = `Qwerty${Date.now()}`;
  let made: { id: string; name: string }[];
  beforeAll(async () => {
    made = [];
    for (let i = 0; i < 7; i++) made.push(await makeCustomer(api.db, { name: `${tag} ${String.fromCharCode(71 - i)}`, status: i % 2 ? ('dropped' as any) : ('active' as any) }));
  });
  const LIST = 'query($f: Int, $a: String, $filter: CustomerFilter) { customers(first: $f, after: $a, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name status } } } }';

  it('walks every page by cursor, in name order, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const r: any = await api.gql(LIST, { f: 3, a: after, filter: { search: tag } }, { token });
      expect(r.data.customers.totalCount).toBe(7);
      seen.push(...r.data.customers.edges.map((e: any) => e.node.name));
      after = r.data.customers.pageInfo.hasNextPage ? r.data.customers.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(made.map((m) => m.name).sort());
  });

  it('pages back with last/before: Previous from page 3 gives page 2 exactly, and page 1 knows it is first', async () => {
    const PAGE = 'query($f: Int, $a: String, $l: Int, $b: String, $s: String) { customers(first: $f, after: $a, last: $l, before: $b, filter: { search: $s }) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { name } } } }';
    const names = (r: any) => r.data.customers.edges.map((e: any) => e.node.name);
    const page1: any = await api.gql(PAGE, { f: 3, s: tag }, { token });
    const page2: any = await api.gql(PAGE, { f: 3, a: page1.data.customers.pageInfo.endCursor, s: tag }, { token });
    const page3: any = await api.gql(PAGE, { f: 3, a: page2.data.customers.pageInfo.endCursor, s: tag }, { token });
    expect(page1.data.customers.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(page3.data.customers.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });

    const back2: any = await api.gql(PAGE, { l: 3, b: page3.data.customers.pageInfo.startCursor, s: tag }, { token });
    expect(back2.errors).toBeUndefined();
    expect(names(back2)).toEqual(names(page2));
    expect(back2.data.customers.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const back1: any = await api.gql(PAGE, { l: 3, b: back2.data.customers.pageInfo.startCursor, s: tag }, { token });
    expect(names(back1)).toEqual(names(page1));
    expect(back1.data.customers.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    // last without before: the end of the list.
    const tail: any = await api.gql(PAGE, { l: 2, s: tag }, { token });
    expect(names(tail)).toEqual(made.map((m) => m.name).sort().slice(-2));
  });

  it('refuses after with before, first with last, and a forged before cursor', async () => {
    const Q = 'query($f: Int, $a: String, $l: Int, $b: String) { customers(first: $f, after: $a, last: $l, before: $b) { edges { cursor } } }';
    const [{ cursor }] = (await api.gql(Q, { f: 1 }, { token })).data.customers.edges;
    expect((await api.gql(Q, { a: cursor, b: cursor }, { token })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
    expect((await api.gql(Q, { f: 2, l: 2 }, { token })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
    expect((await api.gql(Q, { l: 2, b: 'garbage' }, { token })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
    expect((await api.gql(Q, { l: 1000 }, { token })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  });

  it('filters by status', async () => {
    const r = await api.gql(LIST, { f: 50, filter: { search: tag, statuses: ['DROPPED'] } }, { token });
    expect(r.data.customers.edges.map((e: any) => e.node.status)).toEqual(['DROPPED', 'DROPPED', 'DROPPED']);
  });

  it('searches account number, email and phone digits (SmartSearch)', async () => {
    const c = await makeCustomer(api.db, { accountNumber: 'ZX-778899', emails: ['unique.person@findme.example'], phone: '+27 (21) 555-7788' });
    for (const term of ['zx-7788', 'FINDME.example', '215557788']) {
      const r = await api.gql(LIST, { f: 5, filter: { search: term } }, { token });
      expect(r.data.customers.edges.map((e: any) => e.node.id)).toEqual([c.id]);
    }
  });

  it('refuses a search over 100 characters in plain words', async () => {
    const r = await api.gql(LIST, { f: 5, filter: { search: 'x'.repeat(101) } }, { token });
    expect(r.errors![0]).toMatchObject({ message: 'Search can be at most 100 characters', extensions: { code: 'BAD_USER_INPUT', field: 'search' } });
  });

  it('treats LIKE wildcards in a search as text', async () => {
    const r = await api.gql(LIST, { f: 5, filter: { search: '%' } }, { token });
    expect(r.data.customers.totalCount).toBe(0);
  });

  it('customer(id) of a missing customer is null with a NOT_FOUND error; customers(first: null) uses the default page', async () => {
    const missing = await api.gql('{ customer(id: "6f1c2d3e-0000-4000-8000-000000000000") { id } }', {}, { token });
    expect(missing.data).toEqual({ customer: null });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    const r = await api.gql('query($f: Int) { customers(first: $f) { edges { cursor } } }', { f: null }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data.customers.edges.length).toBeGreaterThan(0);
    expect(r.data.customers.edges.length).toBeLessThanOrEqual(25);
  });

  it('caps the page size and rejects a forged cursor', async () => {
    expect((await api.gql(LIST, { f: 1000 }, { token })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await api.gql(LIST, { f: 5, a: 'garbage' }, { token })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('has a trigram index on the stored search text, and a name-prefix index for 1-2 letter terms', async () => {
    const plans = await api.db.transaction(async (em) => {
      // On a tiny table the planner prefers a scan; with scans off it must find the index.
      await em.query('SET LOCAL enable_seqscan = off');
      return [
        await em.query(`EXPLAIN (FORMAT JSON) SELECT id FROM customer WHERE search_text LIKE '%qwerty%'`),
        await em.query(`EXPLAIN (FORMAT JSON) SELECT id FROM customer WHERE lower(name) LIKE 'qw%'`),
      ];
    });
    expect(JSON.stringify(plans[0])).toContain('customer_search_trgm');
    expect(JSON.stringify(plans[1])).toContain('customer_name_prefix');
  });

  it('keeps the stored search text in step with the customer (name, account number, emails, phone digits)', async () => {
    const c = await makeCustomer(api.db, { name: 'Stored Text', accountNumber: 'ST-1', emails: ['a@b.example'], phone: '+27 (21) 555-0000' });
    await api.db.query(`UPDATE customer SET name = 'Renamed Person' WHERE id = $1`, [c.id]);
    const [{ search_text }] = await api.db.query('SELECT search_text FROM customer WHERE id = $1', [c.id]);
    expect(search_text).toContain('renamed person');
    expect(search_text).toContain('st-1');
    expect(search_text).toContain('a@b.example');
    expect(search_text).toContain('27215550000');
  });
});

describe('customers search: short terms and counts', () => {
  const tag = `Zq${Date.now().toString(36)}`;
  const COUNTS = 'query($s: String) { customers(first: 2, filter: { search: $s }) { totalCount totalCountAtLeast totalCountIsCapped edges { node { name } } } }';
  beforeAll(async () => {
    await makeCustomer(api.db, { name: `Xj ${tag} one` });
    await makeCustomer(api.db, { name: `Xj ${tag} two` });
    await makeCustomer(api.db, { name: `Someone Xj ${tag}` });
  });

  it('matches 1-2 letter terms at the start of the name only (no trigram to look up)', async () => {
    const r = await api.gql('query($s: String) { customers(first: 50, filter: { search: $s }) { edges { node { name } } } }', { s: 'XJ' }, { token });
    expect(r.errors).toBeUndefined();
    const names = r.data.customers.edges.map((e: any) => e.node.name);
    expect(names).toEqual([`Xj ${tag} one`, `Xj ${tag} two`]);
    // Three letters and more match anywhere, as before.
    const anywhere = await api.gql(COUNTS, { s: tag }, { token });
    expect(anywhere.data.customers.totalCount).toBe(3);
  });

  it('counts exactly with totalCount, and up to a cap with totalCountAtLeast/totalCountIsCapped', async () => {
    const r = await api.gql(COUNTS, { s: tag }, { token });
    expect(r.data.customers).toMatchObject({ totalCount: 3, totalCountAtLeast: 3, totalCountIsCapped: false });
    const ctx = { db: api.db, scope: { resellerId: null } } as any;
    expect(await countCustomersUpTo(ctx, { search: tag }, 2)).toEqual({ count: 2, capped: true });
    expect(await countCustomersUpTo(ctx, { search: tag }, 3)).toEqual({ count: 3, capped: false });
  });

  it('sends the capped count beside the page, not after it (both wait on one lock together)', async () => {
    // Hold the customer table: the page and the count each wait for it on a connection of
    // their own. Sent one after the other, only one could ever be waiting.
    const holder = api.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query('LOCK TABLE customer IN ACCESS EXCLUSIVE MODE');
      const [{ pid }] = await holder.query('SELECT pg_backend_pid() AS pid');
      const answer = api.gql('query($s: String) { customers(first: 2, filter: { search: $s }) { totalCountAtLeast totalCountIsCapped edges { node { name } } } }', { s: tag }, { token });
      let waiting = 0;
      for (let tries = 0; tries < 200 && waiting < 2; tries++) {
        await new Promise((r) => setTimeout(r, 25));
        [{ waiting }] = await api.db.query('SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [pid]);
      }
      expect(waiting).toBe(2);
      await holder.rollbackTransaction();
      const r = await answer;
      expect(r.errors).toBeUndefined();
      expect(r.data.customers).toMatchObject({ totalCountAtLeast: 3, totalCountIsCapped: false });
      expect(r.data.customers.edges).toHaveLength(2);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('does not count when no count is asked for, and a bad cursor is BAD_USER_INPUT with no count left behind', async () => {
    const page = await api.gql('query($s: String) { customers(first: 2, filter: { search: $s }) { edges { node { name } } } }', { s: tag }, { token });
    const counted = await api.gql('query($s: String) { customers(first: 2, filter: { search: $s }) { ...Counts edges { node { name } } } } fragment Counts on CustomerConnection { totalCountIsCapped }', { s: tag }, { token });
    expect(counted.data.customers.totalCountIsCapped).toBe(false);
    expect(counted.statements).toBe(page.statements + 1);
    const bad = await api.gql('query($s: String) { customers(first: 2, after: "nope", filter: { search: $s }) { totalCountAtLeast edges { node { name } } } }', { s: tag }, { token });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

test('the plain read of customers (lists, the profile) gives exactly what TypeORM would hydrate', async () => {
  await makeCustomer(api.db, { name: 'Plain Read', emails: ['p@r.example'], phone: '+27 21 555 0101' });
  await api.db.query(`UPDATE customer SET latitude = -33.9, longitude = 18.4, balance_cents = 12345, physical_city = 'Cape Town', postal_line1 = 'PO Box 1' WHERE name = 'Plain Read'`);
  const qb = () => api.db.getRepository(CustomerEntity).createQueryBuilder('c').orderBy('c.name').addOrderBy('c.id').limit(20);
  const hydrated = await qb().getMany();
  const plain = await getPlainMany(qb());
  expect(plain.length).toBeGreaterThan(1);
  expect(plain).toEqual(hydrated);
  expect(plain[0]).toBeInstanceOf(CustomerEntity);
  const mine = plain.find((c) => c.name === 'Plain Read')!;
  expect(mine).toMatchObject({ latitude: -33.9, longitude: 18.4, balanceCents: 12345, physicalAddress: { city: 'Cape Town' }, postalAddress: { line1: 'PO Box 1' } });
});
