import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, buildSchema, print, validate, type FragmentDefinitionNode } from 'graphql';
import { DEFAULT_ROLES, WIDGETS } from '@sightline/access';
import { WIDGETS_DRAWN, WIDGETS_IN_PAGE_ORDER, isDrawnWidget } from '@/widgets';
import { customerListQuery, customerSummaryQuery } from '@/customers/documents';
import { composeProfileQuery, customerFieldsOf, widgetFields } from './composeProfileQuery';
import { PROFILE_OPERATION_NAME } from './documents';

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

  it('spreads every widget of widgets/index.ts, in registry order, and no registry widget the web does not draw', () => {
    const q = composeProfileQuery(WIDGETS.map((w) => w.read));
    const registryOrder = WIDGETS.map((w) => w.id).filter(isDrawnWidget);
    expect(q.widgets).toEqual(registryOrder);
    expect(new Set(q.widgets)).toEqual(new Set(WIDGETS_DRAWN.map((w) => w.id)));
    const fields = customerFieldsOf(q.document);
    for (const w of WIDGETS.filter((w) => !isDrawnWidget(w.id))) expect(fields.has(w.id)).toBe(false);
  });

  it('takes each widget’s permission from the shared registry', () => {
    for (const widget of WIDGETS_DRAWN) {
      expect(widget.permission).toBe(WIDGETS.find((w) => w.id === widget.id)?.read);
      expect(composeProfileQuery([widget.permission]).widgets).toEqual([widget.id]);
      expect(composeProfileQuery([`${widget.id}:write`]).widgets).toEqual([]);
    }
  });

  it('leaves out excluded widgets (used after a widget field fails)', () => {
    const all = composeProfileQuery(DEFAULT_ROLES.support.permissions).widgets;
    expect(all).toContain('addresses');
    const q = composeProfileQuery(DEFAULT_ROLES.support.permissions, { exclude: ['addresses'] });
    expect(q.widgets).toEqual(all.filter((id) => id !== 'addresses'));
    expect(customerFieldsOf(q.document).has('addresses')).toBe(false);
  });

  it('builds a named query on customer(id: $id) that prints as valid GraphQL', () => {
    const text = print(composeProfileQuery(DEFAULT_ROLES.admin.permissions).document);
    expect(text).toMatch(/^query CustomerProfile\(\$id: ID!\) \{\n {2}customer\(id: \$id\) \{/);
    // Mutations on the profile re-ask it by this name.
    expect(text.startsWith(`query ${PROFILE_OPERATION_NAME}(`)).toBe(true);
    // Every nested fragment it spreads is defined exactly once.
    expect(text.match(/fragment AuditTrailEntry_entry on AuditEntry/g)).toHaveLength(1);
  });

  it('maps each widget to the Customer fields its fragment selects', () => {
    expect(widgetFields('accountDetails')).toEqual(new Set(['accountDetails', 'contacts']));
    expect(widgetFields('notes')).toEqual(new Set(['notes']));
    // No two widgets claim the same field, so an error's path names one card.
    const claimed = WIDGETS_IN_PAGE_ORDER.flatMap((w) => [...widgetFields(w.id)]);
    expect(claimed.length).toBeGreaterThanOrEqual(WIDGETS_DRAWN.length);
    expect(new Set(claimed).size).toBe(claimed.length);
  });

  it('returns the same document for the same permissions (Apollo caches per document)', () => {
    const a = composeProfileQuery(DEFAULT_ROLES.support.permissions);
    const b = composeProfileQuery([...DEFAULT_ROLES.support.permissions].reverse());
    expect(b.document).toBe(a.document);
    expect(composeProfileQuery(DEFAULT_ROLES.support.permissions, { exclude: ['notes'] }).document).not.toBe(a.document);
  });
});

describe('composeProfileQuery against the checked-in schema', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../../../schema.graphql'), 'utf8'));

  it.each(Object.keys(DEFAULT_ROLES))('is a valid query for the %s role, and so are its customer list and summary', (role) => {
    const { permissions } = DEFAULT_ROLES[role as keyof typeof DEFAULT_ROLES];
    for (const { document } of [composeProfileQuery(permissions), customerListQuery(permissions), customerSummaryQuery(permissions)]) {
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    }
  });
});
