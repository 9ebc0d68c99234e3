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
import { NoteResolver } from '../modules/notes/note.resolver';

export const RESOLVERS = [
  AuthResolver,
  AdminResolver,
  CustomerResolver,
  AccountDetailsResolver,
  CustomerConnectionResolver,
  ContactResolver,
  AddressResolver,
  NoteResolver,
  AuditResolver,
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

/** The served schema: deny by default, a rule on every type, field and mutation. */
export function buildSchema(): GraphQLSchema {
  const permissions = shield(RULE_MAP, {
    fallbackRule: deny,
    fallbackError: forbiddenError,
    allowExternalErrors: true,
  });
  return applyMiddleware(buildBareSchema(), permissions);
}
