import { createHash, randomBytes, randomInt } from 'node:crypto';

/**
 * The hash FreeRADIUS's PAP module checks as `SSHA2-256-Password`: base64(sha256(password ‖ salt)
 * ‖ salt), 16 random bytes of salt (rlm_pap decodes base64 itself, "normalise" is on by default).
 * A salted hash means only PAP works: CHAP and MS-CHAP need the cleartext (README).
 */
export function radiusPasswordHash(password: string, salt = randomBytes(16)): string {
  const digest = createHash('sha256').update(password, 'utf8').update(salt).digest();
  return Buffer.concat([digest, salt]).toString('base64');
}

/** True when `password` matches a hash made by radiusPasswordHash (for tests and support checks). */
export function radiusPasswordMatches(password: string, hash: string): boolean {
  const raw = Buffer.from(hash, 'base64');
  return radiusPasswordHash(password, raw.subarray(32)) === hash;
}

// No 0/O, 1/l/I: read out over the phone and typed into a router.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new random password, 12 characters (about 70 bits). */
export const generateRadiusPassword = (length = 12) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
