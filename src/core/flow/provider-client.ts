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

/** What the elements ask of their `providerClient`: a {@link ProviderClient}, or any object that creates sessions (a test double, an example provider). */
export type ProviderClientLike = Pick<ProviderClient, 'createSession'>;

/** The browser side of the provider's API: `POST /v1/signin-sessions`. */
export class ProviderClient {
  readonly #fetcher: Fetch;

  /** `fetcher`: how requests are sent (default: the page's `fetch`, looked up at each call). */
  constructor(fetcher: Fetch = (input, init) => fetch(input, init)) {
    this.#fetcher = fetcher;
  }

  /** Creates a sign-in session at the provider whose base URL is `apiBase`: `{sessionId, authorizationUrl, state, expiresAt}`. */
  async createSession(apiBase: string, request: CreateSessionRequest, signal?: AbortSignal): Promise<CreateSessionResponse> {
    let response: Response;
    let body: unknown;
    try {
      response = await this.#fetcher(apiUrl(apiBase, 'v1/signin-sessions').href, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        signal,
      });
      body = await response.json();
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ProviderError(NETWORK_ERROR, `The provider at ${apiBase} did not answer.`);
    }
    if (!response.ok) {
      const { code, message, field } = (body as Partial<ApiErrorResponse>).error ?? {};
      throw new ProviderError(typeof code === 'string' ? code : 'internal_error', typeof message === 'string' ? message : `The provider answered HTTP ${response.status}.`, field, response.status);
    }
    const created = body as Partial<CreateSessionResponse>;
    // Only these fields are used: the rest of the answer is not trusted.
    if (typeof created.authorizationUrl !== 'string' || typeof created.state !== 'string' || typeof created.sessionId !== 'string' || !/^https?:/.test(created.authorizationUrl)) {
      throw new ProviderError('internal_error', 'The provider sent a session that is not valid.', null, response.status);
    }
    return created as CreateSessionResponse;
  }
}

/** The elements' default `providerClient`. */
export const sharedProviderClient = new ProviderClient();
