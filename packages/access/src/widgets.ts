const DEFINITIONS = [
  { id: 'accountDetails', title: 'Account details', seed: '000 §3.1' },
  { id: 'dataAccounts', title: 'Data accounts', seed: '000 §3.2' },
  { id: 'dataUsage', title: 'Data usage', seed: '000 §3.3' },
  { id: 'activeSessions', title: 'Active data sessions', seed: '000 §3.4' },
  { id: 'phoneUsage', title: 'Phone usage', seed: '000 §3.5' },
  { id: 'notificationSettings', title: 'Usage notification settings', seed: '000 §3.6' },
  { id: 'packageChanges', title: 'Package changes', seed: '000 §3.7' },
  { id: 'billingDetails', title: 'Billing details', seed: '000 §3.8' },
  { id: 'suspension', title: 'Suspension details', seed: '000 §3.9' },
  { id: 'quotes', title: 'Customer quotes', seed: '000 §3.10' },
  { id: 'voipLines', title: 'VoIP phone lines', seed: '000 §3.11' },
  { id: 'messages', title: 'Messages sent', seed: '000 §3.12' },
  { id: 'tickets', title: 'Helpdesk tickets', seed: '000 §3.13' },
  { id: 'notes', title: 'Customer notes', seed: '000 §3.14' },
  { id: 'ratings', title: 'Customer ratings', seed: '000 §3.15' },
  { id: 'recurringBilling', title: 'Recurring billing', seed: '000 §3.16' },
  { id: 'ageAnalysis', title: 'Age analysis', seed: '000 §3.17' },
  { id: 'cardTransactions', title: 'Credit card transactions', seed: '000 §3.18' },
  { id: 'addresses', title: 'Additional address details', seed: '000 §3.19' },
  { id: 'attachments', title: 'Attachments', seed: '000 §3.20' },
  { id: 'paymentReceipts', title: 'Payment receipts', seed: '000 §3.21' },
  { id: 'debtorNotes', title: 'Debtor notes', seed: '000 §3.22' },
  { id: 'accountingSync', title: 'Accounting sync (SageOne)', seed: '000 §3.23' },
  { id: 'auditTrail', title: 'Customer audit trail', seed: '000 §3.24' },
] as const;

export type WidgetId = (typeof DEFINITIONS)[number]['id'];

export interface Widget {
  id: WidgetId;
  title: string;
  /** Where the seeds describe it. */
  seed: string;
  /** The permission to see the widget (its Customer field) and to use its actions. */
  read: `${WidgetId}:read`;
  write: `${WidgetId}:write`;
}

/**
 * The widget registry: every widget of the customer profile, in the order of WIDGETS.md.
 * API (shield rules), web (which cards to draw) and tests all read this one list.
 */
export const WIDGETS: readonly Widget[] = DEFINITIONS.map((w) => ({ ...w, read: `${w.id}:read`, write: `${w.id}:write` }));

export const WIDGET_IDS: readonly WidgetId[] = WIDGETS.map((w) => w.id);

export function isWidgetId(value: string): value is WidgetId {
  return (WIDGET_IDS as readonly string[]).includes(value);
}
