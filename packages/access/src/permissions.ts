import { WIDGET_IDS, type WidgetId } from './widgets';

export type WidgetPermission = `${WidgetId}:read` | `${WidgetId}:write`;

/** Permissions for actions that are not a widget (ACCESS.md). */
export const ACTION_PERMISSIONS = [
  'customer:create',
  'customer:lifecycle',
  'customer:delete',
  'customer:bulk',
  'customer:export',
  'reports:read',
  'admin:roles',
  'billing:run',
  // Create and edit data packages and VoIP tariffs (admins).
  'catalogue:write',
  // Delete any note, and stop someone else's note popping up (admins; ACCESS.md's spirit:
  // everyone writes notes, few correct other people's).
  'notes:moderate',
] as const;

export type ActionPermission = (typeof ACTION_PERMISSIONS)[number];
export type Permission = WidgetPermission | ActionPermission;

export const readPermission = (widget: WidgetId): WidgetPermission => `${widget}:read`;
export const writePermission = (widget: WidgetId): WidgetPermission => `${widget}:write`;

/** Every permission that exists, in a stable order: widgets (read, write) then actions. */
export const ALL_PERMISSIONS: readonly Permission[] = [
  ...WIDGET_IDS.flatMap((id) => [readPermission(id), writePermission(id)]),
  ...ACTION_PERMISSIONS,
];

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}

/** True when the set grants read on at least one widget, i.e. the caller may open customers. */
export function canReadAnyWidget(perms: Iterable<string>): boolean {
  for (const p of perms) if (p.endsWith(':read') && WIDGET_IDS.some((id) => p === `${id}:read`)) return true;
  return false;
}

/**
 * Widgets that are internal (ACCESS.md rule 7: internal notes, debtor notes, audit trail,
 * accounting sync). Their permissions never take effect for a reseller-scoped user or token,
 * whatever its role says, because they carry staff names and internal text.
 */
export const INTERNAL_WIDGETS: readonly WidgetId[] = ['notes', 'debtorNotes', 'auditTrail', 'accountingSync'];

const isInternal = (permission: string) => INTERNAL_WIDGETS.some((w) => permission.startsWith(`${w}:`));

/** The permissions that take effect: a role's, minus the internal ones for reseller-scoped callers. */
export function effectivePermissions(rolePermissions: Iterable<string>, resellerScoped: boolean): string[] {
  const all = [...rolePermissions];
  return resellerScoped ? all.filter((p) => !isInternal(p)) : all;
}
