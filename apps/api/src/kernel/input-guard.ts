import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, Lexer, Source, TokenKind, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from './errors';
import { labelOf, unstorableText } from './validators';

// Checks on what a request brings in, made once for every operation before anything reads it:
// how deeply its document and JSON nest (before the parser, the validators or JSON.stringify
// recurse through them), and that every string argument is text PostgreSQL can store.

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * How deeply `{ [ (` nest in a GraphQL document, counted with graphql-js's lexer (a loop, no
 * recursion) and given up past `limit` or `maxTokens`. graphql-js's parser recurses once per
 * level of selections, lists and input objects, so this must be checked before `parse`.
 * A document the lexer refuses counts as 0: the parser then reports the syntax error.
 */
export function documentNesting(query: string, limit: number, maxTokens: number): number {
  let depth = 0;
  let deepest = 0;
  try {
    const lexer = new Lexer(new Source(query));
    for (let tokens = 0; tokens <= maxTokens; tokens++) {
      const kind = lexer.advance().kind;
      if (kind === TokenKind.EOF) break;
      if (OPENING.has(kind)) deepest = Math.max(deepest, ++depth);
      else if (CLOSING.has(kind)) depth--;
      if (deepest > limit) break;
    }
  } catch {
    return 0;
  }
  return deepest;
}

/** How deeply arrays and objects nest in a JSON value, walked without recursion; stops past `limit`. */
export function jsonNesting(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

interface BadText {
  field: string;
  message: string;
}

/** `input.address.city` → `address.city`, as class-validator names fields of an input object. */
const fieldName = (path: string[]) => (path.length > 1 ? path.slice(1) : path).join('.');

const badText = (path: string[], text: string): BadText | null => {
  const problem = unstorableText(text);
  return problem ? { field: fieldName(path), message: `${labelOf(path[path.length - 1] ?? 'value')} ${problem}` } : null;
};

/** The first string in a JSON value that cannot be stored, with its path of object keys. */
function badTextInJson(value: unknown, at: string[]): BadText | null {
  const stack: [unknown, string[]][] = [[value, at]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const bad = badText(path, v);
      if (bad) return bad;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push([item, path]);
    } else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) stack.push([item, [...path, k]]);
    }
  }
  return null;
}

/**
 * The first string argument of the request, written in the document or passed as a variable,
 * that PostgreSQL cannot store (NUL) or that is not Unicode text (a lone surrogate). Its
 * `field` is named as input validation names it: the argument, or the path inside an input
 * object without the argument (`name`, `address.city`).
 */
export function findUnstorableText(document: DocumentNode, variables: Record<string, unknown> = {}): BadText | null {
  let scan = documentScans.get(document);
  if (!scan) documentScans.set(document, (scan = scanDocument(document)));
  if (scan.found) return scan.found;
  for (const [name, value] of Object.entries(variables ?? {})) {
    const bad = badTextInJson(value, scan.usedAt.get(name) ?? [name]);
    if (bad) return bad;
  }
  return null;
}

/**
 * A document's own strings and where each variable is used, once per document: Apollo keeps
 * parsed documents, so a repeated operation is the same object and only its variables differ.
 */
const documentScans = new WeakMap<DocumentNode, { found: BadText | null; usedAt: Map<string, string[]> }>();

function scanDocument(document: DocumentNode) {
  const path: string[] = [];
  const usedAt = new Map<string, string[]>();
  let found: BadText | null = null;
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    VariableDefinition: { enter: (node) => void path.push(node.variable.name.value), leave: () => void path.pop() },
    StringValue(node) {
      found ??= badText(path, node.value);
    },
    Variable(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.VARIABLE_DEFINITION) return;
      if (!usedAt.has(node.name.value)) usedAt.set(node.name.value, [...path]);
    },
  });
  return { found: found as BadText | null, usedAt };
}

const refuse = (message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}), http: { status: 400 } } });

/**
 * Refuses, before execution, an operation with text that cannot be stored (BAD_USER_INPUT on
 * the field) and subscriptions, which this API does not serve.
 */
export const inputGuardPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request }) {
        if (operation?.operation === 'subscription') throw refuse('Subscriptions are not supported: send a query or a mutation');
        const bad = findUnstorableText(document, request.variables);
        if (bad) throw refuse(bad.message, bad.field);
      },
    };
  },
};
