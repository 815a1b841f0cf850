import { apiUrl } from '../protocol/api-url.js';
import { NETWORK_ERROR } from './error-codes.js';
import type { ApiErrorResponse } from '../protocol/errors.js';
import type { CreateSessionRequest, CreateSessionResponse } from '../protocol/session.js';

/** The provider refused a request (`code` from its `{error: {code, message, field}}`) or did not answer (`network_error`). */
export class ProviderError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string | null,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** What a reconnect token renews: the bank, and the days the renewed access lasts. */
export interface ReconnectInfo {
  readonly bankId: string;
  readonly accessDays: number;
}

/** What the elements ask of their `providerClient`: a {@link ProviderClient}, or any object that creates sessions (a test double, an example provider)
 * and, for `reconnect-token`, reads reconnect tokens (without it, the page's shared client does). */
export type ProviderClientLike = Pick<ProviderClient, 'createSession'> & Partial<Pick<ProviderClient, 'reconnectInfo'>>;

/** The browser side of the provider's API: `POST /v1/signin-sessions`. */
export class ProviderClient {
  readonly #fetcher: Fetch;

  /** `fetcher`: how requests are sent (default: the page's `fetch`, looked up at each call). */
  constructor(fetcher: Fetch = (input, init) => fetch(input, init)) {
    this.#fetcher = fetcher;
  }

  /** Creates a sign-in session at the provider whose base URL is `apiBase`: `{sessionId, authorizationUrl, state, expiresAt}`. */
  async createSession(apiBase: string, request: CreateSessionRequest, signal?: AbortSignal): Promise<CreateSessionResponse> {
    const [created, status] = await this.#request<Partial<CreateSessionResponse>>(apiBase, 'v1/signin-sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request), signal });
    // Only these fields are used: the rest of the answer is not trusted.
    if (typeof created.authorizationUrl !== 'string' || typeof created.state !== 'string' || typeof created.sessionId !== 'string' || !/^https?:/.test(created.authorizationUrl)) {
      throw new ProviderError('internal_error', 'The provider sent a session that is not valid.', null, status);
    }
    return created as CreateSessionResponse;
  }

  /**
   * What a reconnect token renews (`GET /v1/reconnect-tokens/:token`): its bank and the days of
   * access. A used, expired or unknown token fails with the provider's code (`reconnect_token_used`…).
   */
  async reconnectInfo(apiBase: string, token: string, clientId: string): Promise<ReconnectInfo> {
    const [info, status] = await this.#request<Partial<ReconnectInfo>>(apiBase, `v1/reconnect-tokens/${encodeURIComponent(token)}`, {}, { clientId });
    if (typeof info.bankId !== 'string' || typeof info.accessDays !== 'number') throw new ProviderError('internal_error', 'The provider sent a reconnect token that is not valid.', null, status);
    return { bankId: info.bankId, accessDays: info.accessDays };
  }

  /** One request: the JSON answer and its status, or the provider's error as a {@link ProviderError}. */
  async #request<T>(apiBase: string, path: string, init: RequestInit, params?: Record<string, string>): Promise<[T, number]> {
    let response: Response;
    let body: unknown;
    try {
      response = await this.#fetcher(apiUrl(apiBase, path, params).href, init);
      body = await response.json();
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new ProviderError(NETWORK_ERROR, `The provider at ${apiBase} did not answer.`);
    }
    if (!response.ok) {
      const { code, message, field } = (body as Partial<ApiErrorResponse>).error ?? {};
      throw new ProviderError(typeof code === 'string' ? code : 'internal_error', typeof message === 'string' ? message : `The provider answered HTTP ${response.status}.`, field, response.status);
    }
    return [body as T, response.status];
  }
}

/** The elements' default `providerClient`. */
export const sharedProviderClient = new ProviderClient();
