import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { DocumentTypeDecoration, TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Permission } from '@sightline/access';
import type { FragmentType } from '@/gql';

/**
 * A fragment a query asks for only when the user holds `permission` (null: anyone who may
 * run the query at all). Profile widgets, the profile header's parts and the customer list's
 * columns are all of this kind, so every screen asks for permitted fields the same way.
 */
export interface PermittedFragment<F extends DocumentNode = DocumentNode> {
  fragment: F;
  permission: Permission | null;
}

export function definePermittedFragment<F extends DocumentNode>(entry: PermittedFragment<F>): PermittedFragment<F> {
  return entry;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** What spreading the fragments of `P` adds to an object: the masked refs of each. */
export type RefsOf<P> = UnionToIntersection<
  P extends { fragment: infer F extends DocumentTypeDecoration<unknown, unknown> } ? FragmentType<F> : never
>;

/** `T` with `R` added to the object(s) at `path`, through lists and nulls. */
export type WithAt<T, Path extends readonly string[], R> = T extends null | undefined
  ? T
  : T extends ReadonlyArray<infer E>
    ? Array<WithAt<E, Path, R>>
    : Path extends readonly [infer Head, ...infer Rest extends readonly string[]]
      ? { [K in keyof T]: K extends Head ? WithAt<T[K], Rest, R> : T[K] }
      : T & R;

export interface Composed<TData, TVariables, P> {
  document: TypedDocumentNode<TData, TVariables>;
  /** The entries whose fragment the document spreads, in the order given. */
  included: P[];
}

export function fragmentDefinitions(doc: DocumentNode): FragmentDefinitionNode[] {
  return doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
}

/** The fragment a colocated document defines first (its own; later ones are those it spreads). */
export function ownFragmentName(doc: DocumentNode): string {
  return fragmentDefinitions(doc)[0].name.value;
}

// One document per base and set of fragments: the same permissions give the same object, so
// Apollo's per-document caches (printing, transforms) hit, and components need no useMemo.
const composedCache = new WeakMap<DocumentNode, Map<string, DocumentNode>>();

/**
 * The `base` query (a codegen document) with a spread of every entry's fragment the user may
 * read added to the selection at `at` (field names from the operation's root; lists are walked
 * through). A field the user may not read is never in what is sent, and the result stays typed:
 * the refs of every entry are added at `at`, to be unmasked with `getFragmentData` when the
 * entry is in `included`. `leaveOut` drops entries for other reasons (e.g. a widget that failed).
 */
export function withPermittedFragments<TData, TVariables, const Path extends readonly string[], P extends PermittedFragment>(
  base: TypedDocumentNode<TData, TVariables>,
  at: Path,
  entries: readonly P[],
  permissions: Iterable<string>,
  options: { leaveOut?: (entry: P) => boolean } = {},
): Composed<WithAt<TData, Path, RefsOf<P>>, TVariables, P> {
  const granted = new Set(permissions);
  const included = entries.filter(
    (e) => (e.permission === null || granted.has(e.permission)) && !options.leaveOut?.(e),
  );

  const key = `${at.join('.')}:${included.map((e) => ownFragmentName(e.fragment)).join(',')}`;
  let byKey = composedCache.get(base);
  if (!byKey) composedCache.set(base, (byKey = new Map()));
  let document = byKey.get(key);
  if (!document) byKey.set(key, (document = compose(base, at, included.map((e) => e.fragment))));

  return { document: document as TypedDocumentNode<WithAt<TData, Path, RefsOf<P>>, TVariables>, included };
}

function compose(base: DocumentNode, at: readonly string[], fragments: DocumentNode[]): DocumentNode {
  const spreads: FragmentSpreadNode[] = fragments.map((doc) => ({
    kind: Kind.FRAGMENT_SPREAD,
    name: { kind: Kind.NAME, value: ownFragmentName(doc) },
  }));
  // Each colocated document carries the fragments it spreads: define each one once.
  const definitions = new Map<string, FragmentDefinitionNode>();
  for (const doc of [base, ...fragments]) for (const def of fragmentDefinitions(doc)) definitions.set(def.name.value, def);

  const operation = base.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('withPermittedFragments needs a document with an operation');
  return {
    kind: Kind.DOCUMENT,
    definitions: [{ ...operation, selectionSet: addSpreads(operation.selectionSet, at, spreads) }, ...definitions.values()],
  };
}

/** A copy of `set` with `spreads` added at `path`; the codegen document is never changed. */
function addSpreads(set: SelectionSetNode, path: readonly string[], spreads: FragmentSpreadNode[]): SelectionSetNode {
  if (path.length === 0) return { ...set, selections: [...set.selections, ...spreads] };
  const [head, ...rest] = path;
  const index = set.selections.findIndex((s) => s.kind === Kind.FIELD && (s.alias ?? s.name).value === head);
  const field = set.selections[index];
  if (!field || field.kind !== Kind.FIELD || !field.selectionSet) {
    throw new Error(`withPermittedFragments: no field "${head}" with a selection to add fragments to`);
  }
  const selections = [...set.selections];
  selections[index] = { ...field, selectionSet: addSpreads(field.selectionSet, rest, spreads) };
  return { ...set, selections };
}
