import { Hono } from 'hono';
import { WEBHOOK_SIGNATURE_HEADER, webhookEventSchema } from '../src/core/protocol/link.js';
import type { ReceivedWebhook } from './access-book.js';
import type { Backend } from './backend.js';
import { DEMO_OWNER, failure } from './provider.js';
import { verifyWebhookSignature } from './webhook-signature.js';

const MAX_BODY_BYTES = 64 * 1024;

export interface WebhookRoutesOptions {
  /** This server's clock in seconds, for the signature's timestamp tolerance (tests move it). */
  readonly nowSeconds?: () => number;
}

/**
 * The provider's webhooks: `POST /api/webhooks/signin` checks the `Signin-Signature` of the raw
 * body with the secret key (400 `invalid_signature` when it is missing, wrong or older than 5
 * minutes), then keeps the event, once per event id (a retry answers 200 again). `GET
 * /api/webhooks/events` lists the latest ones for the page's panel.
 */
export function webhookRoutes(backend: Backend, { nowSeconds = () => Math.floor(Date.now() / 1000) }: WebhookRoutesOptions = {}): Hono {
  const app = new Hono();
  const { book, provider } = backend;

  app.post('/api/webhooks/signin', async (c) => {
    if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) return c.json(failure('payload_too_large', `A webhook body is at most ${MAX_BODY_BYTES} bytes`), 413);
    const body = await c.req.text();
    if (Buffer.byteLength(body) > MAX_BODY_BYTES) return c.json(failure('payload_too_large', `A webhook body is at most ${MAX_BODY_BYTES} bytes`), 413);
    const check = verifyWebhookSignature(backend.secret, c.req.header(WEBHOOK_SIGNATURE_HEADER), body, nowSeconds());
    if (!check.ok) return c.json(failure('invalid_signature', `Webhook refused: ${check.reason}`), 400);
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return c.json(failure('invalid_json', 'The webhook body is not JSON'), 400);
    }
    const parsed = webhookEventSchema.safeParse(data);
    if (!parsed.success) return c.json(failure('invalid_request', 'Not a webhook event this site knows'), 400);
    const event = parsed.data;
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
