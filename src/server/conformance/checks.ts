/**
 * The checks of the conformance kit, as data, in the order they run. Each holds a provider to one
 * rule of the protocol (src/core/protocol and demo/sandbox/README.md) that needs no bank login.
 */
import { accessListSchema } from '../../core/protocol/access.js';
import { catalogResponseSchema } from '../../core/protocol/catalog.js';
import { createLinkResponseSchema, linkInfoSchema, WEBHOOK_EVENT_TYPE } from '../../core/protocol/link.js';
import { createSessionResponseSchema, sessionInfoSchema } from '../../core/protocol/session.js';
import { verifyWebhook, WebhookVerificationError } from '../webhooks.js';
import { ensure, excerpt, expectError, expectJson, expectStatus, parseWith } from './expect.js';
import { CheckFailure, type Check, type CheckContext, type UsableBank } from './types.js';

/** An origin that no client of any provider allows (`.invalid` is reserved, RFC 2606). */
export const FOREIGN_ORIGIN = 'https://signin-flow-conformance.invalid';
/** Ids no provider has: the 404 checks ask for them. */
const UNKNOWN = {
  session: 'ses_signin_flow_conformance_unknown',
  link: 'lnk_signin_flow_conformance_unknown',
  access: 'acc_signin_flow_conformance_unknown',
  reconnectToken: 'signin-flow-conformance-unknown-token',
  client: 'signin-flow-conformance-unknown-client',
  bank: 'signin-flow-conformance-unknown-bank',
};

/** The path of the kit's return URLs on the integrator origin (never visited: no bank login happens). */
export const RETURN_PATH = '/signin-flow-conformance/return';

/** A session request that passes the schema; `overrides` change or (with `undefined`) drop fields. */
export function sessionRequest(ctx: CheckContext, bank: UsableBank | undefined, origin: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = {
    clientId: ctx.clientId,
    ownerExternalId: ctx.ownerExternalId,
    bankId: bank?.id ?? UNKNOWN.bank,
    consents: [{ id: 'terms', version: '1', acceptedAt: new Date().toISOString() }],
    mode: 'popup',
    origin,
    ...overrides,
  };
  for (const [key, value] of Object.entries(body)) if (value === undefined) delete body[key];
  return body;
}

/** A bank for checks that only need the request to pass the schema: the catalog's, or a made-up id when it cannot be read. */
async function anyBank(ctx: CheckContext): Promise<UsableBank | undefined> {
  return ctx.bank().catch(() => undefined);
}

/** POST /v1/signin-sessions as a browser on `origin` sends it. */
const postSession = (ctx: CheckContext, body: unknown, origin: string) => ctx.request('/v1/signin-sessions', { method: 'POST', json: body, headers: { origin } });

/** The `Access-Control-Allow-Origin` check of a browser: `*` or exactly `origin`. */
function expectAllowOrigin(headers: Headers, origin: string, label: string, anyAllowed = true): void {
  const allowed = headers.get('access-control-allow-origin');
  if (allowed === origin || (anyAllowed && allowed === '*')) return;
  throw new CheckFailure(`${label}: Access-Control-Allow-Origin is ${allowed === null ? 'missing' : `"${allowed}"`}, expected "${origin}"${anyAllowed ? ' or "*"' : ''}: a browser on ${origin} could not read the answer`);
}

const listed = (header: string | null): string[] => (header ?? '').split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);

/** Skips a check of the access endpoints when the provider does not offer them. */
async function requireAccesses(ctx: CheckContext): Promise<void> {
  if (!(await ctx.accessesOffered())) ctx.skip('the access endpoints are not offered (GET /v1/accesses answered 404)');
}

export const CHECKS: readonly Check[] = [
  // --- The catalog -------------------------------------------------------------------------
  {
    id: 'catalog.shape',
    title: 'GET /v1/catalog answers 200 JSON of the catalog schema, with at least one bank and unique ids',
    async run(ctx) {
      const answer = await ctx.request('/v1/catalog');
      expectStatus(answer, 200);
      const { banks } = parseWith(catalogResponseSchema, expectJson(answer), 'The catalog');
      ensure(banks.length > 0, 'The catalog has no bank');
      const seen = new Set<string>();
      for (const [index, bank] of banks.entries()) {
        ensure(!seen.has(bank.id), `banks.${index}.id: "${bank.id}" is listed twice`);
        seen.add(bank.id);
      }
      return `${banks.length} banks in ${new Set(banks.map((bank) => bank.country)).size} countries`;
    },
  },
  {
    id: 'catalog.country',
    title: 'GET /v1/catalog?country= answers the banks of that country only',
    async run(ctx) {
      const bank = await ctx.bank();
      const country = bank.country ?? ctx.skip('the catalog gives no country to ask for');
      const answer = await ctx.request(`/v1/catalog?country=${encodeURIComponent(country)}`);
      expectStatus(answer, 200);
      const { banks } = parseWith(catalogResponseSchema, expectJson(answer), `The catalog of ${country}`);
      ensure(banks.length > 0, `${answer.label} has no bank, though the whole catalog lists ${bank.id} in ${country}`);
      const other = banks.findIndex((b) => b.country !== country);
      ensure(other < 0, `${answer.label}: banks.${other}.country is "${banks[other]?.country}", expected "${country}"`);
      return `${banks.length} banks in ${country}`;
    },
  },
  {
    id: 'catalog.bad-country',
    title: 'GET /v1/catalog?country=P1 is 400 invalid_request naming field country',
    async run(ctx) {
      expectError(await ctx.request('/v1/catalog?country=P1'), { status: 400, code: 'invalid_request', field: 'country' });
    },
  },
  {
    id: 'catalog.cors',
    title: 'GET /v1/catalog from the integrator origin allows it to read the answer (CORS)',
    async run(ctx) {
      const origin = ctx.requireOrigin();
      const answer = await ctx.request('/v1/catalog', { headers: { origin } });
      expectStatus(answer, 200);
      expectAllowOrigin(answer.headers, origin, answer.label);
    },
  },

  // --- CORS of the session endpoint --------------------------------------------------------
  {
    id: 'cors.preflight',
    title: 'a preflight from the integrator origin allows POST /v1/signin-sessions with Content-Type',
    async run(ctx) {
      const origin = ctx.requireOrigin();
      const answer = await ctx.request('/v1/signin-sessions', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      ensure(answer.status >= 200 && answer.status < 300, `${answer.label} (preflight) answered ${answer.status}, expected 2xx`);
      expectAllowOrigin(answer.headers, origin, 'The preflight');
      const methods = listed(answer.headers.get('access-control-allow-methods'));
      ensure(methods.includes('post') || methods.includes('*'), `The preflight: Access-Control-Allow-Methods is "${answer.headers.get('access-control-allow-methods') ?? ''}", which lacks POST`);
      const headers = listed(answer.headers.get('access-control-allow-headers'));
      ensure(headers.includes('content-type') || headers.includes('*'), `The preflight: Access-Control-Allow-Headers is "${answer.headers.get('access-control-allow-headers') ?? ''}", which lacks Content-Type`);
    },
  },
  {
    id: 'cors.foreign-origin',
    title: 'a preflight from an origin of no client is not allowed (no Access-Control-Allow-Origin for it)',
    async run(ctx) {
      const answer = await ctx.request('/v1/signin-sessions', {
        method: 'OPTIONS',
        headers: { origin: FOREIGN_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      const allowed = answer.headers.get('access-control-allow-origin');
      ensure(allowed !== FOREIGN_ORIGIN && allowed !== '*', `The preflight from ${FOREIGN_ORIGIN} answered Access-Control-Allow-Origin "${allowed}": any site could start sessions`);
    },
  },

  // --- Sessions ----------------------------------------------------------------------------
  {
    id: 'session.create',
    title: 'POST /v1/signin-sessions from the integrator origin answers 201 of the session schema, readable by it (CORS)',
    async run(ctx) {
      const origin = ctx.requireOrigin();
      const answer = await postSession(ctx, sessionRequest(ctx, await ctx.bank(), origin), origin);
      expectStatus(answer, 201);
      const session = parseWith(createSessionResponseSchema, expectJson(answer), 'The session');
      ensure(/^https?:\/\//i.test(session.authorizationUrl), `authorizationUrl: must be an absolute http(s) URL (got "${excerpt(session.authorizationUrl, 60)}")`);
      ensure(!Number.isNaN(Date.parse(session.expiresAt)), `expiresAt: must be an ISO 8601 date-time (got "${excerpt(session.expiresAt, 40)}")`);
      ensure(session.state.length >= 16, `state: must be an unguessable value of 16 characters or more (got ${session.state.length})`);
      expectAllowOrigin(answer.headers, origin, answer.label, false);
    },
  },
  {
    id: 'session.status',
    title: 'GET /v1/signin-sessions/:id (secret key) shows the new session pending, of the session info schema',
    async run(ctx) {
      const { sessionId } = await ctx.session();
      const answer = await ctx.request(`/v1/signin-sessions/${encodeURIComponent(sessionId)}`, { auth: true });
      expectStatus(answer, 200);
      const info = parseWith(sessionInfoSchema, expectJson(answer), 'The session info');
      ensure(info.id === sessionId, `id is "${info.id}", expected "${sessionId}"`);
      ensure(info.status === 'pending', `status is "${info.status}", expected "pending" (no one went to the bank)`);
      ensure(info.ownerExternalId === ctx.ownerExternalId, `ownerExternalId is "${info.ownerExternalId}", expected "${ctx.ownerExternalId}"`);
    },
  },
  {
    id: 'session.missing-field',
    title: 'a session request without bankId is 400 invalid_request naming field bankId',
    async run(ctx) {
      const origin = ctx.origin ?? FOREIGN_ORIGIN;
      expectError(await postSession(ctx, sessionRequest(ctx, undefined, origin, { bankId: undefined }), origin), { status: 400, code: 'invalid_request', field: 'bankId' });
    },
  },
  {
    id: 'session.bad-field',
    title: 'a session request with a bad consents.0.acceptedAt is 400 invalid_request naming that field',
    async run(ctx) {
      const origin = ctx.origin ?? FOREIGN_ORIGIN;
      const body = sessionRequest(ctx, undefined, origin, { consents: [{ id: 'terms', version: '1', acceptedAt: 'yesterday' }] });
      expectError(await postSession(ctx, body, origin), { status: 400, code: 'invalid_request', field: 'consents.0.acceptedAt' });
    },
  },
  {
    id: 'session.invalid-json',
    title: 'a session request whose body is not JSON is 400 invalid_json',
    async run(ctx) {
      const origin = ctx.origin ?? FOREIGN_ORIGIN;
      const answer = await ctx.request('/v1/signin-sessions', { method: 'POST', body: '{"clientId":', headers: { origin, 'content-type': 'application/json' } });
      expectError(answer, { status: 400, code: 'invalid_json', field: null });
    },
  },
  {
    id: 'session.unknown-client',
    title: 'a session request of an unknown clientId is 422 unknown_client naming field clientId',
    async run(ctx) {
      const origin = ctx.origin ?? FOREIGN_ORIGIN;
      const body = sessionRequest(ctx, await anyBank(ctx), origin, { clientId: UNKNOWN.client });
      expectError(await postSession(ctx, body, origin), { status: 422, code: 'unknown_client', field: 'clientId' });
    },
  },
  {
    id: 'session.unknown-bank',
    title: 'a session request of an unknown bankId is 422 unknown_bank naming field bankId',
    async run(ctx) {
      const origin = ctx.requireOrigin();
      expectError(await postSession(ctx, sessionRequest(ctx, undefined, origin), origin), { status: 422, code: 'unknown_bank', field: 'bankId' });
    },
  },
  {
    id: 'session.origin-not-allowed',
    title: 'a session request from an origin of no client is 403 origin_not_allowed naming field origin',
    async run(ctx) {
      const body = sessionRequest(ctx, await anyBank(ctx), FOREIGN_ORIGIN);
      expectError(await postSession(ctx, body, FOREIGN_ORIGIN), { status: 403, code: 'origin_not_allowed', field: 'origin' });
    },
  },
  {
    id: 'session.redirect-return-url',
    title: 'a redirect-mode session request without returnUrl is 400 invalid_request naming field returnUrl',
    async run(ctx) {
      const origin = ctx.requireOrigin();
      const body = sessionRequest(ctx, await ctx.bank(), origin, { mode: 'redirect' });
      expectError(await postSession(ctx, body, origin), { status: 400, code: 'invalid_request', field: 'returnUrl' });
    },
  },
  {
    id: 'session.unknown-id',
    title: 'GET /v1/signin-sessions/:id of an unknown session is 404 not_found',
    async run(ctx) {
      expectError(await ctx.request(`/v1/signin-sessions/${UNKNOWN.session}`, { auth: true }), { status: 404, code: 'not_found' });
    },
  },

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
