import { Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { WIDGETS_IN_PAGE_ORDER, type AnyDrawnWidget, type DrawnWidgetId } from '@/widgets';
import { fragmentDefinitions, withPermittedFragments } from '@/lib/permittedFragments';
import { CustomerProfileBaseQuery, PROFILE_PAGE_FRAGMENTS, profileBalance, profilePopupNotes } from './documents';

const PROFILE_PARTS = [...PROFILE_PAGE_FRAGMENTS, ...WIDGETS_IN_PAGE_ORDER];

const isWidget = (part: (typeof PROFILE_PARTS)[number]): part is AnyDrawnWidget => 'id' in part;

/**
 * Builds the profile query for a set of permissions: the header, plus the page part and the
 * widget fragments whose permission is granted (`<id>:read` for a widget, from the shared
 * registry), so a page load never asks for a field the user may not see. `exclude` drops
 * widgets (used to re-ask without a widget whose field failed).
 */
export function composeProfileQuery(permissions: Iterable<string>, options: { exclude?: Iterable<string> } = {}) {
  const excluded = new Set(options.exclude ?? []);
  const { document, included } = withPermittedFragments(CustomerProfileBaseQuery, ['customer'], PROFILE_PARTS, permissions, {
    leaveOut: (part) => isWidget(part) && excluded.has(part.id),
  });
  return {
    document,
    /** Widgets whose fragment is in the query, in the order of the shared registry. */
    widgets: included.filter(isWidget).map((w) => w.id),
    withBalance: included.includes(profileBalance),
    withPopupNotes: included.includes(profilePopupNotes),
  };
}

export type ComposedProfileQuery = ReturnType<typeof composeProfileQuery>;

/** The customer as the composed query returns it: every part's fragment ref, each maybe absent. */
export type ProfileCustomer = NonNullable<ResultOf<ComposedProfileQuery['document']>['customer']>;

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
  const widget = WIDGETS_IN_PAGE_ORDER.find((w) => w.id === id);
  const fields = widget ? customerFieldsOf(widget.fragment) : new Set<string>();
  fields.delete('id');
  return fields;
}
