/**
 * For every default role, through the web's own Apollo Client (its links, and the cache's
 * document transforms that add `__typename`), against the real API: the composed profile
 * query asks for exactly the permitted widgets' fields and is answered without a single
 * error, and so are the customer list and the hover summary, which name no field the role
 * may not read. Every request is measured against the API's query limits as it went over
 * the wire.
 */
import { parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { InMemoryCache, type ApolloClient } from '@apollo/client';
import { buildSchema, config, measureQuery, startApi, type QueryMeasure } from '@sightline/api';
import { ALL_PERMISSIONS, DEFAULT_ROLES, DEFAULT_ROLE_NAMES, WIDGET_IDS, type DefaultRoleName } from '@sightline/access';
import { createApolloClient } from '@/lib/apolloClient';
import { getFragmentData } from '@/gql';
import { composeProfileQuery, customerFieldsOf, widgetFields } from '@/profile/composeProfileQuery';
import { WIDGETS_DRAWN } from '@/widgets';
import {
  CUSTOMER_PAGE_SIZE, CustomerListDetailsFragment, customerListQuery, customerSummaryQuery,
} from '@/customers/documents';
import { LoginMutation, MeQuery } from '@/auth/documents';
import * as generated from '@/gql/graphql';

const PASSWORD = 'sightline-demo';
const emailOf = (role: DefaultRoleName) =>
  role === 'reseller' ? 'reseller-a@demo.sightline.test' : `${role}@demo.sightline.test`;

let api: Awaited<ReturnType<typeof startApi>>;
const schema = buildSchema();

beforeAll(async () => {
  const databaseUrl = process.env.SIGHTLINE_TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('globalSetup did not create a test database');
  api = await startApi({ databaseUrl, port: 0, seedDemo: true });
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

interface Sent {
  operationName: string;
  query: string;
  status: number;
}

/**
 * A browser, as far as the API can tell: the app's Apollo Client, with a fetch that keeps
 * the session cookie the API sets and records every request body as sent.
 */
function browser() {
  let cookie = '';
  const sent: Sent[] = [];
  const cookieFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(input, { ...init, headers });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('sightline_session='));
    if (session) cookie = session.split(';')[0];
    const body = JSON.parse(String(init?.body));
    sent.push({ operationName: body.operationName, query: body.query, status: res.status });
    return res;
  };
  const client = createApolloClient({
    uri: api.url,
    fetch: cookieFetch,
    onUnauthenticated: () => {
      throw new Error('the API answered UNAUTHENTICATED');
    },
  });
  return { client, sent, lastSent: () => sent[sent.length - 1] };
}

async function signIn(client: ApolloClient, email: string) {
  const { data, error } = await client.mutate({ mutation: LoginMutation, variables: { email, password: PASSWORD } });
  expect(error).toBeUndefined();
  expect(data?.login.me.id).toBeDefined();
}

const HEADER_FIELDS = ['id', 'name', 'accountNumber', 'status'];

/** Whether every selection set below the operation's root asks for `__typename` (the client adds it). */
function selectsTypenameEverywhere(query: string): boolean {
  const doc = parse(query);
  let withoutTypename = 0;
  const visit = (sets: readonly { selectionSet?: { selections: readonly any[] } }[]) => {
    for (const node of sets) {
      const selections = node.selectionSet?.selections;
      if (!selections) continue;
      if (!selections.some((s) => s.kind === 'Field' && s.name.value === '__typename')) withoutTypename += 1;
      visit(selections);
    }
  };
  for (const def of doc.definitions) {
    if (def.kind === 'OperationDefinition') visit((def as OperationDefinitionNode).selectionSet.selections as any);
    else if (def.kind === 'FragmentDefinition') visit([def]);
  }
  return withoutTypename === 0;
}

describe.each(DEFAULT_ROLE_NAMES.map((r) => [r]))('role %s, through Apollo Client', (role) => {
  const permissions = new Set<string>(DEFAULT_ROLES[role].permissions);
  let client: ApolloClient;
  let sent: Sent[];
  let lastSent: () => Sent;
  let customerId: string;

  beforeAll(async () => {
    ({ client, sent, lastSent } = browser());
    await signIn(client, emailOf(role));
  });

  afterAll(() => client.stop());

  it('signs in with the permissions of its default role', async () => {
    const { data, error } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
    expect(error).toBeUndefined();
    expect(new Set(data!.me!.permissions)).toEqual(permissions);
  });

  it('gets the customer list with the columns it may see, without any error', async () => {
    const list = customerListQuery(permissions);
    const { data, error } = await client.query({
      query: list.document,
      variables: { first: CUSTOMER_PAGE_SIZE },
      errorPolicy: 'all',
      fetchPolicy: 'network-only',
    });
    expect(error).toBeUndefined();
    expect(lastSent().operationName).toBe('CustomerList');
    expect(lastSent().status).toBe(200);
    expectOnlyPermittedColumns(lastSent().query);
    const edges = data!.customers.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(list.withDetails).toBe(permissions.has('accountDetails:read'));
    if (list.withDetails) {
      for (const { node } of edges) expect(getFragmentData(CustomerListDetailsFragment, node).accountDetails).not.toBeNull();
    }
    customerId = edges[0].node.id;
  });

  it('composes a profile query with exactly the permitted widgets’ fields', () => {
    const composed = composeProfileQuery(permissions);
    const readable = WIDGETS_DRAWN.map((w) => w.id).filter((id) => permissions.has(`${id}:read`));
    expect(new Set(composed.widgets)).toEqual(new Set(readable));

    const expected = new Set(HEADER_FIELDS);
    if (permissions.has('ageAnalysis:read')) expected.add('balance');
    if (permissions.has('notes:read')) expected.add('popupNotes');
    for (const w of readable) for (const f of widgetFields(w)) expected.add(f);
    expect(customerFieldsOf(composed.document)).toEqual(expected);
  });

  it('gets its profile as the browser sends it (with __typename), without any error', async () => {
    const composed = composeProfileQuery(permissions);
    const { data, error } = await client.query({
      query: composed.document,
      variables: { id: customerId },
      errorPolicy: 'all',
      fetchPolicy: 'network-only',
    });
    expect(error).toBeUndefined();
    const request = lastSent();
    expect(request.operationName).toBe('CustomerProfile');
    expect(request.status).toBe(200);
    // What went over the wire is the client's transformed document, not the one composed.
    expect(request.query).not.toBe(print(composed.document));
    expect(selectsTypenameEverywhere(request.query)).toBe(true);

    const customer = data!.customer as Record<string, unknown>;
    expect(customer.id).toBe(customerId);
    // Every widget's fields came back (null would mean a silently refused widget).
    for (const widget of composed.widgets) {
      for (const field of widgetFields(widget)) expect(customer[field]).not.toBeNull();
    }
  });

  it('gets the hover summary of a customer link without any error', async () => {
    const { data, error } = await client.query({
      query: customerSummaryQuery(permissions).document,
      variables: { id: customerId },
      errorPolicy: 'all',
      fetchPolicy: 'network-only',
    });
    expect(error).toBeUndefined();
    expect(lastSent().operationName).toBe('CustomerSummary');
    expectOnlyPermittedColumns(lastSent().query);
    expect(data!.customer!.id).toBe(customerId);
  });

  /** The list and the summary: a field the role may not read is not even named in what was sent. */
  function expectOnlyPermittedColumns(query: string) {
    expect({ accountDetails: /\baccountDetails\b/.test(query), balance: /\bbalance\b/.test(query), directives: query.includes('@') }).toEqual({
      accountDetails: permissions.has('accountDetails:read'),
      balance: permissions.has('ageAnalysis:read'),
      directives: false,
    });
  }

  it('sent nothing that uses more than a third of any query limit', () => {
    expect(sent.map((s) => s.operationName)).toEqual(expect.arrayContaining(['CustomerList', 'CustomerProfile', 'CustomerSummary']));
    for (const request of sent) expectHeadroom(request.query, request.operationName);
  });
});

/**
 * Headroom: the API's limits are set from what the app sends. Every query the web sends may
 * use at most a third of each limit, so the profile can grow to all 24 widgets (the ones not
 * drawn yet are of the same size as the drawn ones: a record, or a page of 20 rows) without
 * a user ever meeting a limit. See `graphqlLimits` in apps/api/src/config.ts.
 */
function expectHeadroom(query: string, operation: string) {
  const measure = measureQuery(query, schema);
  const { maxDepth, maxAliases, maxDirectives, maxCost, maxTokens } = config.graphqlLimits;
  const limits: QueryMeasure = { depth: maxDepth, aliases: maxAliases, directives: maxDirectives, cost: maxCost, tokens: maxTokens };
  const over = (Object.keys(limits) as (keyof QueryMeasure)[])
    .filter((key) => measure[key] > limits[key] / 3)
    .map((key) => `${operation}: ${key} ${measure[key]} is over a third of the limit ${limits[key]}`);
  expect(over).toEqual([]);
  return measure;
}

describe('the full-permission profile, as the client sends it', () => {
  let client: ApolloClient;
  let full: QueryMeasure;

  beforeAll(async () => {
    const admin = browser();
    client = admin.client;
    // Admin has every permission: the profile query is the largest the web composes.
    expect(new Set(DEFAULT_ROLES.admin.permissions)).toEqual(new Set(ALL_PERMISSIONS));
    await signIn(client, emailOf('admin'));
    const { data } = await client.query({ query: customerListQuery(ALL_PERMISSIONS).document, variables: { first: 1 } });
    const composed = composeProfileQuery(ALL_PERMISSIONS);
    const { error } = await client.query({ query: composed.document, variables: { id: data!.customers.edges[0].node.id }, errorPolicy: 'all' });
    expect(error).toBeUndefined();
    full = expectHeadroom(admin.lastSent().query, 'CustomerProfile');
  });

  afterAll(() => client.stop());

  it('costs what the same query without __typename costs', () => {
    const composed = composeProfileQuery(ALL_PERMISSIONS);
    expect(full.cost).toBe(measureQuery(print(composed.document), schema).cost);
  });

  it('leaves room for every widget of the registry', () => {
    // The page's own fragments, plus today's average widget times all 24: an estimate, so it
    // may use up to half of a limit (depth does not add up across widgets).
    const drawn = composeProfileQuery(ALL_PERMISSIONS).widgets.length;
    const page = measureQuery(print(composeProfileQuery(ALL_PERMISSIONS, { exclude: WIDGET_IDS }).document), schema);
    const projected = (key: 'cost' | 'tokens') => page[key] + ((full[key] - page[key]) / drawn) * WIDGET_IDS.length;
    expect(projected('cost')).toBeLessThanOrEqual(config.graphqlLimits.maxCost / 2);
    expect(projected('tokens')).toBeLessThanOrEqual(config.graphqlLimits.maxTokens / 2);
  });
});

it('every other operation the web defines, as Apollo Client sends it, uses at most a third of each limit', () => {
  const operations = Object.values(generated).filter(
    (doc): doc is DocumentNode =>
      typeof doc === 'object' && doc !== null && (doc as DocumentNode).definitions?.[0]?.kind === 'OperationDefinition',
  );
  expect(operations.length).toBeGreaterThan(5);
  const cache = new InMemoryCache();
  for (const doc of operations) {
    const op = doc.definitions[0] as OperationDefinitionNode;
    const query = print(cache.transformDocument(doc));
    expect({ operation: op.name?.value, typenameEverywhere: selectsTypenameEverywhere(query) }).toEqual({ operation: op.name?.value, typenameEverywhere: true });
    expectHeadroom(query, op.name?.value ?? 'anonymous');
  }
});

it('a field outside the role is refused by the API (so the composition is what keeps pages clean)', async () => {
  const { client } = browser();
  await signIn(client, emailOf('debt_collector'));
  const { data: list } = await client.query({ query: customerListQuery([]).document, variables: { first: 1 } });
  const all = composeProfileQuery(WIDGETS_DRAWN.map((w) => w.permission));
  const { error } = await client.query({
    query: all.document as DocumentNode,
    variables: { id: list!.customers.edges[0].node.id },
    errorPolicy: 'all',
    fetchPolicy: 'network-only',
  });
  const errors = (error as { errors?: { path?: (string | number)[]; extensions?: { code?: string } }[] } | undefined)?.errors ?? [];
  const refused = new Set(errors.map((e) => e.path?.[1]));
  expect(refused.has('addresses')).toBe(true);
  expect(refused.has('auditTrail')).toBe(true);
  expect(errors.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  client.stop();
});
