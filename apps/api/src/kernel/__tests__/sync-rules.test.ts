import { graphql, GraphQLID, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { and, deny, rule, shield } from 'graphql-shield';
import { forbiddenError } from '../rules';
import { buildSchema } from '../schema';

// Rows as a list page gives them: 50 customers, two of them another reseller's.
const rows = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, name: `Customer ${i}`, resellerId: i % 25 === 7 ? 'other' : null }));
const calls = { signedIn: 0, inScope: 0, canRead: 0 };

const signedIn = rule('signedIn', { cache: 'contextual' })((_p, _a, ctx: { actor?: string }) => (calls.signedIn++, ctx.actor ? true : new Error('Sign in first')));
const canRead = rule('canRead', { cache: 'contextual' })((_p, _a, ctx: { perms: string[] }) => (calls.canRead++, ctx.perms.includes('read')));
const inScope = rule('inScope', { cache: 'strict' })((parent: { resellerId: string | null }) => (calls.inScope++, parent.resellerId === null ? true : new Error('Customer not found')));

const Customer = new GraphQLObjectType({ name: 'Customer', fields: { id: { type: GraphQLID }, name: { type: GraphQLString } } });
const bare = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { customers: { type: new GraphQLList(Customer), resolve: () => rows } } }) });
const ruleMap = {
  Query: { customers: signedIn },
  // id as the Customer header fields are guarded; name nested the way voipRating's rule is.
  Customer: { id: and(signedIn, inScope), name: and(and(signedIn, inScope), canRead) },
};
const served = buildSchema(bare, ruleMap);
// The same rules through shield alone, as the reference for what each caller must get.
const shieldOnly = applyMiddleware(bare, shield(ruleMap, { fallbackRule: deny, fallbackError: forbiddenError, allowExternalErrors: true }));
const run = (ctx: object, schema = served) => graphql({ schema, source: '{ customers { id name } }', contextValue: ctx });

// Data and errors; errors in path order (they come in the order fields finish, which is not part of the answer).
const answer = (r: Awaited<ReturnType<typeof run>>) => ({ data: r.data, errors: [...(r.errors ?? [])].map((e) => e.toJSON()).sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path))) });

beforeEach(() => Object.keys(calls).forEach((k) => (calls[k as keyof typeof calls] = 0)));

test('an and of plain rules answers as shield would: true, else its first Error, else the fallback (FORBIDDEN)', async () => {
  for (const ctx of [{ actor: 'a', perms: ['read'] }, { actor: 'a', perms: [] }, { perms: [] }]) {
    expect(answer(await run({ ...ctx }))).toEqual(answer(await run({ ...ctx }, shieldOnly)));
  }
  const r = await run({ actor: 'a', perms: ['read'] });
  expect(r.data!.customers).toHaveLength(50);
  const messages = answer(r).errors.map((e) => `${e.path!.join('.')}: ${e.message}`);
  expect(messages.sort()).toEqual(['customers.32.id: Customer not found', 'customers.32.name: Customer not found', 'customers.7.id: Customer not found', 'customers.7.name: Customer not found']);
  const noRead = await run({ actor: 'a', perms: [] });
  expect(noRead.errors!.filter((e) => e.path![2] === 'name' && e.path![1] === 0).map((e) => e.originalError)).toEqual([forbiddenError]);
  expect((noRead.data!.customers as { id: string }[])[0].id).toBe('c0');
  const anonymous = await run({ perms: [] });
  expect(anonymous.errors!.map((e) => e.message)).toEqual(['Sign in first']);
});

test('without shield: caller rules once per request, the scope rule once per field, no promise per rule', async () => {
  // Shield's own path: every rule's resolve (its class is not exported; the rules' prototype is it).
  const viaShield = jest.spyOn(Object.getPrototypeOf(signedIn), 'resolve');
  await run({ actor: 'a', perms: ['read'] });
  expect(calls).toEqual({ signedIn: 1, canRead: 1, inScope: 100 });
  expect(viaShield).not.toHaveBeenCalled();
  viaShield.mockRestore();
});
