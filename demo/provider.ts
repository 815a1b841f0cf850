import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createProviderClient, isProviderApiError, type ProviderClient } from '../src/server/index.js';

/** The demo's signed-in user: the widget pages (owner-external-id) and every link of the demo are theirs. */
export const DEMO_OWNER = 'demo-user-1';

/** `{error: {code, message}}`: every failure of the demo's backend routes. */
export type Failure = { readonly error: { readonly code: string; readonly message: string } };
export const failure = (code: string, message: string): Failure => ({ error: { code, message } });

export interface ProviderOptions {
  readonly sandboxUrl: string;
  readonly sandboxSecret: string;
}

/**
 * The demo backend's side of the provider: the server SDK's client (`signin-flow/server`, secret
 * key), as an integrator's backend uses it, and the bank names and time it reads through it.
 */
export class Provider {
  /** The SDK's client of the provider's API. */
  readonly api: ProviderClient;
  private names: Promise<Map<string, string>> | undefined;

  constructor({ sandboxUrl, sandboxSecret }: ProviderOptions) {
    this.api = createProviderClient({ apiBase: sandboxUrl, secretKey: sandboxSecret });
  }

  /** A bank's name, from the provider's public catalog (read once; read again after a failure). */
  async bankName(id: string | undefined): Promise<string | undefined> {
    if (!id) return undefined;
    this.names ??= this.api
      .getCatalog()
      .then(({ banks }) => new Map(banks.map((bank) => [bank.id, bank.name])))
      .catch(() => ((this.names = undefined), new Map<string, string>()));
    return (await this.names).get(id);
  }

  /** The provider's time: the sandbox's test clock may run ahead of this machine's (this machine's when the clock cannot be read). */
  async now(): Promise<number> {
    const clock = await this.api.getClock().catch(() => undefined);
    const now = clock ? Date.parse(clock.now) : NaN;
    return Number.isNaN(now) ? Date.now() : now;
  }
}

/**
 * A failed call to the provider as this site's answer: the provider's API error relayed (its
 * status, `{error:{code,message}}` and Retry-After); `502 provider_unreachable` when it did not
 * answer in time; `502 provider_error` when its answer is not the protocol's. Anything but a
 * ProviderApiError is thrown again (a bug of this site, not the provider's).
 */
export function relay(c: Context, error: unknown): Response {
  if (!isProviderApiError(error)) throw error;
  switch (error.code) {
    case 'network_error':
    case 'timeout':
    case 'aborted':
      return c.json(failure('provider_unreachable', 'The sandbox provider did not answer'), 502);
    case 'invalid_response_json':
    case 'unexpected_response':
      return c.json(failure('provider_error', `The provider's answer is not the protocol's: ${error.message}`), 502);
    case 'invalid_input':
      return c.json(failure('invalid_request', error.message), 400);
    case 'invalid_options':
      throw error;
  }
  if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
  // An error answer without the protocol's body (a proxy's page) keeps its status, with a code of this site.
  const code = error.code === 'http_error' ? 'provider_error' : error.code;
  return c.json(failure(code, error.message), (error.status ?? 502) as ContentfulStatusCode);
}
