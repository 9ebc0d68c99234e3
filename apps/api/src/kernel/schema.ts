import { GraphQLDateTime } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield, type IRules } from 'graphql-shield';
import { buildSchemaSync } from 'type-graphql';
import { forbiddenError } from './rules';

/** The schema as type-graphql builds it from the modules' resolvers (no permissions yet). */
export function buildBareSchema(resolvers: readonly Function[]): GraphQLSchema {
  return buildSchemaSync({
    resolvers: resolvers as [Function, ...Function[]],
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: { forbidUnknownValues: false },
  });
}

/**
 * Key for rules cached 'strict' (per parent and arguments). Parents here are database rows
 * with an id, so the id stands for the parent; shield's default hashes the whole row with
 * object-hash on every field, which cost ~10% of a profile request.
 */
export function strictCacheKey({ parent, args }: { parent: any; args: any }): string {
  const parentKey = parent && typeof parent === 'object' && typeof parent.id === 'string' ? `id:${parent.id}` : JSON.stringify(parent ?? null);
  return `${parentKey}|${JSON.stringify(args ?? {})}`;
}

/** The served schema: deny by default, a rule on every type, field and mutation. */
export function buildSchema(bare: GraphQLSchema, ruleMap: IRules): GraphQLSchema {
  const permissions = shield(ruleMap, {
    fallbackRule: deny,
    fallbackError: forbiddenError,
    allowExternalErrors: true,
    hashFunction: strictCacheKey,
  });
  return applyMiddleware(bare, permissions);
}
