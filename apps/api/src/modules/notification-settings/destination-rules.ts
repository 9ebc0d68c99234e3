import { isEmail } from 'class-validator';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { LRUCache } from 'lru-cache';
import { LIMITS } from '@sightline/access';
import { badInput } from '../../kernel/errors';
import { NotificationChannel } from './notification-destination.entity';

// What a destination may be, and whether it still matches the customer's contact details.
// Email: the same check as the customer's and contacts' email fields (class-validator isEmail).
// SMS: a mobile number libphonenumber-js accepts, stored in E.164 (+27821234567).

/** Country names the customer forms take, to read numbers typed without a country code. */
const COUNTRY_BY_NAME: Record<string, CountryCode> = {
  'south africa': 'ZA',
  za: 'ZA',
  rsa: 'ZA',
  'united kingdom': 'GB',
  uk: 'GB',
  gb: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  namibia: 'NA',
  botswana: 'BW',
};

/** Sightline's home market: numbers of customers without a known country read as South African. */
export const DEFAULT_COUNTRY: CountryCode = 'ZA';

export const countryOf = (countryName: string | null | undefined): CountryCode =>
  COUNTRY_BY_NAME[(countryName ?? '').trim().toLowerCase()] ?? DEFAULT_COUNTRY;

// Parsing a number with its country's metadata is costly and the widget reads every contact's
// number on each profile: the answers are kept (a few thousand numbers, a few hundred kB).
const e164 = new LRUCache<string, { number: string | null }>({ max: 5000 });

/** A phone number as E.164, or null when it is not a valid number. */
export function toE164(text: string | null | undefined, country: CountryCode): string | null {
  if (!text) return null;
  const key = `${country}:${text}`;
  let known = e164.get(key);
  if (!known) {
    const parsed = parsePhoneNumberFromString(text, country);
    e164.set(key, (known = { number: parsed?.isValid() ? parsed.number : null }));
  }
  return known.number;
}

const SMS_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER']);

/**
 * The destinations as they are stored (trimmed; numbers in E.164; duplicates dropped, first
 * kept), or BAD_USER_INPUT on `destinations` naming the first bad one.
 */
export function normaliseDestinations(channel: NotificationChannel, destinations: string[], country: CountryCode): string[] {
  const max = LIMITS.notificationSettings.destinations;
  if (destinations.length > max) throw badInput('destinations', `At most ${max} destinations per kind of message and channel`);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of destinations) {
    const text = raw.trim();
    if (!text) continue;
    const value = channel === NotificationChannel.EMAIL ? checkEmail(text) : checkMobile(text, country);
    const key = value.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

function checkEmail(text: string): string {
  if (text.length > LIMITS.customer.email) throw badInput('destinations', `"${text.slice(0, 40)}…" is too long for an email address`);
  if (!isEmail(text)) throw badInput('destinations', `"${text}" is not an email address: it must look like name@example.com`);
  return text;
}

function checkMobile(text: string, country: CountryCode): string {
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed?.isValid()) throw badInput('destinations', `"${text}" is not a valid phone number (use +27 82 123 4567 or the local form)`);
  const type = parsed.getType();
  if (type && !SMS_TYPES.has(type)) throw badInput('destinations', `"${text}" is a landline and cannot receive SMS`);
  return parsed.number;
}

/** What a customer can currently be reached at: account details and contacts. */
export interface ContactDetails {
  emails: (string | null)[];
  phones: (string | null)[];
  country: CountryCode;
}

/** Tells, for each destination, whether it matches none of the customer's current details. */
export function orphanCheck(details: ContactDetails) {
  const emails = new Set(details.emails.filter((e): e is string => !!e).map((e) => e.trim().toLowerCase()));
  const phones = new Set(details.phones.map((p) => toE164(p, details.country)).filter((p): p is string => !!p));
  return (channel: NotificationChannel, address: string) =>
    channel === NotificationChannel.EMAIL ? !emails.has(address.toLowerCase()) : !phones.has(address);
}
