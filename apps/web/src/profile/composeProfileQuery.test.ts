import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, buildSchema, print, validate, type FragmentDefinitionNode } from 'graphql';
import { DEFAULT_ROLES, WIDGETS } from '@sightline/access';
import { composeProfileQuery, customerFieldsOf, widgetFields } from './composeProfileQuery';

const fragmentNames = (doc: ReturnType<typeof composeProfileQuery>['document']) =>
  doc.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
    .map((d) => d.name.value)
    .sort();

describe('composeProfileQuery', () => {
  it('asks only for the header when no widget is readable', () => {
    const q = composeProfileQuery(['customer:create']);
    expect(q.widgets).toEqual([]);
    expect(fragmentNames(q.document)).toEqual(['ProfileHeader_customer']);
    expect([...customerFieldsOf(q.document)].sort()).toEqual(['accountNumber', 'id', 'name', 'status']);
  });

  it('spreads the fragment of each readable widget, in registry order', () => {
    const q = composeProfileQuery(['auditTrail:read', 'notes:read', 'accountDetails:read', 'notes:write']);
    expect(q.widgets).toEqual(['accountDetails', 'notes', 'auditTrail']);
    expect(fragmentNames(q.document)).toEqual([
      'AccountDetailsWidget_customer',
      'AuditTrailEntry_entry',
      'AuditTrailPage_connection',
      'AuditTrailWidget_customer',
      'ContactFields',
      'NoteFields',
      'NotesWidget_customer',
      'PostalAddressFields',
      'ProfileHeader_customer',
      'ProfilePopupNotes_customer',
    ]);
    const fields = customerFieldsOf(q.document);
    expect(fields).toEqual(new Set(['id', 'name', 'accountNumber', 'status', 'accountDetails', 'contacts', 'notes', 'popupNotes', 'auditTrail']));
    expect(fields.has('addresses')).toBe(false);
    expect(fields.has('balance')).toBe(false);
  });

  it('includes the balance only with ageAnalysis:read', () => {
    expect(customerFieldsOf(composeProfileQuery(['accountDetails:read']).document).has('balance')).toBe(false);
    const q = composeProfileQuery(['accountDetails:read', 'ageAnalysis:read']);
    expect(q.withBalance).toBe(true);
    expect(customerFieldsOf(q.document).has('balance')).toBe(true);
  });

  it('never draws a registry widget that has no component yet', () => {
    const q = composeProfileQuery(WIDGETS.map((w) => `${w.id}:read`));
    expect(q.widgets).toEqual(['accountDetails', 'notes', 'addresses', 'auditTrail']);
    expect(customerFieldsOf(q.document).has('dataAccounts')).toBe(false);
  });

  it('leaves out excluded widgets (used after a widget field fails)', () => {
    const q = composeProfileQuery(DEFAULT_ROLES.support.permissions, { exclude: ['addresses'] });
    expect(q.widgets).toEqual(['accountDetails', 'notes']);
    expect(customerFieldsOf(q.document).has('addresses')).toBe(false);
  });

  it('builds a named query on customer(id: $id) that prints as valid GraphQL', () => {
    const text = print(composeProfileQuery(DEFAULT_ROLES.admin.permissions).document);
    expect(text).toMatch(/^query CustomerProfile\(\$id: ID!\) \{\n {2}customer\(id: \$id\) \{/);
    // Every nested fragment it spreads is defined exactly once.
    expect(text.match(/fragment AuditTrailEntry_entry on AuditEntry/g)).toHaveLength(1);
  });

  it('maps each widget to the Customer fields its fragment selects', () => {
    expect(widgetFields('accountDetails')).toEqual(new Set(['accountDetails', 'contacts']));
    expect(widgetFields('notes')).toEqual(new Set(['notes']));
    expect(widgetFields('addresses')).toEqual(new Set(['addresses']));
    expect(widgetFields('auditTrail')).toEqual(new Set(['auditTrail']));
  });
});

describe('composeProfileQuery against the checked-in schema', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../../../schema.graphql'), 'utf8'));

  it.each(Object.keys(DEFAULT_ROLES))('is a valid query for the %s role', (role) => {
    const { document } = composeProfileQuery(DEFAULT_ROLES[role as keyof typeof DEFAULT_ROLES].permissions);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
