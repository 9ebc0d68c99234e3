import {
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  isObjectType,
  Kind,
  parse,
  print,
  visit,
  type FieldNode,
  type GraphQLObjectType,
} from 'graphql';
import { config } from '../../kernel/config';
import { codes, startTestApi, type TestApi } from '../../testing/harness';
import { makeCustomer, makeUser } from '../../testing/factories';
import { measureQuery } from '../../kernel/query-limits';
import { bareSchema } from '../compose';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = (await makeUser(api.db, 'admin')).token;
});
afterAll(() => api.teardown());

const schema = bareSchema();
const limits = config.graphqlLimits;
const measure = (query: string) => measureQuery(query, schema);

/** Every field of a type, down to the leaves, never entering a type already on the path. */
function everyField(type: GraphQLObjectType, path: string[] = []): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined)) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (!isObjectType(named) || path.includes(named.name)) return [];
    return [`${field.name} { ${everyField(named, [...path, type.name])} }`];
  });
  return fields.join(' ');
}

/** What Apollo Client's cache does to a document before sending it. */
function addTypename(query: string): string {
  return print(
    visit(parse(query), {
      SelectionSet(node, _key, parent) {
        if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
        const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
        return { ...node, selections: [...node.selections, typename] };
      },
    }),
  );
}

const customerType = schema.getType('Customer') as GraphQLObjectType;
const FULL_PROFILE = `query Full($id: ID!) { customer(id: $id) { ${everyField(customerType)} } }`;

describe('the full-permission profile', () => {
  it('costs the same with __typename in every selection as without', () => {
    const withTypename = addTypename(FULL_PROFILE);
    expect(withTypename.match(/__typename/g)!.length).toBeGreaterThan(10);
    expect(measure(withTypename).cost).toBe(measure(FULL_PROFILE).cost);
    expect(measure(withTypename).depth).toBe(measure(FULL_PROFILE).depth);
  });

  it('passes every limit as a client sends it, for an admin', async () => {
    const customer = await makeCustomer(api.db);
    const r = await api.gql(addTypename(FULL_PROFILE), { id: customer.id }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.data.customer.auditTrail.__typename).toBe('AuditEntryConnection');
  });
});

test('schema introspection (GraphiQL, code generators) passes the limits', async () => {
  const r = await api.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {}, { token });
  expect(r.errors).toBeUndefined();
  expect(r.data.__schema.types.length).toBeGreaterThan(10);
});

describe('the cost of a query', () => {
  const list = (first: string) =>
    `query${first.includes('$n') ? '($n: Int!)' : ''} { customers${first} { edges { node { id name status } } } }`;

  it('is the most field values its answer can hold: a page counts `first` times', () => {
    // customers + edges + node + 3 scalars, per row.
    expect(measure(list('(first: 1)')).cost).toBe(1 + 5);
    expect(measure(list('(first: 10)')).cost).toBe(1 + 10 * 5);
  });

  it('counts a page size left out as the schema default (the largest page without one), and a variable as the largest page', () => {
    // notes(first:) defaults to 20 in the schema: customer + notes + 20 × 2.
    expect(measure('{ customer(id: "x") { notes { id body } } }').cost).toBe(1 + 1 + 20 * 2);
    // customers(first:) has no schema default (it pages back with last/before too).
    expect(measure(list('')).cost).toBe(1 + config.maxPageSize * 5);
    expect(measure(list('(first: $n)')).cost).toBe(1 + config.maxPageSize * 5);
    expect(measure(list('(first: 100000)')).cost).toBe(1 + config.maxPageSize * 5);
  });

  it('multiplies nested pages', () => {
    const q = '{ customers(first: 10) { edges { node { notes(first: 5) { id body } } } } }';
    // customers + 10 × (edges + node + notes + 5 × 2)
    expect(measure(q).cost).toBe(1 + 10 * (3 + 5 * 2));
  });

  it('counts a fragment as if written inline', () => {
    const inline = '{ customers(first: 3) { edges { node { id name } } } }';
    const spread = '{ customers(first: 3) { edges { node { ...Row } } } } fragment Row on Customer { id name }';
    const typed = '{ customers(first: 3) { edges { node { ... on Customer { id name } } } } }';
    expect(measure(spread).cost).toBe(measure(inline).cost);
    expect(measure(typed).cost).toBe(measure(inline).cost);
  });

  it('does not blow up on fragments that spread each other many times', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Me { ${i === 29 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`);
    const q = `{ me { ...F0 } } ${levels.join(' ')}`;
    const started = Date.now();
    // Counted as written (2^29 ids: an upper bound), and costed once per fragment, so quickly.
    expect(measure(q).cost).toBe(1 + 2 ** 29);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('a query over a limit', () => {
  it('too costly is refused before it runs, with its cost and the limit, and no "Syntax Error"', async () => {
    // 100 customers × notes(first: 100) × 6 fields: far over the limit.
    const q = '{ customers(first: 100) { edges { node { notes(first: 100) { id body category popup authorName createdAt } } } } }';
    const cost = measure(q).cost;
    expect(cost).toBeGreaterThan(limits.maxCost);
    const r = await api.gql(q, {}, { token });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const fmt = new Intl.NumberFormat('en-US');
    expect(r.errors![0].message).toBe(`This query is too complex (cost ${fmt.format(cost)}, limit ${fmt.format(limits.maxCost)})`);
    expect(r.statements).toBeLessThanOrEqual(1); // auth only, no customer query ran
  });

  it('too deep is refused before it runs', async () => {
    const deep = 'customers { edges { node { '.repeat(6) + 'id' + ' } } }'.repeat(6);
    const r = await api.gql(`{ ${deep} }`, {}, { token });
    expect(r.status).toBe(400);
    expect(codes(r)[0]).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/^This query is too deep \(depth \d+, limit 15\)$/);
    expect(r.statements).toBeLessThanOrEqual(1);
  });

  it('with too many aliases is refused', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    const r = await api.gql(`{ ${aliases} }`, {}, { token });
    expect(r.status).toBe(400);
    expect(codes(r)[0]).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe(`This query has too many aliases (aliases 40, limit ${limits.maxAliases})`);
  });

  it('too long is refused while parsing', async () => {
    const fields = Array.from({ length: limits.maxTokens }, () => 'id').join(' ');
    const r = await api.gql(`{ me { ${fields} } }`, {}, { token });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toBe(`This query is too long (more than ${new Intl.NumberFormat('en-US').format(limits.maxTokens)} tokens)`);
  });
});

describe('a query the API cannot read', () => {
  it('is a GraphQL syntax error: 400 BAD_USER_INPUT, never a 500', async () => {
    const r = await api.gql('{ me { id ', {}, { token });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
  });

  it('with a fragment cycle is refused as invalid', async () => {
    const r = await api.gql('{ me { ...A } } fragment A on Me { id ...B } fragment B on Me { ...A }', {}, { token });
    expect(r.status).toBe(400);
    expect(codes(r)[0]).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/Cannot spread fragment/);
  });
});

test('unknown fields are BAD_USER_INPUT without suggesting field names', async () => {
  const r = await api.gql('{ me { passwrd } }', {}, { token });
  expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  expect(r.errors![0].message).not.toMatch(/Did you mean/);
});

test('errors never carry stack traces', async () => {
  const r = await api.gql('{ customer(id: "x") { id } }', {}, { token });
  expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.ts/);
});
