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
import { apiUrl } from '../core/protocol/api-url.js';
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
import { apiErrorResponseSchema } from '../core/protocol/errors.js';
import { createLinkRequestSchema, createLinkResponseSchema, linkInfoSchema, type CreateLinkRequest, type CreateLinkResponse, type LinkInfo } from '../core/protocol/link.js';
import { clientIdSchema, localeSchema, ownerExternalIdSchema, refine } from '../core/protocol/primitives.js';
import { sessionInfoSchema, type SessionInfo } from '../core/protocol/session.js';
import { ProviderApiError, parseRetryAfter } from './errors.js';

/** How the client sends requests: `fetch` or anything with its signature (a proxy, a test double). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The default of {@link ProviderClientOptions.timeoutMs}: 10 seconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** The longest {@link ProviderClientOptions.timeoutMs}: 10 minutes. */
export const MAX_TIMEOUT_MS = 600_000;

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

/** Per-call options, the last argument of every method. */
export interface CallOptions {
  /** Aborts the call: it then fails with `aborted` (nothing is sent when it is aborted already). */
  readonly signal?: AbortSignal | undefined;
  /** This call's timeout in milliseconds, instead of the client's `timeoutMs`. */
  readonly timeoutMs?: number | undefined;
}

/** `getCatalog` filters. */
export interface CatalogQuery {
  /** Only the banks of this country (ISO 3166-1 alpha-2, `PL`). */
  readonly country?: string | undefined;
  /** Bank names and messages in this language where the provider has them (`pl`, `en-GB`). */
  readonly locale?: string | undefined;
}

const en = z.locales.en().localeError;

const timeoutSchema = z.number().check(refine<number>((ms) => Number.isInteger(ms) && ms >= 1 && ms <= MAX_TIMEOUT_MS, `must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`));

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

const callOptionsSchema = z.optional(
  z.object({
    signal: z.optional(z.custom<AbortSignal>((value) => typeof value === 'object' && value !== null && typeof (value as AbortSignal).aborted === 'boolean', 'must be an AbortSignal')),
    timeoutMs: z.optional(timeoutSchema),
  }),
);

/** A path parameter: an id the provider gave (link, session, access). */
const idSchema = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(256, 'must be at most 256 characters'));

type Issues = readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
const pathOf = (issues: Issues): string | null => {
  const path = issues[0]?.path ?? [];
  return path.length > 0 ? path.map(String).join('.') : null;
};

interface Schema<T> {
  safeParse(data: unknown, params?: { error?: typeof en }): { success: true; data: T } | { success: false; error: { issues: Issues } };
}

/** Checks one input of `operation` (`field`: its name; a body's issues are named by their path). */
function checkInput<T>(schema: Schema<T>, value: unknown, operation: string, field: string | null = null): T {
  const result = schema.safeParse(value, { error: en });
  if (result.success) return result.data;
  const inner = pathOf(result.error.issues);
  const name = field && inner ? `${field}.${inner}` : (field ?? inner);
  const issue = result.error.issues[0]?.message ?? 'is not valid';
  throw new ProviderApiError({ code: 'invalid_input', field: name, message: `${name ? `${name}: ` : ''}${issue} (${operation}; nothing was sent)`, cause: result.error });
}

/** One endpoint call: what to send, and the schema of its answer. */
interface Call<T> {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** The path template, for messages (`/v1/accesses/{id}`): no id or owner in an error message. */
  readonly operation: string;
  /** The path to request, no leading slash, its parameters URL-encoded. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
  /** Sends the secret key (false for the public endpoints). */
  readonly auth: boolean;
  readonly response: Schema<T>;
}

const enc = encodeURIComponent;
const TIMEOUT = Symbol('timeout');

/**
 * A client of the provider's API for your backend. Create it once with {@link createProviderClient}
 * (or `new ProviderClient(options)`) and share it; it keeps no state between calls. Each method
 * returns the provider's answer parsed with the protocol's schema, or throws a
 * {@link ProviderApiError}; its last argument takes a per-call `signal` and `timeoutMs`.
 */
export class ProviderClient {
  readonly #apiBase: string;
  readonly #secretKey: string;
  readonly #timeoutMs: number;
  readonly #fetch: FetchLike;

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
    this.#apiBase = parsed.data.apiBase;
    this.#secretKey = parsed.data.secretKey;
    this.#timeoutMs = parsed.data.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const custom = parsed.data.fetch;
    this.#fetch = custom ?? ((input, init) => fetch(input, init));
  }

  /** The API base URL the client calls. */
  get apiBase(): string {
    return this.#apiBase;
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
    return this.#call({ method: 'POST', operation, path: 'v1/signin-links', body, auth: true, response: createLinkResponseSchema }, options);
  }

  /** `GET /v1/signin-links/{id}`: a link's status; on success also `sessionId` and `sessionIdSignature` for {@link defaultImport}. */
  async getLink(id: string, options?: CallOptions): Promise<LinkInfo> {
    const operation = 'GET /v1/signin-links/{id}';
    const linkId = checkInput(idSchema, id, operation, 'id');
    return this.#call({ method: 'GET', operation, path: `v1/signin-links/${enc(linkId)}`, auth: true, response: linkInfoSchema }, options);
  }

  // Sessions and the Default Import.

  /** `GET /v1/signin-sessions/{id}`: a session's status, its owner, bank and, for multiple access, the access it granted. */
  async getSession(id: string, options?: CallOptions): Promise<SessionInfo> {
    const operation = 'GET /v1/signin-sessions/{id}';
    const sessionId = checkInput(idSchema, id, operation, 'id');
    return this.#call({ method: 'GET', operation, path: `v1/signin-sessions/${enc(sessionId)}`, auth: true, response: sessionInfoSchema }, options);
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
    return this.#call({ method: 'POST', operation, path: 'v1/default-import', body, auth: true, response: defaultImportResponseSchema }, options);
  }

  // Long-lived access.

  /** `GET /v1/accesses?ownerExternalId=`: the accesses of one of your users, oldest first. */
  async listAccesses(ownerExternalId: string, options?: CallOptions): Promise<AccessInfo[]> {
    const operation = 'GET /v1/accesses';
    const owner = checkInput(ownerExternalIdSchema, ownerExternalId, operation, 'ownerExternalId');
    const list = await this.#call({ method: 'GET', operation, path: 'v1/accesses', query: { ownerExternalId: owner }, auth: true, response: accessListSchema }, options);
    return list.accesses;
  }

  /** `GET /v1/accesses/{id}`: an access's status (`active`, `expired`, `revoked`), end date and imports counted today. */
  async getAccess(id: string, options?: CallOptions): Promise<AccessInfo> {
    const operation = 'GET /v1/accesses/{id}';
    const accessId = checkInput(idSchema, id, operation, 'id');
    return this.#call({ method: 'GET', operation, path: `v1/accesses/${enc(accessId)}`, auth: true, response: accessInfoSchema }, options);
  }

  /**
   * `POST /v1/accesses/{id}/imports`: a repeated import of an active access (at most 4 per access
   * in any 24 hours, the Default Import included). Fails with `import_limit_reached` (429, with
   * `retryAfter`), `access_expired` (410: renew it by a reconnect) or `access_revoked` (410).
   */
  async importAccess(id: string, options?: CallOptions): Promise<AccessImportResponse> {
    const operation = 'POST /v1/accesses/{id}/imports';
    const accessId = checkInput(idSchema, id, operation, 'id');
    return this.#call({ method: 'POST', operation, path: `v1/accesses/${enc(accessId)}/imports`, auth: true, response: accessImportResponseSchema }, options);
  }

  /** `DELETE /v1/accesses/{id}`: revokes an access for good; answers it, `revoked`. Revoking again answers the same. */
  async revokeAccess(id: string, options?: CallOptions): Promise<AccessInfo> {
    const operation = 'DELETE /v1/accesses/{id}';
    const accessId = checkInput(idSchema, id, operation, 'id');
    return this.#call({ method: 'DELETE', operation, path: `v1/accesses/${enc(accessId)}`, auth: true, response: accessInfoSchema }, options);
  }

  /**
   * `POST /v1/accesses/{id}/reconnect-tokens`: a single-use token (15 minutes) for the widget's
   * `reconnect-token`, to renew an active or expired access in two clicks. Fails with
   * `access_revoked` (410) for a revoked access.
   */
  async createReconnectToken(accessId: string, options?: CallOptions): Promise<ReconnectTokenResponse> {
    const operation = 'POST /v1/accesses/{id}/reconnect-tokens';
    const id = checkInput(idSchema, accessId, operation, 'accessId');
    return this.#call({ method: 'POST', operation, path: `v1/accesses/${enc(id)}/reconnect-tokens`, auth: true, response: reconnectTokenResponseSchema }, options);
  }

  /** `GET /v1/owners/{ownerExternalId}/data`: every account of a user's active accesses as of their latest import, each IBAN once (reading it is no import). */
  async getOwnerData(ownerExternalId: string, options?: CallOptions): Promise<OwnerDataResponse> {
    const operation = 'GET /v1/owners/{ownerExternalId}/data';
    const owner = checkInput(ownerExternalIdSchema, ownerExternalId, operation, 'ownerExternalId');
    return this.#call({ method: 'GET', operation, path: `v1/owners/${enc(owner)}/data`, auth: true, response: ownerDataResponseSchema }, options);
  }

  // Public endpoints (no secret key sent).

  /** `GET /v1/catalog?country=&locale=` (public): the provider's banks, with their status. */
  async getCatalog(query: CatalogQuery = {}, options?: CallOptions): Promise<CatalogResponse> {
    const operation = 'GET /v1/catalog';
    const filters = checkInput(z.object({ country: z.optional(countryCodeSchema), locale: z.optional(localeSchema) }), query, operation);
    return this.#call({ method: 'GET', operation, path: 'v1/catalog', query: filters, auth: false, response: catalogResponseSchema }, options);
  }

  /**
   * `GET /v1/reconnect-tokens/{token}?clientId=` (public): what a reconnect token renews (bank,
   * owner, days); `reconnect_token_used` or `reconnect_token_expired` (410) once it no longer works.
   */
  async getReconnectToken(token: string, query: { readonly clientId?: string | undefined } = {}, options?: CallOptions): Promise<ReconnectTokenInfo> {
    const operation = 'GET /v1/reconnect-tokens/{token}';
    const checked = checkInput(reconnectTokenSchema, token, operation, 'token');
    const { clientId } = checkInput(z.object({ clientId: z.optional(clientIdSchema) }), query, operation);
    return this.#call({ method: 'GET', operation, path: `v1/reconnect-tokens/${enc(checked)}`, query: { clientId }, auth: false, response: reconnectTokenInfoSchema }, options);
  }

  // The sandbox's test clock.

  /** `GET /v1/sandbox/clock` (**sandbox only**; a live provider answers `not_found`): the sandbox's time and how far it runs ahead. */
  async getClock(options?: CallOptions): Promise<ClockInfo> {
    return this.#call({ method: 'GET', operation: 'GET /v1/sandbox/clock', path: 'v1/sandbox/clock', auth: true, response: clockInfoSchema }, options);
  }

  /**
   * `POST /v1/sandbox/clock` (**sandbox only**): moves the sandbox's time forward by
   * `advanceSeconds` (1 s to 400 days), running the expiries, TTLs and webhooks due by then.
   */
  async advanceClock(request: AdvanceClockRequest, options?: CallOptions): Promise<ClockInfo> {
    const operation = 'POST /v1/sandbox/clock';
    const body = checkInput(advanceClockRequestSchema, request, operation);
    return this.#call({ method: 'POST', operation, path: 'v1/sandbox/clock', body, auth: true, response: clockInfoSchema }, options);
  }

  /** Sends one request within its timeout and the caller's signal; the parsed answer or a ProviderApiError. */
  async #call<T>(call: Call<T>, options?: CallOptions): Promise<T> {
    const { signal, timeoutMs = this.#timeoutMs } = checkInput(callOptionsSchema, options, call.operation, 'options') ?? {};
    const { operation } = call;
    if (signal?.aborted) throw new ProviderApiError({ code: 'aborted', message: `${operation}: the call was aborted before it was sent`, cause: signal.reason });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const headers: Record<string, string> = { accept: 'application/json' };
    if (call.auth) headers.authorization = `Bearer ${this.#secretKey}`;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const cut = (status: number | undefined, cause: unknown): ProviderApiError =>
      controller.signal.reason === TIMEOUT
        ? new ProviderApiError({ status, code: 'timeout', message: `${operation}: no ${status === undefined ? 'answer' : 'complete answer'} from the provider within ${timeoutMs} ms`, cause })
        : new ProviderApiError({ status, code: 'aborted', message: `${operation}: the call was aborted`, cause: signal?.reason ?? cause });
    let response: Response;
    let text: string;
    try {
      try {
        response = await this.#fetch(apiUrl(this.#apiBase, call.path, call.query).href, {
          method: call.method,
          headers,
          ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
          signal: controller.signal,
          // A redirect is not followed (it would carry the request elsewhere): it fails as http_error.
          redirect: 'manual',
        });
      } catch (error) {
        if (controller.signal.aborted) throw cut(undefined, error);
        throw new ProviderApiError({ code: 'network_error', message: `${operation}: the provider at ${this.#apiBase} did not answer (${describe(error)})`, cause: error });
      }
      try {
        text = await response.text();
      } catch (error) {
        if (controller.signal.aborted) throw cut(response.status, error);
        throw new ProviderApiError({ status: response.status, code: 'network_error', message: `${operation}: the answer was cut off (${describe(error)})`, cause: error });
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    const { status } = response;
    let data: unknown;
    let syntax: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      syntax = error;
    }
    if (status < 200 || status > 299) {
      const body = apiErrorResponseSchema.safeParse(data);
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
      if (body.success) {
        const { code, message, field } = body.data.error;
        throw new ProviderApiError({ status, code, message, field: field ?? null, retryAfter });
      }
      throw new ProviderApiError({ status, code: 'http_error', message: `${operation}: the provider answered HTTP ${status} without an error body`, retryAfter, cause: syntax });
    }
    if (syntax !== undefined) {
      const type = response.headers.get('content-type') ?? 'no content type';
      throw new ProviderApiError({ status, code: 'invalid_response_json', message: `${operation}: the provider's answer (HTTP ${status}, ${type}) is not JSON`, cause: syntax });
    }
    const parsed = call.response.safeParse(data, { error: en });
    if (parsed.success) return parsed.data;
    const field = pathOf(parsed.error.issues);
    const issue = parsed.error.issues[0]?.message ?? 'does not match';
    throw new ProviderApiError({
      status,
      code: 'unexpected_response',
      field,
      message: `${field ? `${field}: ` : ''}${issue} (the answer to ${operation} does not match the protocol)`,
      cause: parsed.error,
    });
  }
}

/** A fetch failure in a few words: Node's `fetch failed` hides the reason (`ECONNREFUSED`…) in its cause. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
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
