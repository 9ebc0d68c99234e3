import { GraphQLDateTime } from 'graphql-scalars';
import { getNamedType, isAbstractType, isObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, shield, type IRules } from 'graphql-shield';
import { buildSchemaSync } from 'type-graphql';
import { composedOf, forbiddenError, isAuthenticated, requiresSignIn } from './rules';

/** The schema as type-graphql builds it from the modules' resolvers (no permissions yet). */
export function buildBareSchema(resolvers: readonly Function[]): GraphQLSchema {
  return buildSchemaSync({
    resolvers: resolvers as [Function, ...Function[]],
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: { forbidUnknownValues: false },
  });
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

type FieldMiddleware = (resolve: Function, parent: unknown, args: unknown, ctx: object, info: unknown) => unknown;

/** The rule shield applies to `type.field` (its own rule, the type's, `*`, else the fallback). */
function ruleOf(ruleMap: IRules, type: string, field: string): unknown {
  const rules = (ruleMap as Record<string, unknown>)[type];
  if (rules && typeof rules === 'object' && (rules as object).constructor !== Object) return rules; // a rule for the whole type
  if (rules && typeof rules === 'object') return (rules as Record<string, unknown>)[field] ?? (rules as Record<string, unknown>)['*'] ?? deny;
  return deny;
}

/** Per request: the answers of the rules that depend only on the caller. */
const callerAnswers = new WeakMap<object, Map<string, Answer>>();

/** A rule's answer as shield reads it: true resolves, false is the fallback error, an Error is itself. */
type Answer = true | false | Error;
const ASYNC = Symbol('answered with a promise');

interface PlainRule {
  name: string;
  cache: unknown;
  func: Function;
}
const isPlainRule = (rule: unknown): rule is PlainRule => typeof (rule as PlainRule)?.func === 'function';

/** One plain rule, with shield's semantics (a string is an error, a throw is false); a promise goes back to shield. */
function answerOf(rule: PlainRule, parent: unknown, args: unknown, ctx: object, info: unknown): Answer | typeof ASYNC {
  const contextual = rule.cache === 'contextual';
  let answers: Map<string, Answer> | undefined;
  if (contextual) {
    answers = callerAnswers.get(ctx);
    if (!answers) callerAnswers.set(ctx, (answers = new Map()));
    const known = answers.get(rule.name);
    if (known !== undefined) return known;
  }
  let res: unknown;
  try {
    res = rule.func(parent, args, ctx, info);
  } catch {
    res = false;
  }
  if (res && typeof (res as Promise<unknown>).then === 'function') return ASYNC;
  const answer: Answer = res instanceof Error ? res : typeof res === 'string' ? new Error(res) : res === true;
  answers?.set(rule.name, answer);
  return answer;
}

/**
 * A field's rule answered synchronously when it is a plain rule or an `and` of plain rules
 * (every Customer field: signed in, the customer in scope, the permission), with shield's
 * exact semantics: `and` is true when every rule is, else its first Error, else false. Rules
 * that depend only on the caller (shield's 'contextual' cache) are answered once per request;
 * the others (the customer in scope, a pure function of the parent) on every call. Shield's
 * own middleware is async: a promise and an await per rule and field, ~700 per 50-row page.
 * A rule that answers with a promise goes to shield.
 */
function syncRuleMiddleware(rules: PlainRule[], viaShield: FieldMiddleware, fallbackError: Error): FieldMiddleware {
  return (resolve, parent, args, ctx, info) => {
    let firstError: Error | undefined;
    let allTrue = true;
    for (const rule of rules) {
      const answer = answerOf(rule, parent, args, ctx, info);
      if (answer === ASYNC) return viaShield(resolve, parent, args, ctx, info);
      if (answer !== true) {
        allTrue = false;
        if (answer instanceof Error) firstError ??= answer;
      }
    }
    if (allTrue) return resolve(parent, args, ctx, info);
    return firstError ?? fallbackError;
  };
}

/** The plain rules a field's rule consists of, if it can be answered without shield. */
function plainRulesOf(rule: unknown): PlainRule[] | null {
  if (isPlainRule(rule)) return [rule];
  const inner = composedOf(rule, 'RuleAnd');
  if (!inner?.length) return null;
  // and(and(a, b), c) answers as and(a, b, c): the first Error in order, else false.
  const flat = inner.map(plainRulesOf);
  return flat.every((r) => r !== null) ? (flat as PlainRule[][]).flat() : null;
}

/**
 * The types whose rule is `isAuthenticated` for the whole type and which are reached only
 * through fields that already refused a caller who is not signed in (the widget fields, the
 * permission-guarded queries and mutations): asking again on each of their fields cannot
 * refuse anyone (the caller does not change within a request), so those fields are served
 * without a check, as for `allow`. A type reached by any other field (a public one, or one
 * with a rule that lets anyone through) keeps its checks; so do the root types.
 */
export function typesBehindSignIn(schema: GraphQLSchema, ruleMap: IRules): Set<string> {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t!.name));
  const candidates = new Set(
    Object.keys(schema.getTypeMap()).filter((name) => !roots.has(name) && (ruleMap as Record<string, unknown>)[name] === isAuthenticated),
  );
  const reached = new Set<string>();
  const open = new Set<string>(); // reached at least once without a sign-in check
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const targets = isAbstractType(named) ? schema.getPossibleTypes(named).map((t) => t.name) : [named.name];
      for (const target of targets.filter((t) => candidates.has(t))) {
        reached.add(target);
        if (!requiresSignIn(ruleOf(ruleMap, type.name, field.name))) open.add(target);
      }
    }
  }
  return new Set([...candidates].filter((t) => reached.has(t) && !open.has(t)));
}

/** The served schema: deny by default, a rule on every type, field and mutation. */
export function buildSchema(bare: GraphQLSchema, ruleMap: IRules): GraphQLSchema {
  const permissions = shield(ruleMap, {
    fallbackRule: deny,
    fallbackError: forbiddenError,
    allowExternalErrors: true,
    hashFunction: strictCacheKey,
  });
  // Shield's middleware for every field, then the plain rules and ands of them answered without it.
  const generated = (permissions as unknown as { generate(s: GraphQLSchema): Record<string, Record<string, FieldMiddleware>> }).generate(bare);
  const behindSignIn = typesBehindSignIn(bare, ruleMap);
  for (const [type, fields] of Object.entries(generated)) {
    for (const field of Object.keys(fields)) {
      const rule = ruleOf(ruleMap, type, field);
      if (rule === allow || behindSignIn.has(type)) {
        delete fields[field]; // nothing to check, or nothing a check could refuse
        continue;
      }
      // Shield generates a function for a rule, `{ fragments, resolve }` for an `and`.
      const generatedField = fields[field] as FieldMiddleware | { fragments?: unknown[]; resolve?: FieldMiddleware };
      const viaShield = typeof generatedField === 'function' ? generatedField : generatedField?.fragments?.length ? undefined : generatedField?.resolve;
      const plain = plainRulesOf(rule);
      if (plain && viaShield) fields[field] = syncRuleMiddleware(plain, viaShield, forbiddenError);
    }
  }
  return applyMiddleware(bare, generated as never);
}
