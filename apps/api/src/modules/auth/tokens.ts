import { createHash, randomBytes } from 'node:crypto';

export const SESSION_PREFIX = 'sls_';
export const API_TOKEN_PREFIX = 'slt_';
export const PASSWORD_LINK_PREFIX = 'slp_';

/** A new secret token with a recognisable prefix (so leaked tokens can be found by scanners). */
export const newToken = (prefix: string) => prefix + randomBytes(32).toString('base64url');

/** Tokens are stored as SHA-256: they are long random secrets, a slow hash adds nothing. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
