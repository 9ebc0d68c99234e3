import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { config } from '../../kernel/config';
import { DomainError, ErrorCode } from '../../kernel/errors';

/** Login attempts per email+IP and per IP; a success clears the email+IP counter. */
export class LoginLimiter {
  private readonly perEmailIp: RateLimiterMemory;
  private readonly perIp: RateLimiterMemory;

  constructor(limits: { perEmailIp: number; perIp: number; windowSeconds: number } = config.loginLimit) {
    this.perEmailIp = new RateLimiterMemory({ keyPrefix: 'login_email_ip', points: limits.perEmailIp, duration: limits.windowSeconds });
    this.perIp = new RateLimiterMemory({ keyPrefix: 'login_ip', points: limits.perIp, duration: limits.windowSeconds });
  }

  async consume(email: string, ip: string) {
    try {
      await Promise.all([this.perEmailIp.consume(`${email}|${ip}`), this.perIp.consume(ip)]);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const seconds = Math.ceil(e.msBeforeNext / 1000);
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, `Too many sign-in attempts; try again in ${seconds} s`);
    }
  }

  async succeeded(email: string, ip: string) {
    await this.perEmailIp.delete(`${email}|${ip}`);
  }
}

declare module '../../kernel/context' {
  interface Services {
    /** Counts sign-in attempts per email+address and per address. */
    loginLimiter: LoginLimiter;
  }
}
