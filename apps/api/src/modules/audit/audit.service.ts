import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { ActorKind, AuditEntry } from './audit-entry.entity';

export type Change = { field: string; oldValue: unknown; newValue: unknown };

export interface AuditEvent {
  customerId: string | null;
  action: string;
  target: string;
  /** Per-field changes of an update; omitted for create/remove, which log `record`. */
  changes?: Change[];
  record?: Record<string, unknown>;
}

const show = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.join(', ');
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/**
 * Writes the audit rows of one change inside the change's own transaction (`em`), so the
 * change and its audit commit or roll back together.
 */
export async function audit(em: EntityManager, ctx: Pick<Context, 'actor' | 'client'>, event: AuditEvent) {
  const actor = ctx.actor;
  const base = {
    customerId: event.customerId,
    actorId: actor?.id ?? null,
    actorKind: actor?.kind ?? ActorKind.SYSTEM,
    actorName: actor?.name ?? 'system',
    client: ctx.client,
    action: event.action,
    target: event.target,
  };
  const rows = event.changes?.length
    ? event.changes.map((c) => ({ ...base, field: c.field, oldValue: show(c.oldValue), newValue: show(c.newValue) }))
    : [{ ...base, field: null, oldValue: null, newValue: event.record ? show(event.record) : null }];
  await em.insert(AuditEntry, rows);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields of `patch` (undefined = not sent) whose value differs from `current`. Nested
 * plain objects (embedded addresses) are compared and reported field by field.
 */
export function diff(current: Record<string, unknown>, patch: Record<string, unknown>, prefix = ''): Change[] {
  const out: Change[] = [];
  for (const [key, next] of Object.entries(patch)) {
    if (next === undefined) continue;
    const before = current[key];
    if (next && typeof next === 'object' && !Array.isArray(next) && !(next instanceof Date)) {
      out.push(...diff((before ?? {}) as Record<string, unknown>, next as Record<string, unknown>, `${prefix}${key}.`));
    } else if (!same(before, next)) {
      out.push({ field: prefix + key, oldValue: before ?? null, newValue: next });
    }
  }
  return out;
}

/** Applies a change list back onto a plain patch object for TypeORM (`a.b` → { a: { b } }). */
export function patchFrom(changes: Change[]): Record<string, unknown> {
  const patch: Record<string, any> = {};
  for (const { field, newValue } of changes) {
    const parts = field.split('.');
    let node = patch;
    for (const p of parts.slice(0, -1)) node = node[p] ??= {};
    node[parts[parts.length - 1]] = newValue;
  }
  return patch;
}
