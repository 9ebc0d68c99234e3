/**
 * Proves, for every default role, that the profile query the web composes asks for exactly
 * the permitted widgets' fields, and that the real API answers it without a single error.
 */
import { print, type DocumentNode } from 'graphql';
import { startApi } from '@sightline/api';
import { DEFAULT_ROLES, DEFAULT_ROLE_NAMES, type DefaultRoleName } from '@sightline/access';
import { composeProfileQuery, customerFieldsOf, widgetFields } from '@/profile/composeProfileQuery';
import { WIDGET_FRAGMENTS, type DrawnWidgetId } from '@/widgets/fragments';
import { CustomerListQuery, CustomerSummaryQuery } from '@/customers/documents';
import { MeQuery } from '@/auth/documents';

const PASSWORD = 'sightline-demo';
const emailOf = (role: DefaultRoleName) =>
  role === 'reseller' ? 'reseller-a@demo.sightline.test' : `${role}@demo.sightline.test`;

let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  const databaseUrl = process.env.SIGHTLINE_TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('globalSetup did not create a test database');
  api = await startApi({ databaseUrl, port: 0, seedDemo: true });
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

async function post(query: DocumentNode, variables: Record<string, unknown>, cookie?: string) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: print(query), variables }),
  });
  return { res, body: (await res.json()) as Answer };
}

/** Signs in like the browser does and returns the session cookie the API set. */
async function login(email: string): Promise<string> {
  const { res, body } = await post(
    // The same document the login page sends.
    (await import('@/auth/documents')).LoginMutation,
    { email, password: PASSWORD },
  );
  expect(body.errors).toBeUndefined();
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sightline_session='));
  expect(cookie).toBeDefined();
  return cookie!.split(';')[0];
}

const HEADER_FIELDS = ['id', 'name', 'accountNumber', 'status'];

describe.each(DEFAULT_ROLE_NAMES.map((r) => [r]))('role %s', (role) => {
  const permissions = new Set<string>(DEFAULT_ROLES[role].permissions);
  let cookie: string;
  let customerId: string;

  beforeAll(async () => {
    cookie = await login(emailOf(role));
    const { body } = await post(CustomerListQuery, {
      first: 5,
      withDetails: permissions.has('accountDetails:read'),
      withBalance: permissions.has('ageAnalysis:read'),
    }, cookie);
    // The list, with the columns this role may see, answers without errors too.
    expect(body.errors).toBeUndefined();
    expect(body.data!.customers.edges.length).toBeGreaterThan(0);
    customerId = body.data!.customers.edges[0].node.id;
  });

  it('signs in with the permissions of its default role', async () => {
    const { body } = await post(MeQuery, {}, cookie);
    expect(body.errors).toBeUndefined();
    expect(new Set(body.data!.me.permissions)).toEqual(permissions);
  });

  it('composes a profile query with exactly the permitted widgets’ fields', () => {
    const composed = composeProfileQuery(permissions);
    const readable = (Object.keys(WIDGET_FRAGMENTS) as DrawnWidgetId[]).filter((w) => permissions.has(`${w}:read`));
    expect(new Set(composed.widgets)).toEqual(new Set(readable));

    const expected = new Set(HEADER_FIELDS);
    if (permissions.has('ageAnalysis:read')) expected.add('balance');
    if (permissions.has('notes:read')) expected.add('popupNotes');
    for (const w of readable) for (const f of widgetFields(w)) expected.add(f);
    expect(customerFieldsOf(composed.document)).toEqual(expected);
  });

  it('gets the composed profile from the real API without any error', async () => {
    const composed = composeProfileQuery(permissions);
    const { res, body } = await post(composed.document, { id: customerId }, cookie);
    expect(res.status).toBe(200);
    expect(body.errors).toBeUndefined();
    const customer = body.data!.customer;
    expect(customer.id).toBe(customerId);
    // Every field asked for came back (null would mean a silently refused widget).
    for (const field of customerFieldsOf(composed.document)) {
      if (field === 'balance') continue; // a customer may have no balance yet
      expect(customer[field]).not.toBeNull();
    }
  });

  it('gets the hover summary of a customer link without any error', async () => {
    const { body } = await post(CustomerSummaryQuery, {
      id: customerId,
      withDetails: permissions.has('accountDetails:read'),
      withBalance: permissions.has('ageAnalysis:read'),
    }, cookie);
    expect(body.errors).toBeUndefined();
    expect(body.data!.customer.id).toBe(customerId);
  });
});

it('a field outside the role is refused by the API (so the composition is what keeps pages clean)', async () => {
  const cookie = await login(emailOf('debt_collector'));
  const { body: list } = await post(CustomerListQuery, { first: 1, withDetails: true, withBalance: true }, cookie);
  const id = list.data!.customers.edges[0].node.id;
  const all = composeProfileQuery(Object.keys(WIDGET_FRAGMENTS).map((w) => `${w}:read`));
  const { body } = await post(all.document, { id }, cookie);
  const refused = new Set((body.errors ?? []).map((e) => e.path?.[1]));
  expect(refused.has('addresses')).toBe(true);
  expect(refused.has('auditTrail')).toBe(true);
  expect(body.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
});
