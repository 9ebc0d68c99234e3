import { isIPv4 } from 'node:net';
import { badInput } from '../../kernel/errors';
import { ACCOUNT_LIMITS, ISO_DATE, USERNAME } from './data-account.inputs';

// Checks of what agents type that class-validator cannot express: each names its field.

export function checkUsername(raw: string): string {
  const username = raw.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw badInput('username', 'Username must be 3 to 64 characters: letters, digits and . _ @ - (starting with a letter or digit)');
  }
  return username;
}

export function checkPassword(password: string): string {
  if (password.length < ACCOUNT_LIMITS.password.min || password.length > ACCOUNT_LIMITS.password.max) {
    throw badInput('password', `Password must be ${ACCOUNT_LIMITS.password.min} to ${ACCOUNT_LIMITS.password.max} characters`);
  }
  // Printable ASCII without spaces: what every router's PPPoE client can type and send.
  if (!/^[\x21-\x7e]+$/.test(password)) throw badInput('password', 'Password may use letters, digits and symbols, without spaces or accents');
  return password;
}

/** A usable unicast IPv4 host address, normalised ("010.0.0.1" is refused, not guessed). */
export function checkStaticIp(raw: string | null | undefined): string | null | undefined {
  if (raw === undefined || raw === null) return raw;
  const ip = raw.trim();
  if (ip === '') return null;
  if (!isIPv4(ip)) throw badInput('staticIp', 'Static IP must be an IPv4 address like 10.20.30.40');
  const [a, , , d] = ip.split('.').map(Number);
  if (a === 0 || a === 127 || a >= 224 || d === 0 || d === 255) {
    throw badInput('staticIp', 'Static IP must be a usable host address (not 0.x, 127.x, multicast, or ending in .0 / .255)');
  }
  return ip;
}

export function checkReason(raw: string): string {
  const reason = (raw ?? '').trim();
  if (!reason) throw badInput('reason', 'Give a reason');
  if (reason.length > ACCOUNT_LIMITS.reason) throw badInput('reason', `Reason can be at most ${ACCOUNT_LIMITS.reason} characters`);
  return reason;
}

/** A real calendar date YYYY-MM-DD (2026-02-30 is refused) between 1990 and 2100 (typos like 0026 too). */
export function checkDate(field: string, value: string): string {
  const label = field === 'startDate' ? 'Start date' : field === 'endDate' ? 'End date' : 'Effective date';
  const d = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw badInput(field, `${label} must be a real date as YYYY-MM-DD`);
  }
  if (value < '1990-01-01' || value > '2100-12-31') throw badInput(field, `${label} must be between 1990 and 2100`);
  return value;
}

export const todayUtc = () => new Date().toISOString().slice(0, 10);
