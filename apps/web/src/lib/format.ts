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

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Money is integer minor units plus the customer's currency code (never floats on the wire).
 * Every amount on every screen goes through here. `narrowSymbol` gives each currency its
 * everyday sign (R, £, $) instead of en-GB's "ZAR" for anything not British, so a column
 * mixing currencies reads alike.
 */
export function formatMoney(money: { cents: number; currency: string } | null | undefined): string {
  if (!money) return '—';
  let format = moneyFormats.get(money.currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat('en-GB', { style: 'currency', currency: money.currency, currencyDisplay: 'narrowSymbol' });
    } catch {
      return `${(money.cents / 100).toFixed(2)} ${money.currency}`; // not an ISO 4217 code
    }
    moneyFormats.set(money.currency, format);
  }
  return format.format(money.cents / 100);
}

const plurals = new Intl.PluralRules('en-GB');

/** "1 customer", "1,204 customers". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${plurals.select(n) === 'one' ? singular : plural}`;
}

/** Two letters for an avatar from the first two words that start with a letter or digit ("Anele (Reseller A)" → "AR"). */
export function initials(name: string): string {
  const words = name.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.slice(0, 2).map((w) => w[0]).join('').toUpperCase() || '?';
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
