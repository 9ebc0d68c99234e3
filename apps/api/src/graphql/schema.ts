import { GraphQLDateTime } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { buildSchemaSync } from 'type-graphql';
import { forbiddenError } from '../access/rules';
import { RULE_MAP } from '../access/rule-map';
import { AddressResolver } from '../modules/addresses/address.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AdminResolver } from '../modules/auth/admin.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { ContactResolver } from '../modules/contacts/contact.resolver';
import { AccountDetailsResolver, CustomerConnectionResolver, CustomerResolver } from '../modules/customers/customer.resolver';
import { JobsResolver } from '../modules/jobs/jobs.resolver';
import { NoteFieldsResolver, NoteResolver } from '../modules/notes/note.resolver';
import { ResellerResolver } from '../modules/resellers/reseller.resolver';
import { UsersResolver } from '../modules/auth/users.resolver';

export const RESOLVERS = [
  AuthResolver,
  AdminResolver,
  UsersResolver,
  ResellerResolver,
  CustomerResolver,
  AccountDetailsResolver,
  CustomerConnectionResolver,
  ContactResolver,
  AddressResolver,
  NoteResolver,
  NoteFieldsResolver,
  AuditResolver,
  JobsResolver,
] as const;

let bare: GraphQLSchema | undefined;

/** The schema as type-graphql builds it from the modules (no permissions yet). */
export function buildBareSchema(): GraphQLSchema {
  bare ??= buildSchemaSync({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: { forbidUnknownValues: false },
  });
  return bare;
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
export function buildSchema(): GraphQLSchema {
  const permissions = shield(RULE_MAP, {
    fallbackRule: deny,
    fallbackError: forbiddenError,
    allowExternalErrors: true,
    hashFunction: strictCacheKey,
  });
  return applyMiddleware(buildBareSchema(), permissions);
}
