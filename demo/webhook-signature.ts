import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a webhook's timestamp may be from this server's clock (Standard Webhooks' default tolerance). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { readonly ok: true; readonly timestamp: number } | { readonly ok: false; readonly reason: string };

/**
 * Checks a `Signin-Signature: t=<unix s>,v1=<hex>` header: one of its `v1` values must be the
 * hex HMAC-SHA256 of `"<t>.<raw body>"` with the secret key, and `t` within the tolerance of
 * `nowSeconds` (an old, replayed delivery is refused). Compare the raw body, before any parsing.
 */
export function verifyWebhookSignature(secret: string, header: string | undefined, body: string, nowSeconds: number, toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS): SignatureCheck {
  if (!header) return { ok: false, reason: 'the Signin-Signature header is missing' };
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.trim().split('=', 2) as [string, string?];
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === undefined || signatures.length === 0) return { ok: false, reason: 'the Signin-Signature header is not t=<unix seconds>,v1=<hex HMAC-SHA256>' };
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return { ok: false, reason: `the signature's timestamp is more than ${toleranceSeconds} s away from this server's clock (a replay?)` };
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest();
  const matches = signatures.some((hex) => {
    const given = Buffer.from(hex, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true, timestamp } : { ok: false, reason: 'the signature does not match the body' };
}
