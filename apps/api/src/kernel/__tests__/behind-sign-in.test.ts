import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { allow, or } from 'graphql-shield';
import { RULE_MAP, bareSchema } from '../../app/compose';
import { can, isAuthenticated } from '../rules';
import { buildSchema, typesBehindSignIn } from '../schema';

// Detail is reached through a permission-guarded query only; Shared also through a public one.
const Detail = new GraphQLObjectType({ name: 'Detail', fields: { secret: { type: GraphQLString } } });
const Shared = new GraphQLObjectType({ name: 'Shared', fields: { secret: { type: GraphQLString } } });
const bare = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      detail: { type: Detail, resolve: () => ({ secret: 'd' }) },
      shared: { type: Shared, resolve: () => ({ secret: 's' }) },
      publicShared: { type: Shared, resolve: () => ({ secret: 'p' }) },
      either: { type: Detail, resolve: () => ({ secret: 'e' }) },
    },
  }),
});
const ruleMap = {
  Query: { detail: can('notes:read'), shared: can('notes:read'), publicShared: allow, either: or(can('notes:read'), can('notes:write')) },
  Detail: isAuthenticated,
  Shared: isAuthenticated,
};
const served = buildSchema(bare, ruleMap);
const signedIn = { actor: { id: 'u' }, permissions: new Set(['notes:read']), scope: { resellerId: null } };
const signedOut = { actor: null, permissions: new Set(), scope: { resellerId: null } };
const run = (source: string, ctx: object) => graphql({ schema: served, source, contextValue: { ...ctx } });

test('a type reached only through fields that need a signed-in caller is served without asking again', async () => {
  expect([...typesBehindSignIn(bare, ruleMap)]).toEqual(['Detail']);
  // No middleware on its fields: graphql-js reads the property itself.
  const fieldOf = (type: string) => (served.getType(type) as GraphQLObjectType).getFields().secret;
  expect(fieldOf('Detail').resolve).toBeUndefined();
  expect(fieldOf('Shared').resolve).toBeDefined();
  expect(await run('{ detail { secret } either { secret } }', signedIn)).toEqual({ data: { detail: { secret: 'd' }, either: { secret: 'e' } } });
  // Signed out, the guarded field refuses before the type is reached.
  const out = await run('{ detail { secret } }', signedOut);
  expect(out.data).toEqual({ detail: null });
  expect(out.errors!.map((e) => [e.path!.join('.'), (e.originalError as { code?: string }).code])).toEqual([['detail', 'UNAUTHENTICATED']]);
});

test('a type also reached through a public field keeps its check on every field', async () => {
  const out = await run('{ publicShared { secret } }', signedOut);
  expect(out.data).toEqual({ publicShared: { secret: null } });
  expect(out.errors!.map((e) => [e.path!.join('.'), (e.originalError as { code?: string }).code])).toEqual([['publicShared.secret', 'UNAUTHENTICATED']]);
  expect(await run('{ publicShared { secret } }', signedIn)).toEqual({ data: { publicShared: { secret: 'p' } } });
});

test('in the app: the widget types are behind sign-in, what login returns is not, nor the root types', () => {
  const behind = typesBehindSignIn(bareSchema(), RULE_MAP);
  for (const t of ['RecurringBilling', 'AccountDetails', 'Money', 'CustomerConnection', 'DataPackage']) expect(behind).toContain(t);
  for (const t of ['Me', 'LoginResult', 'Query', 'Mutation', 'Customer']) expect(behind).not.toContain(t);
});
