/** One route of the sandbox, as its root page lists it. */
export interface Endpoint {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** The route (`:name` for a path parameter), as the app registers it. */
  readonly path: string;
  /** Query parameters it reads, shown after the path. */
  readonly query?: string;
  readonly text: string;
  /** `secret`: `Authorization: Bearer <secret key>` (the integrator's backend); `public`: browsers. */
  readonly access: 'public' | 'secret';
}

/**
 * Every route of the sandbox but its root page and static files (test/node/sandbox/root-page.test.ts
 * holds this list to the app's routes), in the order of the protocol.
 */
export const ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', path: '/v1/catalog', query: '?country=PL&locale=pl', text: 'the banks {banks: Bank[]}: all countries without country; CORS *, ETag', access: 'public' },
  { method: 'GET', path: '/openapi.json', text: 'the OpenAPI 3.1 document of the provider protocol (servers: this sandbox); CORS *, ETag', access: 'public' },
  { method: 'GET', path: '/api', text: 'the API reference: that document as a page', access: 'public' },
  { method: 'GET', path: '/logos/:file', text: 'a bank’s monogram logo, /logos/<bankId>.svg', access: 'public' },
  { method: 'GET', path: '/connecting', query: '?locale=pl', text: 'the “Connecting to your bank…” page the popup opens on, inside the click', access: 'public' },
  { method: 'GET', path: '/terms', query: '?locale=de', text: 'the provider’s terms, which the hosted page’s consents link to (else in the browser’s language)', access: 'public' },
  { method: 'GET', path: '/privacy', query: '?locale=de', text: 'the provider’s privacy notice, likewise', access: 'public' },
  { method: 'POST', path: '/v1/signin-sessions', text: 'creates a session (CORS: the client’s origins) → {sessionId, authorizationUrl, state, expiresAt}', access: 'public' },
  { method: 'GET', path: '/bank/:token', text: 'the bank’s login page: the session’s authorizationUrl', access: 'public' },
  { method: 'POST', path: '/bank/:token/login', text: 'signs in with a user name and password (see the scenarios below)', access: 'public' },
  { method: 'POST', path: '/bank/:token/mfa', text: 'the SMS code step of the mfa scenario', access: 'public' },
  { method: 'GET', path: '/bank/:token/wait', text: 'the progress page of the slow scenario', access: 'public' },
  { method: 'POST', path: '/bank/:token/cancel', text: 'the Cancel button: the session ends cancelled', access: 'public' },
  { method: 'POST', path: '/v1/signin-links', text: 'creates a link for the redirection mode → {id, url, expiresAt}', access: 'secret' },
  { method: 'GET', path: '/v1/signin-links/:id', text: 'a link’s status, with its session id and signature once it succeeded', access: 'secret' },
  { method: 'GET', path: '/signin/:linkId', text: 'the hosted SignIn page of a link: the widget in redirect mode, with the provider’s styling, or the link’s styles, theme and brand', access: 'public' },
  { method: 'POST', path: '/signin/:linkId', text: 'the hosted form, submitted: bank and consents → the bank page', access: 'public' },
  { method: 'GET', path: '/signin/:linkId/form', text: 'the hosted page without JavaScript: a server-rendered form', access: 'public' },
  { method: 'POST', path: '/signin/:linkId/form', text: 'the same form, submitted', access: 'public' },
  { method: 'POST', path: '/signin/:linkId/cancel', text: '“Back to <brand>” on a branded hosted page: the link turns cancelled, back to its returnUrl', access: 'public' },
  { method: 'GET', path: '/signin/:linkId/return', text: 'back to the link’s returnUrl once the link is finished', access: 'public' },
  { method: 'GET', path: '/v1/signin-sessions/:id', text: 'a session’s status', access: 'secret' },
  { method: 'POST', path: '/v1/default-import', text: 'the Default Import of a successful session {sessionId, sessionIdSignature}, once (for multiple access, the access’s first import)', access: 'secret' },
  { method: 'GET', path: '/v1/accesses', query: '?ownerExternalId=user-42', text: 'the owner’s long-lived accesses {accesses: [...]}', access: 'secret' },
  { method: 'GET', path: '/v1/accesses/:id', text: 'one access: status active | expired | revoked, expiresAt, importsToday', access: 'secret' },
  { method: 'POST', path: '/v1/accesses/:id/imports', text: 'a repeated import (the last 90 days); 4 per access per rolling 24 h, then 429 with Retry-After; 410 once expired or revoked', access: 'secret' },
  { method: 'DELETE', path: '/v1/accesses/:id', text: 'revokes the access (idempotent)', access: 'secret' },
  { method: 'POST', path: '/v1/accesses/:id/reconnect-tokens', text: 'a single-use reconnect token (15 min) the widget renews the access with → {token, expiresAt}', access: 'secret' },
  { method: 'GET', path: '/v1/reconnect-tokens/:token', query: '?clientId=sandbox-client', text: 'the bank and owner a reconnect token renews (CORS: the client’s origins)', access: 'public' },
  { method: 'GET', path: '/v1/owners/:ownerExternalId/data', text: 'the owner’s accounts across every bank of an active access, each IBAN once', access: 'secret' },
  { method: 'GET', path: '/v1/sandbox/clock', text: 'the sandbox’s test clock {now, offsetSeconds}', access: 'secret' },
  { method: 'POST', path: '/v1/sandbox/clock', text: 'moves the test clock forward {advanceSeconds}: expiries, TTLs, import limits and their webhooks', access: 'secret' },
];
