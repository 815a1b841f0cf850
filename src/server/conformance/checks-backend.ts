/** The checks of what the integrator's backend calls: links, the Default Import, webhooks, accesses, errors. */
import { accessListSchema } from '../../core/protocol/access.js';
import { createLinkResponseSchema, linkInfoSchema, WEBHOOK_EVENT_TYPE } from '../../core/protocol/link.js';
import { verifyWebhook, WebhookVerificationError } from '../webhooks.js';
import { ensure, excerpt, expectError, expectJson, expectStatus, parseWith } from './expect.js';
import { CheckFailure, type Check } from './types.js';
import { FOREIGN_ORIGIN, RETURN_PATH, UNKNOWN, requireAccesses } from './check-helpers.js';

export const BACKEND_CHECKS: readonly Check[] = [
  // --- Links -------------------------------------------------------------------------------
  {
    id: 'links.unauthorized',
    title: 'POST /v1/signin-links without the secret key, or with a wrong one, is 401 unauthorized',
    async run(ctx) {
      const body = { ownerExternalId: ctx.ownerExternalId, returnUrl: `${ctx.origin ?? FOREIGN_ORIGIN}${RETURN_PATH}` };
      expectError(await ctx.request('/v1/signin-links', { method: 'POST', json: body }), { status: 401, code: 'unauthorized', field: null });
      const wrong = await ctx.request('/v1/signin-links', { method: 'POST', json: body, bearer: 'signin-flow-conformance-wrong-key' });
      expectError(wrong, { status: 401, code: 'unauthorized', field: null });
    },
  },
  {
    id: 'links.create',
    title: 'POST /v1/signin-links answers 201 {id, url, expiresAt}; GET /v1/signin-links/:id shows it pending',
    async run(ctx) {
      const origin = ctx.requireOrigin();
      const returnUrl = `${origin}${RETURN_PATH}`;
      const created = await ctx.request('/v1/signin-links', { method: 'POST', auth: true, json: { ownerExternalId: ctx.ownerExternalId, returnUrl } });
      expectStatus(created, 201);
      const link = parseWith(createLinkResponseSchema, expectJson(created), 'The new link');
      ensure(/^https?:\/\//i.test(link.url), `url: must be the hosted page's absolute http(s) URL (got "${excerpt(link.url, 60)}")`);
      const answer = await ctx.request(`/v1/signin-links/${encodeURIComponent(link.id)}`, { auth: true });
      expectStatus(answer, 200);
      const info = parseWith(linkInfoSchema, expectJson(answer), 'The link info');
      ensure(info.id === link.id, `id is "${info.id}", expected "${link.id}"`);
      ensure(info.status === 'pending', `status is "${info.status}", expected "pending" (the link was just created)`);
      ensure(info.returnUrl === returnUrl, `returnUrl is "${info.returnUrl}", expected "${returnUrl}"`);
      ensure(info.ownerExternalId === ctx.ownerExternalId, `ownerExternalId is "${info.ownerExternalId}", expected "${ctx.ownerExternalId}"`);
    },
  },
  {
    id: 'links.missing-field',
    title: 'a link request without returnUrl is 400 invalid_request naming field returnUrl',
    async run(ctx) {
      const answer = await ctx.request('/v1/signin-links', { method: 'POST', auth: true, json: { ownerExternalId: ctx.ownerExternalId } });
      expectError(answer, { status: 400, code: 'invalid_request', field: 'returnUrl' });
    },
  },
  {
    id: 'links.unknown-id',
    title: 'GET /v1/signin-links/:id of an unknown link is 404 not_found',
    async run(ctx) {
      expectError(await ctx.request(`/v1/signin-links/${UNKNOWN.link}`, { auth: true }), { status: 404, code: 'not_found' });
    },
  },
  {
    id: 'links.session',
    title: "a session started from a link as its hosted page does moves the link to authorizing, with the session's id",
    async run(ctx) {
      const started = await ctx.startedLink();
      const answer = await ctx.request(`/v1/signin-links/${encodeURIComponent(started.linkId)}`, { auth: true });
      expectStatus(answer, 200);
      const info = parseWith(linkInfoSchema, expectJson(answer), 'The link info');
      ensure(info.status === 'authorizing', `status is "${info.status}", expected "authorizing" once a session started from the link`);
      ensure(info.sessionId === started.sessionId, `sessionId is ${JSON.stringify(info.sessionId)}, expected "${started.sessionId}"`);
    },
  },

  // --- Default Import ----------------------------------------------------------------------
  {
    id: 'default-import.unauthorized',
    title: 'POST /v1/default-import without the secret key is 401 unauthorized',
    async run(ctx) {
      const answer = await ctx.request('/v1/default-import', { method: 'POST', json: { sessionId: UNKNOWN.session, sessionIdSignature: 'signin-flow-conformance' } });
      expectError(answer, { status: 401, code: 'unauthorized', field: null });
    },
  },
  {
    id: 'default-import.bad-signature',
    title: 'POST /v1/default-import with a wrong sessionIdSignature is 403 invalid_signature naming field sessionIdSignature',
    async run(ctx) {
      // A real session when there can be one (a provider may look the session up first).
      const sessionId = ctx.origin === undefined ? UNKNOWN.session : (await ctx.session()).sessionId;
      const answer = await ctx.request('/v1/default-import', { method: 'POST', auth: true, json: { sessionId, sessionIdSignature: 'c2lnbmluLWZsb3ctY29uZm9ybWFuY2Utd3Jvbmc' } });
      expectError(answer, { status: 403, code: 'invalid_signature', field: 'sessionIdSignature' });
      return ctx.origin === undefined ? 'with an unknown session id (no origin for a real session)' : undefined;
    },
  },

  // --- Webhooks ----------------------------------------------------------------------------
  {
    id: 'webhook.signed',
    title: "a link's status change is POSTed to its webhookUrl, signed per Standard Webhooks (verifies with the webhook secret), the event matching the link",
    timeoutMs: (ctx) => ctx.webhookTimeoutMs + 10_000,
    async run(ctx) {
      const receiver = ctx.receiver ?? ctx.skip('no webhook receiver (the CLI listens on 127.0.0.1; pass `receiver` to runConformance)');
      const secret = ctx.webhookSecret ?? ctx.skip("needs the provider's webhook signing secret (--webhook-secret whsec_…)");
      const started = await ctx.startedLink();
      const delivery = await receiver.next(ctx.webhookTimeoutMs, ctx.signal).catch((error: unknown) => {
        throw new CheckFailure(`No webhook reached ${receiver.url} within ${ctx.webhookTimeoutMs} ms of the link's change to authorizing (${error instanceof Error ? error.message : String(error)})`);
      });
      ensure(delivery.method === 'POST', `The webhook came as ${delivery.method}, expected POST`);
      const type = delivery.headers['content-type'] ?? '';
      ensure(/^application\/json\b/i.test(type), `The webhook's Content-Type is "${type || 'none'}", expected application/json`);
      let event;
      try {
        event = await verifyWebhook(delivery.body, delivery.headers, secret);
      } catch (error) {
        if (!(error instanceof WebhookVerificationError)) throw error;
        const legacy = delivery.headers['signin-signature'] !== undefined ? ' (it has the old Signin-Signature header instead)' : '';
        throw new CheckFailure(`The webhook does not verify (${error.reason}): ${error.message}${legacy}`);
      }
      ensure(event.type === WEBHOOK_EVENT_TYPE, `The event's type is "${event.type}", expected "${WEBHOOK_EVENT_TYPE}"`);
      ensure('linkId' in event && event.linkId === started.linkId, `The event's linkId is ${JSON.stringify('linkId' in event ? event.linkId : undefined)}, expected "${started.linkId}"`);
      const answer = await ctx.request(`/v1/signin-links/${encodeURIComponent(started.linkId)}`, { auth: true });
      expectStatus(answer, 200);
      const link = parseWith(linkInfoSchema, expectJson(answer), 'The link info');
      ensure(event.status === link.status, `The event's status is "${event.status}", but GET /v1/signin-links/:id says "${link.status}"`);
      if (event.sessionId !== undefined) ensure(event.sessionId === started.sessionId, `The event's sessionId is "${event.sessionId}", expected "${started.sessionId}"`);
      return `${event.id}: ${event.status}`;
    },
  },

  // --- Long-lived access (optional) --------------------------------------------------------
  {
    id: 'accesses.list',
    title: 'GET /v1/accesses?ownerExternalId= answers the access list schema (skipped when 404: not offered)',
    async run(ctx) {
      await requireAccesses(ctx);
      const answer = await ctx.request(`/v1/accesses?ownerExternalId=${encodeURIComponent(ctx.ownerExternalId)}`, { auth: true });
      expectStatus(answer, 200);
      const { accesses } = parseWith(accessListSchema, expectJson(answer), 'The access list');
      ensure(accesses.length === 0, `The new owner ${ctx.ownerExternalId} has ${accesses.length} accesses, expected none`);
    },
  },
  {
    id: 'accesses.unauthorized',
    title: 'GET /v1/accesses without the secret key is 401 unauthorized',
    async run(ctx) {
      await requireAccesses(ctx);
      expectError(await ctx.request(`/v1/accesses?ownerExternalId=${encodeURIComponent(ctx.ownerExternalId)}`), { status: 401, code: 'unauthorized', field: null });
    },
  },
  {
    id: 'accesses.unknown-id',
    title: 'GET /v1/accesses/:id of an unknown access is 404 not_found',
    async run(ctx) {
      await requireAccesses(ctx);
      expectError(await ctx.request(`/v1/accesses/${UNKNOWN.access}`, { auth: true }), { status: 404, code: 'not_found' });
    },
  },
  {
    id: 'accesses.reconnect-token-unknown',
    title: 'POST /v1/accesses/:id/reconnect-tokens of an unknown access is 404 not_found',
    async run(ctx) {
      await requireAccesses(ctx);
      expectError(await ctx.request(`/v1/accesses/${UNKNOWN.access}/reconnect-tokens`, { method: 'POST', auth: true }), { status: 404, code: 'not_found' });
    },
  },
  {
    id: 'reconnect-tokens.unknown',
    title: 'GET /v1/reconnect-tokens/:token of an unknown token is 404 not_found',
    async run(ctx) {
      await requireAccesses(ctx);
      const answer = await ctx.request(`/v1/reconnect-tokens/${UNKNOWN.reconnectToken}?clientId=${encodeURIComponent(ctx.clientId)}`, ctx.origin ? { headers: { origin: ctx.origin } } : {});
      expectError(answer, { status: 404, code: 'not_found' });
    },
  },

  // --- Errors ------------------------------------------------------------------------------
  {
    id: 'errors.unknown-route',
    title: 'an unknown route is 404 not_found with the error body {error: {code, message, field}}',
    async run(ctx) {
      expectError(await ctx.request('/v1/signin-flow-conformance-unknown-route', { auth: true }), { status: 404, code: 'not_found' });
    },
  },
];
