import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { TypedDocumentNode } from '@apollo/client';
import { WIDGETS, type Permission } from '@sightline/access';
import type { FragmentType } from '@/gql';
import { WIDGET_FRAGMENTS, isDrawnWidget, type DrawnWidgetId } from '@/widgets/fragments';
import { ProfileBalanceFragment, ProfileHeaderFragment, ProfilePopupNotesFragment } from './fragments';

/** Page-level fragments and the permission each needs (null: anyone who may open a customer). */
const PAGE_FRAGMENTS: ReadonlyArray<{ fragment: DocumentNode; permission: Permission | null }> = [
  { fragment: ProfileHeaderFragment, permission: null },
  { fragment: ProfileBalanceFragment, permission: 'ageAnalysis:read' },
  { fragment: ProfilePopupNotesFragment, permission: 'notes:read' },
];

type WidgetRefs = {
  [K in DrawnWidgetId]: Partial<FragmentType<(typeof WIDGET_FRAGMENTS)[K]>>;
}[DrawnWidgetId];

/**
 * The customer as the composed query returns it: the header fragment always, every other
 * fragment maybe (which ones depends on the permissions). Built from generated types only.
 */
export type ProfileCustomerRef = FragmentType<typeof ProfileHeaderFragment> &
  Partial<FragmentType<typeof ProfileBalanceFragment>> &
  Partial<FragmentType<typeof ProfilePopupNotesFragment>> &
  UnionToIntersection<WidgetRefs>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export type ProfileQueryData = { customer: ProfileCustomerRef | null };
export type ProfileQueryVariables = { id: string };

export interface ComposedProfileQuery {
  document: TypedDocumentNode<ProfileQueryData, ProfileQueryVariables>;
  /** Widgets whose fragment is in the query, in the order of the shared registry. */
  widgets: DrawnWidgetId[];
  withBalance: boolean;
  withPopupNotes: boolean;
}

export const PROFILE_OPERATION_NAME = 'CustomerProfile';

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;

function fragmentDefinitions(doc: DocumentNode): FragmentDefinitionNode[] {
  return doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
}

/** The fragment a colocated document defines first (its own; later ones are the nested ones it spreads). */
function ownFragmentName(doc: DocumentNode): string {
  return fragmentDefinitions(doc)[0].name.value;
}

/**
 * Builds the profile query for a set of permissions: the header, plus the fragment of every
 * widget whose `<id>:read` is granted, so a page load never asks for a field the user may not
 * see. `exclude` drops widgets (used to re-ask without a widget whose field failed).
 */
export function composeProfileQuery(
  permissions: Iterable<string>,
  options: { exclude?: Iterable<string> } = {},
): ComposedProfileQuery {
  const granted = new Set(permissions);
  const excluded = new Set(options.exclude ?? []);

  const widgets = WIDGETS.map((w) => w.id)
    .filter(isDrawnWidget)
    .filter((id) => granted.has(`${id}:read`) && !excluded.has(id));
  const pageFragments = PAGE_FRAGMENTS.filter((p) => p.permission === null || granted.has(p.permission));
  const docs = [...pageFragments.map((p) => p.fragment), ...widgets.map((id) => WIDGET_FRAGMENTS[id] as DocumentNode)];

  const selectionSet: SelectionSetNode = {
    kind: Kind.SELECTION_SET,
    selections: [
      { kind: Kind.FIELD, name: name('id') },
      ...docs.map((doc) => ({ kind: Kind.FRAGMENT_SPREAD, name: name(ownFragmentName(doc)) }) as const),
    ],
  };
  const customerField: FieldNode = {
    kind: Kind.FIELD,
    name: name('customer'),
    arguments: [{ kind: Kind.ARGUMENT, name: name('id'), value: { kind: Kind.VARIABLE, name: name('id') } }],
    selectionSet,
  };
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: name(PROFILE_OPERATION_NAME),
    variableDefinitions: [
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: name('id') },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name('ID') } },
      },
    ],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [customerField] },
  };

  // Each colocated document carries the fragments it spreads; include each definition once.
  const byName = new Map<string, FragmentDefinitionNode>();
  for (const doc of docs) for (const def of fragmentDefinitions(doc)) byName.set(def.name.value, def);

  return {
    document: { kind: Kind.DOCUMENT, definitions: [operation, ...byName.values()] },
    widgets,
    withBalance: granted.has('ageAnalysis:read'),
    withPopupNotes: granted.has('notes:read'),
  };
}

/**
 * The top-level `Customer` fields a document selects under `customer`, following fragment
 * spreads. Used to map an error's path back to the widget that asked for the field.
 */
export function customerFieldsOf(doc: DocumentNode, rootField = 'customer'): Set<string> {
  const fragments = new Map(fragmentDefinitions(doc).map((f) => [f.name.value, f]));
  const out = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) out.add(sel.name.value);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) walk(fragments.get(sel.name.value)?.selectionSet);
      else walk(sel.selectionSet);
    }
  };
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (op) {
    const root = op.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === rootField);
    walk(root?.selectionSet);
  } else {
    // A bare fragment document: its own fragment's fields.
    walk(fragmentDefinitions(doc)[0]?.selectionSet);
  }
  return out;
}

/** The Customer fields each drawn widget's fragment selects (besides `id`). */
export function widgetFields(id: DrawnWidgetId): Set<string> {
  const fields = customerFieldsOf(WIDGET_FRAGMENTS[id] as DocumentNode);
  fields.delete('id');
  return fields;
}
