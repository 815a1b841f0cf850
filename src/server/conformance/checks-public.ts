/** The checks of what browsers call: the catalog, CORS, session creation and its errors. */
import { catalogResponseSchema } from '../../core/protocol/catalog.js';
import { createSessionResponseSchema, sessionInfoSchema } from '../../core/protocol/session.js';
import { ensure, excerpt, expectError, expectJson, expectStatus, parseWith } from './expect.js';
import type { Check } from './types.js';
import { FOREIGN_ORIGIN, UNKNOWN, anyBank, expectAllowOrigin, listed, postSession, sessionRequest } from './check-helpers.js';

export const PUBLIC_CHECKS: readonly Check[] = [
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
];
