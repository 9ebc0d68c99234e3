import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { config } from '../../kernel/config';
import { DomainError, ErrorCode } from '../../kernel/errors';

/** How many failed sign-ins are allowed (README, "Configuration"). */
export interface LoginLimits {
  /** Per email from one address, in `windowSeconds`: a guesser at one address. */
  perEmailAddress: number;
  /** Per address, whatever the email, in `windowSeconds`: one address trying many accounts. */
  perAddress: number;
  windowSeconds: number;
  /** Per email from every address together, in `perEmailWindowSeconds`: guessers spread over many addresses. */
  perEmail: number;
  perEmailWindowSeconds: number;
}

/** One account in the table: its email, or an address, hashed (the table keeps no personal data). */
const hashed = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 32);

/** Groups of 16 bits of an IPv6 address, `::` expanded (an IPv4 tail counts as two). */
function ipv6Groups(ip: string): string[] {
  const part = (s: string) => (s ? s.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const [head, tail] = ip.split('::');
  if (tail === undefined) return part(head);
  const h = part(head);
  const t = part(tail);
  return [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
}

/**
 * The address a limit counts: IPv4 as it is (also IPv4-mapped IPv6), IPv6 by its /64, the
 * network one subscriber gets, so rotating through it does not buy new attempts.
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  return `${ipv6Groups(address).slice(0, 4).map((g) => parseInt(g || '0', 16).toString(16)).join(':')}::/64`;
}

/**
 * Counts failed sign-ins in PostgreSQL (`login_attempt`, from this module's migration), so the
 * limits hold across API replicas. An attempt spends one point of each limit before the password
 * is checked (parallel guesses cannot slip past a count); a success gives its points back, so
 * people signing in never use up their address's budget; a refused attempt checks no password
 * and gives back what it spent on the other limits.
 */
export class LoginLimiter {
  private readonly perEmailAddress: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;
  private readonly perEmail: RateLimiterPostgres;

  constructor(db: DataSource, limits: LoginLimits = config.loginLimit) {
    // The library would create its own table unless told it exists; ours comes from a migration.
    const store = { storeClient: db, storeType: 'typeorm', tableName: 'login_attempt', tableCreated: true, clearExpiredByTimeout: false };
    this.perEmailAddress = new RateLimiterPostgres({ ...store, keyPrefix: 'email_address', points: limits.perEmailAddress, duration: limits.windowSeconds });
    this.perAddress = new RateLimiterPostgres({ ...store, keyPrefix: 'address', points: limits.perAddress, duration: limits.windowSeconds });
    // One of the three deletes the expired rows of all (every 5 minutes, rows an hour past expiry).
    this.perEmail = new RateLimiterPostgres({ ...store, keyPrefix: 'email', points: limits.perEmail, duration: limits.perEmailWindowSeconds, clearExpiredByTimeout: true });
  }

  private keys(email: string, ip: string) {
    const address = addressKey(ip);
    return [
      [this.perEmailAddress, hashed(`${email}|${address}`)],
      [this.perAddress, hashed(address)],
      [this.perEmail, hashed(email)],
    ] as const;
  }

  /** Spends an attempt; TOO_MANY_REQUESTS (and nothing spent) when any limit is used up. */
  async consume(email: string, ip: string) {
    const keys = this.keys(email, ip);
    const results = await Promise.allSettled(keys.map(([limiter, key]) => limiter.consume(key)));
    const refusals: RateLimiterRes[] = [];
    for (const r of results) {
      if (r.status === 'fulfilled') continue;
      if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
      refusals.push(r.reason);
    }
    if (!refusals.length) return;
    await Promise.all(keys.map(([limiter, key], i) => (results[i].status === 'fulfilled' ? limiter.reward(key, 1) : null)));
    const seconds = Math.ceil(Math.max(...refusals.map((r) => r.msBeforeNext)) / 1000);
    throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, `Too many sign-in attempts; try again in ${seconds} s`);
  }

  /** A right password: the attempt costs nothing, and this email starts afresh at this address. */
  async succeeded(email: string, ip: string) {
    const [[emailAddress, emailAddressKey], [address, addressKey_], [anyAddress, emailKey]] = this.keys(email, ip);
    await Promise.all([emailAddress.delete(emailAddressKey), address.reward(addressKey_, 1), anyAddress.reward(emailKey, 1)]);
  }
}

declare module '../../kernel/context' {
  interface Services {
    /** Counts failed sign-ins per email+address, per address and per email. */
    loginLimiter: LoginLimiter;
  }
}
