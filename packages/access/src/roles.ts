import type { WidgetId } from './widgets';
import { ALL_PERMISSIONS, readPermission, writePermission, type Permission } from './permissions';

export const DEFAULT_ROLE_NAMES = [
  'admin',
  'support',
  'technical',
  'billing',
  'debt_collector',
  'finance_manager',
  'sales',
  'reseller',
  'reporting',
] as const;

export type DefaultRoleName = (typeof DEFAULT_ROLE_NAMES)[number];

const grant = (read: WidgetId[], write: WidgetId[], actions: Permission[] = []): Permission[] => [
  ...read.map(readPermission),
  ...write.map(writePermission),
  ...actions,
];

const billing = grant(
  ['accountDetails', 'billingDetails', 'suspension', 'quotes', 'recurringBilling', 'ageAnalysis', 'cardTransactions',
    'paymentReceipts', 'debtorNotes', 'accountingSync', 'messages', 'notes'],
  ['billingDetails', 'suspension', 'recurringBilling', 'paymentReceipts', 'accountingSync', 'notes'],
  ['customer:lifecycle', 'billing:run'],
);

/**
 * The roles that ship, exactly as ACCESS.md lists them; seeded into the database.
 * `resellerScoped`: every user and token with the role must belong to a reseller.
 */
export const DEFAULT_ROLES: Record<DefaultRoleName, { description: string; permissions: readonly Permission[]; resellerScoped?: boolean }> = {
  admin: { description: 'Everything', permissions: ALL_PERMISSIONS },
  support: {
    description: 'Support agents: answer customer queries',
    permissions: grant(
      ['accountDetails', 'dataAccounts', 'dataUsage', 'activeSessions', 'phoneUsage', 'notificationSettings',
        'packageChanges', 'billingDetails', 'suspension', 'quotes', 'voipLines', 'messages', 'tickets', 'notes',
        'ratings', 'ageAnalysis', 'addresses', 'attachments', 'paymentReceipts'],
      ['accountDetails', 'notificationSettings', 'packageChanges', 'tickets', 'notes', 'ratings', 'addresses',
        'attachments'],
    ),
  },
  technical: {
    description: 'Technical team: connectivity, data accounts and lines',
    permissions: grant(
      ['accountDetails', 'dataAccounts', 'dataUsage', 'activeSessions', 'phoneUsage', 'voipLines', 'tickets', 'notes',
        'addresses', 'attachments'],
      ['dataAccounts', 'voipLines', 'tickets', 'notes', 'attachments'],
    ),
  },
  billing: { description: 'Billing clerks', permissions: billing },
  debt_collector: {
    description: 'Debt collectors',
    permissions: grant(
      ['accountDetails', 'suspension', 'ageAnalysis', 'paymentReceipts', 'messages', 'debtorNotes', 'notes'],
      ['debtorNotes', 'suspension'],
    ),
  },
  finance_manager: {
    description: 'Finance managers: billing plus reports, export and the audit trail',
    permissions: [...billing, 'reports:read', 'customer:export', 'auditTrail:read'],
  },
  sales: {
    description: 'Sales: quotes and new customers',
    permissions: grant(['accountDetails', 'dataAccounts', 'quotes', 'ratings', 'notes'], ['quotes', 'notes'], [
      'customer:create',
    ]),
  },
  reseller: {
    description: "Partner resellers: only their own reseller's customers",
    resellerScoped: true,
    permissions: grant(
      ['accountDetails', 'dataAccounts', 'dataUsage', 'activeSessions', 'phoneUsage', 'packageChanges', 'voipLines',
        'tickets', 'quotes'],
      ['dataAccounts', 'packageChanges', 'tickets'],
    ),
  },
  reporting: {
    description: 'Internal reporting tools: read-only reports across all customers',
    permissions: grant(['ageAnalysis', 'dataUsage', 'phoneUsage', 'recurringBilling'], [], ['reports:read']),
  },
};
