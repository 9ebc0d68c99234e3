import { canReadAnyWidget, type Permission } from '@sightline/access';
import { allow, and, rule } from 'graphql-shield';
import type { Context } from './context';
import { forbidden, notFound, unauthenticated } from './errors';

const signInError = (ctx: Context) =>
  ctx.authProblem === 'expired' ? unauthenticated('Your session has expired; sign in again') : unauthenticated();

export type ShieldRule = ReturnType<typeof and> | ReturnType<ReturnType<typeof rule>> | typeof allow;
/** A module's rules: a type → one rule for all its fields, or a map field → rule. */
export type RuleFragment = Record<string, ShieldRule | Record<string, ShieldRule>>;

/** Anyone: only `login` and the types it returns before a session exists. */
export const isPublic: ShieldRule = allow;

export const isAuthenticated: ShieldRule = rule('isAuthenticated', { cache: 'contextual' })((_p, _a, ctx: Context) =>
  ctx.actor ? true : signInError(ctx),
);

/** The rules that pass only for a signed-in caller (each refuses when there is no actor). */
const signInRules = new WeakSet<object>([isAuthenticated]);

/**
 * Whether `r` passes only for a signed-in caller: one of the rules above, an `and` with one
 * in it, or an `or` of them only (shield keeps an and's or an or's rules in `rules`).
 */
export function requiresSignIn(r: unknown): boolean {
  if (r && typeof r === 'object' && signInRules.has(r)) return true;
  const and = composedOf(r, 'RuleAnd');
  if (and) return and.some(requiresSignIn);
  const or = composedOf(r, 'RuleOr');
  return Boolean(or?.length) && or!.every(requiresSignIn);
}

/** The rules an `and` or an `or` of shield's is made of (its classes are not exported), else null. */
export function composedOf(r: unknown, kind: 'RuleAnd' | 'RuleOr'): unknown[] | null {
  return (r as { constructor?: { name?: string } } | null)?.constructor?.name === kind ? ((r as { rules?: unknown[] }).rules ?? null) : null;
}

const permissionRules = new Map<string, ShieldRule>();

/** The caller's role grants `permission`. One rule object per permission, cached per request. */
export function can(permission: Permission): ShieldRule {
  let r = permissionRules.get(permission);
  if (!r) {
    r = rule(`can(${permission})`, { cache: 'contextual' })((_p, _a, ctx: Context) =>
      !ctx.actor ? signInError(ctx) : ctx.permissions.has(permission),
    );
    permissionRules.set(permission, r);
    signInRules.add(r);
  }
  return r;
}

/** May open customers at all: reads at least one widget. */
export const canOpenCustomers: ShieldRule = rule('canOpenCustomers', { cache: 'contextual' })((_p, _a, ctx: Context) =>
  !ctx.actor ? signInError(ctx) : canReadAnyWidget(ctx.permissions),
);
signInRules.add(canOpenCustomers);

/**
 * Defence in depth for every Customer field: the parent customer is in the caller's scope.
 * Depends on the parent, so it is cached strictly (per parent and field; shield issue #122).
 * Out of scope reads as NOT_FOUND, never FORBIDDEN.
 */
export const customerInScope: ShieldRule = rule('customerInScope', { cache: 'strict' })((parent: { resellerId: string | null }, _a, ctx: Context) =>
  ctx.scope.resellerId === null || parent.resellerId === ctx.scope.resellerId ? true : notFound('Customer'),
);

/** A widget field: in scope and readable. */
export const widgetField = (permission: Permission): ShieldRule => and(isAuthenticated, customerInScope, can(permission));

/** What shield answers for a field the caller's role does not grant. */
export const forbiddenError = forbidden();
