import { ALL_PERMISSIONS, COORDINATES, DEFAULT_ROLES, DEFAULT_ROLE_NAMES, LIMITS, WIDGETS, canReadAnyWidget, effectivePermissions, isPermission } from '..';

test('the registry has the 24 widgets of the customer profile, ids unique', () => {
  expect(WIDGETS).toHaveLength(24);
  expect(new Set(WIDGETS.map((w) => w.id)).size).toBe(24);
  expect(WIDGETS[0].id).toBe('accountDetails');
  expect(WIDGETS[23].id).toBe('auditTrail');
  expect(WIDGETS[16]).toEqual({ id: 'ageAnalysis', title: 'Age analysis', seed: '000 §3.17', read: 'ageAnalysis:read', write: 'ageAnalysis:write' });
});

test('every default role grants only permissions that exist, without duplicates', () => {
  for (const name of DEFAULT_ROLE_NAMES) {
    const perms = DEFAULT_ROLES[name].permissions;
    expect(perms.filter((p) => !isPermission(p))).toEqual([]);
    expect(new Set(perms).size).toBe(perms.length);
  }
});

test('roles match ACCESS.md in the cases that matter', () => {
  expect(DEFAULT_ROLES.admin.permissions).toEqual(ALL_PERMISSIONS);
  const has = (role: keyof typeof DEFAULT_ROLES, p: string) => DEFAULT_ROLES[role].permissions.includes(p as never);
  expect(has('reseller', 'notes:read')).toBe(false); // nothing internal for resellers
  expect(has('reseller', 'auditTrail:read')).toBe(false);
  expect(has('reseller', 'debtorNotes:read')).toBe(false);
  expect(has('reseller', 'accountingSync:read')).toBe(false);
  expect(DEFAULT_ROLES.reporting.permissions.filter((p) => p.endsWith(':write'))).toEqual([]);
  expect(has('finance_manager', 'auditTrail:read')).toBe(true);
  expect(DEFAULT_ROLES.billing.permissions.every((p) => has('finance_manager', p))).toBe(true);
  expect(has('debt_collector', 'debtorNotes:write')).toBe(true);
  expect(has('support', 'auditTrail:read')).toBe(false);
});

test('canReadAnyWidget', () => {
  expect(canReadAnyWidget(['reports:read'])).toBe(false);
  expect(canReadAnyWidget(['reports:read', 'dataUsage:read'])).toBe(true);
});

test('notes:moderate (delete notes, unflag others\' pop-ups) is an admin permission only', () => {
  const holders = DEFAULT_ROLE_NAMES.filter((r) => DEFAULT_ROLES[r].permissions.includes('notes:moderate'));
  expect(holders).toEqual(['admin']);
});

test('internal permissions never take effect for reseller-scoped callers', () => {
  const granted = ['accountDetails:read', 'notes:read', 'notes:write', 'notes:moderate', 'auditTrail:read', 'debtorNotes:read', 'accountingSync:read', 'tickets:read'];
  expect(effectivePermissions(granted, true)).toEqual(['accountDetails:read', 'tickets:read']);
  expect(effectivePermissions(granted, false)).toEqual(granted);
});

test('input limits and coordinate ranges are shared numbers', () => {
  expect(LIMITS.customer.name).toBe(200);
  expect(LIMITS.customerSearch).toBe(100);
  expect(COORDINATES.latitude).toEqual({ min: -90, max: 90 });
  expect(COORDINATES.longitude).toEqual({ min: -180, max: 180 });
});
