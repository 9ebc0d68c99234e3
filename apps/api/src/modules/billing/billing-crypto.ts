import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Bank account numbers are stored encrypted at rest: AES-256-GCM (authenticated), a fresh
 * 12-byte IV per value, stored as `v1:<iv>:<tag>:<ciphertext>` (base64). The key is
 * BILLING_ENCRYPTION_KEY (32 bytes, base64); without it a development key derived from a fixed
 * phrase is used, and in production (NODE_ENV=production) encryption refuses to run.
 */
const DEV_KEY = createHash('sha256').update('sightline-dev-billing-key (not for production)').digest();

export function billingKey(env = process.env): Buffer {
  const raw = env.BILLING_ENCRYPTION_KEY;
  if (raw) {
    const key = Buffer.from(raw, 'base64');
    if (key.length !== 32) throw new Error('BILLING_ENCRYPTION_KEY must be 32 bytes, base64');
    return key;
  }
  if (env.NODE_ENV === 'production') throw new Error('BILLING_ENCRYPTION_KEY is not set');
  return DEV_KEY;
}

export function encryptSecret(plain: string, key = billingKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

export function decryptSecret(stored: string, key = billingKey()): string {
  const [v, iv, tag, body] = stored.split(':');
  if (v !== 'v1' || !iv || !tag || body === undefined) throw new Error('not an encrypted value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}

/** ••••1234 */
export const maskAccountNumber = (last4: string | null) => (last4 ? `••••${last4}` : null);
