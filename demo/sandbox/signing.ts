import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Compares two strings in constant time (over their SHA-256, so lengths leak nothing). */
export function safeEqual(a: string, b: string): boolean {
  const hash = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(hash(a), hash(b));
}

/** `sessionIdSignature`: base64url HMAC-SHA256 of the session id with the secret key. */
export function signSessionId(secret: string, sessionId: string): string {
  return createHmac('sha256', secret).update(sessionId, 'utf8').digest('base64url');
}

export function verifySessionSignature(secret: string, sessionId: string, signature: string): boolean {
  return safeEqual(signSessionId(secret, sessionId), signature);
}

/** A random id with a type prefix: `ses_…`, `lnk_…`, `evt_…`. */
export function randomId(prefix: string, bytes = 16): string {
  return `${prefix}_${randomBytes(bytes).toString('base64url')}`;
}
