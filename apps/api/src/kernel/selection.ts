import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects any of `names` directly (through inline fragments
 * and named fragments too; directives are not evaluated, so `@skip` still counts as asked).
 * For a resolver that can start a child's read early, beside its own, instead of after it.
 */
export function selectsAny(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    Boolean(
      set?.selections.some((s) => {
        if (s.kind === Kind.FIELD) return names.includes(s.name.value);
        if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
        if (seen.has(s.name.value)) return false;
        seen.add(s.name.value);
        return walk(info.fragments[s.name.value]?.selectionSet);
      }),
    );
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}
