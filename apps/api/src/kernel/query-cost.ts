import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * The cost of an operation: the most field values its answer can hold.
 *
 * - Every field counts 1, once per element of each paged list around it.
 * - A paged list (a field with a `first` argument) holds at most `first` elements: the
 *   number written in the query, the schema's default when it is left out, and the largest
 *   page the API serves (`maxPageSize`) when it is a variable — a validated document is
 *   cached and may run again with any variables.
 * - A list without `first` (a customer's addresses, a connection's `edges`) counts once:
 *   its length comes from the data, not from the query (a connection's `first` sizes its
 *   edges), so a client cannot make it longer.
 * - `__typename` is free: it is answered from the type without a resolver, and Apollo
 *   Client adds it to every selection it sends.
 * - Fragments count as if written inline (colocated fragments are how the web composes
 *   its queries; they must not cost more than the same fields written out).
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  getFragment: (name: string) => FragmentDefinitionNode | null | undefined,
  maxPageSize: number,
): number {
  const fragmentCosts = new Map<string, number>();
  const entered = new Set<string>();

  const selections = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) cost += field(selection, parent);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) cost += fragment(selection.name.value);
      else {
        const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
        cost += selections(selection.selectionSet, condition && isCompositeType(condition) ? condition : parent);
      }
    }
    return cost;
  };

  const field = (node: FieldNode, parent: GraphQLCompositeType): number => {
    if (node.name.value === '__typename') return 0;
    const def = fieldDefinition(parent, node.name.value);
    const type = def && getNamedType(def.type);
    if (!node.selectionSet || !type || !isCompositeType(type)) return 1;
    return 1 + pageSize(node, def, maxPageSize) * selections(node.selectionSet, type);
  };

  // Each fragment is costed once per document, so spreading spreads cannot blow up the count.
  const fragment = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    // A cycle (or an unknown fragment) is the standard rules' to report; it adds nothing here.
    if (entered.has(name)) return 0;
    const def = getFragment(name);
    const type = def && schema.getType(def.typeCondition.name.value);
    if (!def || !type || !isCompositeType(type)) return 0;
    entered.add(name);
    const cost = selections(def.selectionSet, type);
    fragmentCosts.set(name, cost);
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  return root ? selections(operation.selectionSet, root) : 0;
}

function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** How many elements a field's answer may hold (1 for anything that is not a paged list). */
function pageSize(node: FieldNode, def: GraphQLField<unknown, unknown>, maxPageSize: number): number {
  const first = def.args.find((a) => a.name === 'first');
  if (!first) return 1;
  const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
  if (!given) return typeof first.defaultValue === 'number' ? Math.min(first.defaultValue, maxPageSize) : maxPageSize;
  if (given.kind === Kind.INT) return Math.min(Math.max(Number(given.value), 0), maxPageSize);
  return maxPageSize;
}

/** A validation rule that hands each operation's cost to `onCost` (which judges it). */
export function queryCostRule(
  maxPageSize: number,
  onCost: (context: ValidationContext, cost: number, operation: OperationDefinitionNode) => void,
): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), operation, (name) => context.getFragment(name), maxPageSize);
      onCost(context, cost, operation);
    },
  });
}
