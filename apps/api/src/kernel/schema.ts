import { GraphQLDateTime } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, shield, type IRules } from 'graphql-shield';
import { buildSchemaSync } from 'type-graphql';
import { forbiddenError } from './rules';

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
const callerAnswers = new WeakMap<object, Map<string, unknown>>();

/**
 * A rule that depends only on the caller (shield's 'contextual' cache: signed in, a
 * permission), answered once per request and then synchronously for every field it guards,
 * with shield's exact semantics (true resolves, false is the fallback error, an Error or a
 * string is that error, a throw is false). Shield's own middleware is async: a promise and an
 * await per field, ~700 per 50-row list page. A rule that answers with a promise goes to shield.
 */
interface CallerRule {
  name: string;
  cache: string;
  func: Function;
}
const isCallerRule = (rule: unknown): rule is CallerRule =>
  typeof (rule as CallerRule)?.func === 'function' && (rule as CallerRule).cache === 'contextual';

function callerRuleMiddleware(rule: CallerRule, viaShield: FieldMiddleware, fallbackError: Error): FieldMiddleware {
  return (resolve, parent, args, ctx, info) => {
    let answers = callerAnswers.get(ctx);
    if (!answers) callerAnswers.set(ctx, (answers = new Map()));
    let res = answers.get(rule.name);
    if (res === undefined) {
      try {
        res = rule.func(parent, args, ctx, info);
      } catch {
        res = false;
      }
      if (res && typeof (res as Promise<unknown>).then === 'function') return viaShield(resolve, parent, args, ctx, info);
      res = res instanceof Error ? res : typeof res === 'string' ? new Error(res) : res === true;
      answers.set(rule.name, res);
    }
    if (res === true) return resolve(parent, args, ctx, info);
    return res === false ? fallbackError : res;
  };
}

/** The served schema: deny by default, a rule on every type, field and mutation. */
export function buildSchema(bare: GraphQLSchema, ruleMap: IRules): GraphQLSchema {
  const permissions = shield(ruleMap, {
    fallbackRule: deny,
    fallbackError: forbiddenError,
    allowExternalErrors: true,
    hashFunction: strictCacheKey,
  });
  // Shield's middleware for every field, then the caller-only rules answered without it.
  const generated = (permissions as unknown as { generate(s: GraphQLSchema): Record<string, Record<string, FieldMiddleware>> }).generate(bare);
  for (const [type, fields] of Object.entries(generated)) {
    for (const field of Object.keys(fields)) {
      const rule = ruleOf(ruleMap, type, field);
      if (rule === allow) delete fields[field]; // nothing to check
      else if (isCallerRule(rule) && typeof fields[field] === 'function') {
        fields[field] = callerRuleMiddleware(rule, fields[field], forbiddenError);
      }
    }
  }
  return applyMiddleware(bare, generated as never);
}
