/**
 * The server SDK's provider client: one typed method per endpoint of the provider's API, each
 * request checked with the protocol's request schema before it is sent and each answer parsed with
 * its response schema. Every failure is a {@link ProviderApiError}. Standard APIs only (fetch,
 * AbortController, URL; no `node:` module, no Buffer): Node 20+, Deno, Bun, edge runtimes.
 */
import * as z from 'zod/mini';
import {
  accessInfoSchema,
  accessListSchema,
  advanceClockRequestSchema,
  clockInfoSchema,
  reconnectTokenInfoSchema,
  reconnectTokenResponseSchema,
  reconnectTokenSchema,
  type AccessInfo,
  type AdvanceClockRequest,
  type ClockInfo,
  type ReconnectTokenInfo,
  type ReconnectTokenResponse,
} from '../core/protocol/access.js';
import { catalogResponseSchema, countryCodeSchema, type CatalogResponse } from '../core/protocol/catalog.js';
import {
  accessImportResponseSchema,
  defaultImportRequestSchema,
  defaultImportResponseSchema,
  ownerDataResponseSchema,
  type AccessImportResponse,
  type DefaultImportRequest,
  type DefaultImportResponse,
  type OwnerDataResponse,
} from '../core/protocol/default-import.js';
import { createLinkRequestSchema, createLinkResponseSchema, linkInfoSchema, type CreateLinkRequest, type CreateLinkResponse, type LinkInfo } from '../core/protocol/link.js';
import { clientIdSchema, localeSchema, ownerExternalIdSchema, refine } from '../core/protocol/primitives.js';
import { sessionInfoSchema, type SessionInfo } from '../core/protocol/session.js';
import { ProviderApiError } from './errors.js';
import { checkInput, en, pathOf, send, timeoutSchema, type CallOptions, type FetchLike, type Settings } from './transport.js';
export { MAX_TIMEOUT_MS, type CallOptions, type FetchLike } from './transport.js';

/** The default of {@link ProviderClientOptions.timeoutMs}: 10 seconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Options of {@link createProviderClient}. */
export interface ProviderClientOptions {
  /**
   * The provider's API base URL, absolute http(s): `https://provider.example` or with a base path
   * (`https://provider.example/api`); endpoints are resolved under it (`/v1/...`).
   */
  readonly apiBase: string;
  /** Your secret key at the provider, sent as `Authorization: Bearer <secretKey>` to the backend endpoints (never to the public ones). Keep it on the server. */
  readonly secretKey: string;
  /** How long a call may take, answer body included, in milliseconds (1 to 600000; default 10000). Past it the call fails with `timeout`. */
  readonly timeoutMs?: number | undefined;
  /** How requests are sent (default: the runtime's global `fetch`, looked up at each call). */
  readonly fetch?: FetchLike | undefined;
}

/** `getCatalog` filters. */
export interface CatalogQuery {
  /** Only the banks of this country (ISO 3166-1 alpha-2, `PL`). */
  readonly country?: string | undefined;
  /** Bank names and messages in this language where the provider has them (`pl`, `en-GB`). */
  readonly locale?: string | undefined;
}



const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
};

const optionsSchema = z.object({
  apiBase: z.string().check(refine(isHttpUrl, 'must be an absolute http(s) URL without query, fragment or credentials, such as "https://provider.example"')),
  secretKey: z.string().check(z.minLength(1, 'must not be empty'), z.regex(/^[\x21-\x7e]+$/, 'must be your secret key: printable ASCII, no spaces or line breaks')),
  timeoutMs: z.optional(timeoutSchema),
  fetch: z.optional(z.custom<FetchLike>((value) => typeof value === 'function', 'must be a function with the signature of fetch')),
});



/** A path parameter: an id the provider gave (link, session, access). */
const idSchema = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(256, 'must be at most 256 characters'));

const enc = encodeURIComponent;

/**
 * A client of the provider's API for your backend. Create it once with {@link createProviderClient}
 * (or `new ProviderClient(options)`) and share it; it keeps no state between calls. Each method
 * returns the provider's answer parsed with the protocol's schema, or throws a
 * {@link ProviderApiError}; its last argument takes a per-call `signal` and `timeoutMs`.
 */
export class ProviderClient {
  readonly #settings: Settings;

  /** Checks `options`; throws a {@link ProviderApiError} `invalid_options` naming the bad option. */
  constructor(options: ProviderClientOptions) {
    const parsed = optionsSchema.safeParse(options, { error: en });
    if (!parsed.success) {
      const field = pathOf(parsed.error.issues);
      const issue = parsed.error.issues[0]?.message ?? 'is not valid';
      throw new ProviderApiError({
        code: 'invalid_options',
        field,
        message: field ? `${field}: ${issue} (createProviderClient)` : `createProviderClient: the options must be an object {apiBase, secretKey, timeoutMs?, fetch?}`,
        cause: parsed.error,
      });
    }
    const { apiBase, secretKey, timeoutMs = DEFAULT_TIMEOUT_MS, fetch: custom } = parsed.data;
    this.#settings = { apiBase, secretKey, timeoutMs, fetch: custom ?? ((input, init) => fetch(input, init)) };
  }

  /** The API base URL the client calls. */
  get apiBase(): string {
    return this.#settings.apiBase;
  }

  // Links (redirection mode).

  /**
   * `POST /v1/signin-links`: a link to the provider's hosted SignIn page for one of your users;
   * redirect the user to its `url`. They come back to `returnUrl` with `signin_link_id`; read the
   * outcome with {@link getLink} (and a webhook to `webhookUrl`).
   */
  async createLink(request: CreateLinkRequest, options?: CallOptions): Promise<CreateLinkResponse> {
    const operation = 'POST /v1/signin-links';
    const body = checkInput(createLinkRequestSchema, request, operation);
    return send(this.#settings, { method: 'POST', operation, path: 'v1/signin-links', body, auth: true, response: createLinkResponseSchema }, options);
  }

  /** `GET /v1/signin-links/{id}`: a link's status; on success also `sessionId` and `sessionIdSignature` for {@link defaultImport}. */
  async getLink(id: string, options?: CallOptions): Promise<LinkInfo> {
    const operation = 'GET /v1/signin-links/{id}';
    const linkId = checkInput(idSchema, id, operation, 'id');
    return send(this.#settings, { method: 'GET', operation, path: `v1/signin-links/${enc(linkId)}`, auth: true, response: linkInfoSchema }, options);
  }

  // Sessions and the Default Import.

  /** `GET /v1/signin-sessions/{id}`: a session's status, its owner, bank and, for multiple access, the access it granted. */
  async getSession(id: string, options?: CallOptions): Promise<SessionInfo> {
    const operation = 'GET /v1/signin-sessions/{id}';
    const sessionId = checkInput(idSchema, id, operation, 'id');
    return send(this.#settings, { method: 'GET', operation, path: `v1/signin-sessions/${enc(sessionId)}`, auth: true, response: sessionInfoSchema }, options);
  }

  /**
   * `POST /v1/default-import`: the account data of a successful session, once per session. Pass
   * the `sessionId` and `sessionIdSignature` of the widget's `signin-success` event (or of
   * {@link getLink}). For multiple access the answer has the `access` (keep its id for
   * {@link importAccess}). Fails with `invalid_signature` (403), `session_not_successful` or
   * `already_imported` (409), `import_limit_reached` (429).
   */
  async defaultImport(request: DefaultImportRequest, options?: CallOptions): Promise<DefaultImportResponse> {
    const operation = 'POST /v1/default-import';
    const body = checkInput(defaultImportRequestSchema, request, operation);
    return send(this.#settings, { method: 'POST', operation, path: 'v1/default-import', body, auth: true, response: defaultImportResponseSchema }, options);
  }

  // Long-lived access.

  /** `GET /v1/accesses?ownerExternalId=`: the accesses of one of your users, oldest first. */
  async listAccesses(ownerExternalId: string, options?: CallOptions): Promise<AccessInfo[]> {
    const operation = 'GET /v1/accesses';
    const owner = checkInput(ownerExternalIdSchema, ownerExternalId, operation, 'ownerExternalId');
    const list = await send(this.#settings, { method: 'GET', operation, path: 'v1/accesses', query: { ownerExternalId: owner }, auth: true, response: accessListSchema }, options);
    return list.accesses;
  }

  /** `GET /v1/accesses/{id}`: an access's status (`active`, `expired`, `revoked`), end date and imports counted today. */
  async getAccess(id: string, options?: CallOptions): Promise<AccessInfo> {
    const operation = 'GET /v1/accesses/{id}';
    const accessId = checkInput(idSchema, id, operation, 'id');
    return send(this.#settings, { method: 'GET', operation, path: `v1/accesses/${enc(accessId)}`, auth: true, response: accessInfoSchema }, options);
  }

  /**
   * `POST /v1/accesses/{id}/imports`: a repeated import of an active access (at most 4 per access
   * in any 24 hours, the Default Import included). Fails with `import_limit_reached` (429, with
   * `retryAfter`), `access_expired` (410: renew it by a reconnect) or `access_revoked` (410).
   */
  async importAccess(id: string, options?: CallOptions): Promise<AccessImportResponse> {
    const operation = 'POST /v1/accesses/{id}/imports';
    const accessId = checkInput(idSchema, id, operation, 'id');
    return send(this.#settings, { method: 'POST', operation, path: `v1/accesses/${enc(accessId)}/imports`, auth: true, response: accessImportResponseSchema }, options);
  }

  /** `DELETE /v1/accesses/{id}`: revokes an access for good; answers it, `revoked`. Revoking again answers the same. */
  async revokeAccess(id: string, options?: CallOptions): Promise<AccessInfo> {
    const operation = 'DELETE /v1/accesses/{id}';
    const accessId = checkInput(idSchema, id, operation, 'id');
    return send(this.#settings, { method: 'DELETE', operation, path: `v1/accesses/${enc(accessId)}`, auth: true, response: accessInfoSchema }, options);
  }

  /**
   * `POST /v1/accesses/{id}/reconnect-tokens`: a single-use token (15 minutes) for the widget's
   * `reconnect-token`, to renew an active or expired access in two clicks. Fails with
   * `access_revoked` (410) for a revoked access.
   */
  async createReconnectToken(accessId: string, options?: CallOptions): Promise<ReconnectTokenResponse> {
    const operation = 'POST /v1/accesses/{id}/reconnect-tokens';
    const id = checkInput(idSchema, accessId, operation, 'accessId');
    return send(this.#settings, { method: 'POST', operation, path: `v1/accesses/${enc(id)}/reconnect-tokens`, auth: true, response: reconnectTokenResponseSchema }, options);
  }

  /** `GET /v1/owners/{ownerExternalId}/data`: every account of a user's active accesses as of their latest import, each IBAN once (reading it is no import). */
  async getOwnerData(ownerExternalId: string, options?: CallOptions): Promise<OwnerDataResponse> {
    const operation = 'GET /v1/owners/{ownerExternalId}/data';
    const owner = checkInput(ownerExternalIdSchema, ownerExternalId, operation, 'ownerExternalId');
    return send(this.#settings, { method: 'GET', operation, path: `v1/owners/${enc(owner)}/data`, auth: true, response: ownerDataResponseSchema }, options);
  }

  // Public endpoints (no secret key sent).

  /** `GET /v1/catalog?country=&locale=` (public): the provider's banks, with their status. */
  async getCatalog(query: CatalogQuery = {}, options?: CallOptions): Promise<CatalogResponse> {
    const operation = 'GET /v1/catalog';
    const filters = checkInput(z.object({ country: z.optional(countryCodeSchema), locale: z.optional(localeSchema) }), query, operation);
    return send(this.#settings, { method: 'GET', operation, path: 'v1/catalog', query: filters, auth: false, response: catalogResponseSchema }, options);
  }

  /**
   * `GET /v1/reconnect-tokens/{token}?clientId=` (public): what a reconnect token renews (bank,
   * owner, days); `reconnect_token_used` or `reconnect_token_expired` (410) once it no longer works.
   */
  async getReconnectToken(token: string, query: { readonly clientId?: string | undefined } = {}, options?: CallOptions): Promise<ReconnectTokenInfo> {
    const operation = 'GET /v1/reconnect-tokens/{token}';
    const checked = checkInput(reconnectTokenSchema, token, operation, 'token');
    const { clientId } = checkInput(z.object({ clientId: z.optional(clientIdSchema) }), query, operation);
    return send(this.#settings, { method: 'GET', operation, path: `v1/reconnect-tokens/${enc(checked)}`, query: { clientId }, auth: false, response: reconnectTokenInfoSchema }, options);
  }

  // The sandbox's test clock.

  /** `GET /v1/sandbox/clock` (**sandbox only**; a live provider answers `not_found`): the sandbox's time and how far it runs ahead. */
  async getClock(options?: CallOptions): Promise<ClockInfo> {
    return send(this.#settings, { method: 'GET', operation: 'GET /v1/sandbox/clock', path: 'v1/sandbox/clock', auth: true, response: clockInfoSchema }, options);
  }

  /**
   * `POST /v1/sandbox/clock` (**sandbox only**): moves the sandbox's time forward by
   * `advanceSeconds` (1 s to 400 days), running the expiries, TTLs and webhooks due by then.
   */
  async advanceClock(request: AdvanceClockRequest, options?: CallOptions): Promise<ClockInfo> {
    const operation = 'POST /v1/sandbox/clock';
    const body = checkInput(advanceClockRequestSchema, request, operation);
    return send(this.#settings, { method: 'POST', operation, path: 'v1/sandbox/clock', body, auth: true, response: clockInfoSchema }, options);
  }


}

/**
 * A client of the provider's API for your backend (Node 20+, or any runtime with `fetch`):
 *
 * ```ts
 * import { createProviderClient } from 'signin-flow/server';
 * const provider = createProviderClient({ apiBase: 'https://provider.example', secretKey: process.env.PROVIDER_SECRET_KEY! });
 * const data = await provider.defaultImport({ sessionId, sessionIdSignature });
 * ```
 *
 * Throws a {@link ProviderApiError} `invalid_options` naming the option when `apiBase` is not an
 * absolute http(s) URL, `secretKey` is empty or not a key, `timeoutMs` is not 1–600000 or `fetch`
 * is not a function.
 */
export function createProviderClient(options: ProviderClientOptions): ProviderClient {
  return new ProviderClient(options);
}
