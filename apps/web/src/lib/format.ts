// Formatting shared by every screen, so dates and money read the same everywhere.

import { getFragmentData } from '@/gql';
import { PostalAddressFragment, type PostalAddressRef } from './postalAddress';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
}

/** Money is integer minor units plus a currency code (never floats on the wire). */
export function formatMoney(money: { cents: number; currency: string } | null | undefined): string {
  if (!money) return '—';
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency: money.currency }).format(money.cents / 100);
  } catch {
    return `${(money.cents / 100).toFixed(2)} ${money.currency}`;
  }
}

export function formatPostal(ref: PostalAddressRef | null | undefined): string {
  const address = getFragmentData(PostalAddressFragment, ref);
  if (!address) return '';
  return [address.line1, address.line2, address.city, address.region, address.postalCode, address.country]
    .filter((part) => part && part.trim())
    .join(', ');
}

/** Lower-case enum labels for display: ACTIVE_DO_NOT_BILL -> "Active do not bill". */
export function humanize(value: string): string {
  const s = value.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
