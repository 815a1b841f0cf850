import { Hono } from 'hono';
import { verifyWebhook, WebhookVerificationError, type WebhookEvent } from '../src/server/index.js';
import type { ReceivedWebhook } from './access-book.js';
import type { Backend } from './backend.js';
import { DEMO_OWNER, failure } from './provider.js';

const MAX_BODY_BYTES = 64 * 1024;

export interface WebhookRoutesOptions {
  /** The provider's Standard Webhooks secret (`whsec_…`); without it every delivery is refused. */
  readonly secret?: string;
  /** This server's clock in milliseconds, for the signature's timestamp tolerance (tests move it). */
  readonly now?: () => number;
}

/**
 * The provider's webhooks: `POST /api/webhooks/signin` verifies the delivery per Standard Webhooks
 * with `verifyWebhook` of `signin-flow/server` (the raw body, the `webhook-*` headers, the provider's
 * webhook secret): 400 `invalid_signature` naming the reason when a header is missing, the signature
 * does not match or the timestamp is more than 5 minutes away, 400 `invalid_request` for a signed body
 * that is no event. Then it keeps the event, once per event id (a retry answers 200 again).
 * `GET /api/webhooks/events` lists the latest ones for the page's panel.
 */
export function webhookRoutes(backend: Backend, { secret = '', now = Date.now }: WebhookRoutesOptions = {}): Hono {
  const app = new Hono();
  const { book, provider } = backend;

  app.post('/api/webhooks/signin', async (c) => {
    if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) return c.json(failure('payload_too_large', `A webhook body is at most ${MAX_BODY_BYTES} bytes`), 413);
    const body = await c.req.text();
    if (Buffer.byteLength(body) > MAX_BODY_BYTES) return c.json(failure('payload_too_large', `A webhook body is at most ${MAX_BODY_BYTES} bytes`), 413);
    let event: WebhookEvent;
    try {
      event = await verifyWebhook(body, c.req.raw.headers, secret, { now });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      const code = error.reason === 'malformed_body' ? 'invalid_request' : 'invalid_signature';
      return c.json(failure(code, `Webhook refused (${error.reason}): ${error.message}`), 400);
    }
    const received: ReceivedWebhook = { id: event.id, type: event.type, at: event.at, receivedAt: new Date().toISOString() };
    // Events of other users' accesses or of links this site did not create are acknowledged, not shown.
    if (event.type === 'signin-link.status-changed') {
      if (backend.links.has(event.linkId)) book.record({ ...received, linkId: event.linkId, status: event.status });
    } else if (event.ownerExternalId === DEMO_OWNER) {
      const known = book.byAccess(event.accessId);
      const bankName = known?.bankName ?? (await provider.bankName(event.bankId)) ?? event.bankId;
      book.record({ ...received, bankName, expiresAt: event.expiresAt, ...(known ? { connectionId: known.id } : {}) });
    }
    return c.json({ received: true });
  });

  app.get('/api/webhooks/events', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ events: book.latestEvents() });
  });

  return app;
}
