import type { EntityManager } from 'typeorm';
import { ActorKind, type RequestContext } from './request-context';

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

const labels = new Map<string, string>();

/**
 * Registers audit action names (`note.popup`) with what users read for them ("Pop-up flag
 * changed"). Modules declare theirs in their definition; the app registers them all at start.
 */
export function declareAuditActions(actions: Record<string, string>) {
  for (const [action, label] of Object.entries(actions)) {
    if (labels.has(action) && labels.get(action) !== label) throw new Error(`audit action ${action} declared twice`);
    labels.set(action, label);
  }
}

/** What users read for an action; the name itself for actions of modules no longer listed. */
export const auditActionLabel = (action: string) => labels.get(action) ?? action;

/**
 * Writes the audit rows of one change inside the change's own transaction (`em`), so the
 * change and its audit commit or roll back together. The action must be declared by a module.
 */
export async function audit(em: EntityManager, ctx: Pick<RequestContext, 'actor' | 'client'>, event: AuditEvent) {
  if (!labels.has(event.action)) throw new Error(`audit action ${event.action} is not declared by any module`);
  const actor = ctx.actor;
  const rows = event.changes?.length
    ? event.changes.map((c) => [c.field, show(c.oldValue), show(c.newValue)])
    : [[null, null, event.record ? show(event.record) : null]];
  await em.query(
    `INSERT INTO audit_entry (customer_id, actor_id, actor_kind, actor_name, client, action, target, field, old_value, new_value)
     SELECT $1::uuid, $2::uuid, $3::actor_kind, $4, $5, $6, $7, f.field, f.old_value, f.new_value
       FROM unnest($8::text[], $9::text[], $10::text[]) AS f(field, old_value, new_value)`,
    [
      event.customerId,
      actor?.id ?? null,
      actor?.kind ?? ActorKind.SYSTEM,
      actor?.name ?? 'system',
      ctx.client,
      event.action,
      event.target,
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
    ],
  );
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
