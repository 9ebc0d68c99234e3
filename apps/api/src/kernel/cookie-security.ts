import type { Request } from 'express';
import { config } from './config';

const LOOPBACK_HOSTS = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|\[?::1\]?)$/i;

/**
 * Whether a cookie set in answer to `req` must be `Secure`: always, unless the browser
 * reached the web app over plain HTTP on this machine (localhost, 127.x, ::1), where there
 * is no TLS to require. Judged from the request as the browser made it: the protocol and
 * host that the web app's proxy (or any trusted proxy, see Express's `trust proxy`) passes
 * in X-Forwarded-Proto and X-Forwarded-Host. `COOKIE_SECURE=1` forces it on, `0` off.
 */
export function cookieMustBeSecure(req: Request): boolean {
  if (config.cookieSecure !== undefined) return config.cookieSecure;
  return !(req.protocol === 'http' && LOOPBACK_HOSTS.test(req.hostname ?? ''));
}
