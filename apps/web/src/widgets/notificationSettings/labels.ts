import type { NotificationChannel, NotificationKind } from '@/gql/graphql';

/** The rows and columns of the matrix, in the words agents use. */
export const KINDS: { kind: NotificationKind; label: string }[] = [
  { kind: 'INVOICE', label: 'Invoices' },
  { kind: 'USAGE_ALERT', label: 'Usage alerts' },
  { kind: 'SUSPENSION_WARNING', label: 'Suspension warnings' },
  { kind: 'TICKET_REPLY', label: 'Ticket replies' },
];

export const CHANNELS: { channel: NotificationChannel; label: string; what: string }[] = [
  { channel: 'EMAIL', label: 'Email', what: 'Email addresses' },
  { channel: 'SMS', label: 'SMS', what: 'Mobile numbers' },
];

export const kindLabel = (kind: NotificationKind) => KINDS.find((k) => k.kind === kind)?.label ?? kind;
export const channelLabel = (channel: NotificationChannel) => CHANNELS.find((c) => c.channel === channel)?.label ?? channel;
