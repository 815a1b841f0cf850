/**
 * Webhooks per the Standard Webhooks specification (https://www.standardwebhooks.com): three
 * headers, `webhook-id`, `webhook-timestamp` (unix seconds) and `webhook-signature` (a space-separated
 * list of `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">`), with a `whsec_<base64 key>`
 * secret. The specification's own libraries (any language) verify ours; so does `verifyWebhook`.
 * Only fetch-era standard APIs (Web Crypto, TextEncoder): Node 20+, Deno, Bun, workers.
 */
import { webhookEventSchema, type WebhookEvent } from '../core/protocol/link.js';

/** How far a webhook's timestamp may be from the receiver's clock: the specification's 5 minutes. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
export const WEBHOOK_ID_HEADER = 'webhook-id';
export const WEBHOOK_TIMESTAMP_HEADER = 'webhook-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'webhook-signature';
const SECRET_PREFIX = 'whsec_';

/**
 * Why `verifyWebhook` refused a delivery:
 * - `missing_header`: `webhook-id`, `webhook-timestamp` or `webhook-signature` is absent or empty;
 * - `invalid_secret`: the secret is not `whsec_<base64>` (a configuration mistake of the receiver);
 * - `malformed_header`: the timestamp is not unix seconds, or no signature is `v1,<base64>`;
 * - `stale_timestamp`: the timestamp is further than the tolerance from the receiver's clock (a replay?);
 * - `bad_signature`: no `v1` signature matches the body (changed body, or another secret);
 * - `malformed_body`: signed, but not JSON, not an event of the protocol, or its id is not `webhook-id`.
 */
export type WebhookVerificationReason = 'missing_header' | 'invalid_secret' | 'malformed_header' | 'stale_timestamp' | 'bad_signature' | 'malformed_body';

/** Thrown by `verifyWebhook`: `reason` says why. Answer such a delivery 400 and keep nothing of it. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  constructor(
    readonly reason: WebhookVerificationReason,
    message: string,
  ) {
    super(message);
  }
}

/** Request headers as `fetch`'s `Headers`, or a plain object such as Node's `req.headers` (any case; an array's first value counts). */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface VerifyWebhookOptions {
  /** Seconds a timestamp may be away from `now` (default 300). */
  readonly toleranceSeconds?: number;
  /** The receiver's clock in milliseconds (default `Date.now`). */
  readonly now?: () => number;
}

/** What signs one delivery: its id (the event's id), its unix time in seconds and its exact body. */
export interface WebhookMessage {
  readonly id: string;
  readonly timestamp: number;
  readonly body: string | Uint8Array;
}

const encoder = new TextEncoder();
const bytes = (body: string | Uint8Array): Uint8Array => (typeof body === 'string' ? encoder.encode(body) : body);

function header(headers: WebhookHeaders, name: string): string | undefined {
  let value: string | readonly string[] | null | undefined;
  if (typeof (headers as Headers).get === 'function') value = (headers as Headers).get(name);
  else {
    const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === name);
    value = key === undefined ? undefined : record[key];
  }
  const first = typeof value === 'string' ? value : value?.[0];
  return first?.trim() || undefined;
}

function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

const toBase64 = (data: ArrayBuffer): string => btoa(String.fromCharCode(...new Uint8Array(data)));

/** The key bytes of a `whsec_<base64>` secret (the bare base64 is accepted too, as the specification's libraries do), or undefined. */
function secretKey(secret: unknown): Uint8Array | undefined {
  if (typeof secret !== 'string') return undefined;
  const raw = fromBase64(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret);
  return raw && raw.length >= 16 ? raw : undefined;
}

/** True for a usable webhook secret: `whsec_` and the base64 of at least 16 bytes. */
export const isWebhookSecret = (secret: unknown): secret is string => secretKey(secret) !== undefined;

async function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  const raw = secretKey(secret);
  if (!raw) throw new WebhookVerificationError('invalid_secret', 'The webhook secret must be "whsec_" followed by the base64 of at least 16 bytes');
  return crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

function signedContent({ id, timestamp, body }: WebhookMessage): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const content = bytes(body);
  const all = new Uint8Array(prefix.length + content.length);
  all.set(prefix);
  all.set(content, prefix.length);
  return all;
}

/** The `webhook-signature` value of one message: `v1,<base64>`. */
export async function signWebhook(secret: string, message: WebhookMessage): Promise<string> {
  const key = await hmacKey(secret, 'sign');
  return `v1,${toBase64(await crypto.subtle.sign('HMAC', key, signedContent(message)))}`;
}

/** The three headers of one delivery, for a provider that sends webhooks (the sandbox does). */
export async function webhookHeaders(secret: string, message: WebhookMessage): Promise<Record<string, string>> {
  return {
    [WEBHOOK_ID_HEADER]: message.id,
    [WEBHOOK_TIMESTAMP_HEADER]: String(message.timestamp),
    [WEBHOOK_SIGNATURE_HEADER]: await signWebhook(secret, message),
  };
}

/** A new random webhook secret, `whsec_` and the base64 of 24 random bytes. */
export function generateWebhookSecret(): string {
  const key = crypto.getRandomValues(new Uint8Array(24));
  return `${SECRET_PREFIX}${toBase64(key.buffer)}`;
}

/**
 * Checks one webhook delivery and returns its event, typed; throws `WebhookVerificationError`
 * otherwise. Pass the raw body exactly as received (before any JSON parsing), the request's headers
 * and your webhook secret (`whsec_…`). Deduplicate on the event's `id`: a retry carries the same one.
 *
 * ```ts
 * const event = await verifyWebhook(await request.text(), request.headers, process.env.WEBHOOK_SECRET);
 * ```
 */
export async function verifyWebhook(rawBody: string | Uint8Array, headers: WebhookHeaders, secret: string, options: VerifyWebhookOptions = {}): Promise<WebhookEvent> {
  const { toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS, now = Date.now } = options;
  const id = header(headers, WEBHOOK_ID_HEADER);
  const stamp = header(headers, WEBHOOK_TIMESTAMP_HEADER);
  const signatures = header(headers, WEBHOOK_SIGNATURE_HEADER);
  const missing = [!id && WEBHOOK_ID_HEADER, !stamp && WEBHOOK_TIMESTAMP_HEADER, !signatures && WEBHOOK_SIGNATURE_HEADER].filter(Boolean);
  if (!id || !stamp || !signatures) throw new WebhookVerificationError('missing_header', `The ${missing.join(', ')} header${missing.length > 1 ? 's are' : ' is'} missing`);
  const key = await hmacKey(secret, 'verify');
  if (!/^\d{1,12}$/.test(stamp)) throw new WebhookVerificationError('malformed_header', `The webhook-timestamp header is not unix seconds: "${stamp.slice(0, 40)}"`);
  const timestamp = Number(stamp);
  const v1 = signatures
    .split(' ')
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => fromBase64(entry.slice(3)))
    .filter((mac): mac is Uint8Array => mac !== undefined && mac.length === 32);
  if (v1.length === 0) throw new WebhookVerificationError('malformed_header', 'The webhook-signature header has no "v1,<base64 HMAC-SHA256>" signature');
  const skew = Math.abs(Math.floor(now() / 1000) - timestamp);
  if (skew > toleranceSeconds) throw new WebhookVerificationError('stale_timestamp', `The webhook-timestamp is ${skew} s away from this server's clock (more than ${toleranceSeconds} s: a replay, or a clock to fix)`);
  const content = signedContent({ id, timestamp, body: rawBody });
  let matches = false;
  // crypto.subtle.verify compares in constant time; every candidate is checked.
  for (const mac of v1) if (await crypto.subtle.verify('HMAC', key, mac as Uint8Array<ArrayBuffer>, content)) matches = true;
  if (!matches) throw new WebhookVerificationError('bad_signature', 'No webhook-signature matches the body with this secret (a changed body, or another secret)');
  let data: unknown;
  try {
    data = JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody));
  } catch {
    throw new WebhookVerificationError('malformed_body', 'The webhook body is not JSON');
  }
  const parsed = webhookEventSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WebhookVerificationError('malformed_body', `The webhook body is not an event of the protocol (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'})`);
  }
  if (parsed.data.id !== id) throw new WebhookVerificationError('malformed_body', 'The event id is not the webhook-id header');
  return parsed.data;
}
