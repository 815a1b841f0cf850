import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

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
 * The demo backend's client of the provider's integrator API (secret key): calls, the answers it
 * relays as they are (status, `{error:{code,message}}` body and Retry-After), and bank names.
 */
export class Provider {
  private names: Promise<Map<string, string>> | undefined;

  constructor(private readonly options: ProviderOptions) {}

  /** A call with the secret key; undefined when the provider does not answer. */
  call(path: string, init: RequestInit = {}): Promise<Response | undefined> {
    return fetch(`${this.options.sandboxUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.options.sandboxSecret}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    }).catch(() => undefined);
  }

  /** A bank's name, from the provider's public catalog (read once). */
  async bankName(id: string | undefined): Promise<string | undefined> {
    if (!id) return undefined;
    this.names ??= fetch(`${this.options.sandboxUrl}/v1/catalog`)
      .then((r) => r.json() as Promise<{ banks: Array<{ id: string; name: string }> }>)
      .then(({ banks }) => new Map(banks.map((bank) => [bank.id, bank.name])))
      .catch(() => ((this.names = undefined), new Map<string, string>()));
    return (await this.names).get(id);
  }

  /** The provider's time: the sandbox's test clock may run ahead of this machine's. */
  async now(): Promise<number> {
    const answer = await this.call('/v1/sandbox/clock');
    const body = answer?.ok ? ((await answer.json().catch(() => null)) as { now?: unknown } | null) : null;
    const now = typeof body?.now === 'string' ? Date.parse(body.now) : NaN;
    return Number.isNaN(now) ? Date.now() : now;
  }
}

export const unreachable = (c: Context): Response => c.json(failure('provider_unreachable', 'The sandbox provider did not answer'), 502);
export const unexpected = (c: Context, what: string): Response => c.json(failure('provider_error', `The provider answered an unexpected ${what}`), 502);

/** The provider's error answer, relayed: its status, its `{error:{code,message}}` and its Retry-After. */
export async function relay(c: Context, answer: Response): Promise<Response> {
  const body = (await answer.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
  const code = typeof body?.error?.code === 'string' ? body.error.code : 'provider_error';
  const message = typeof body?.error?.message === 'string' ? body.error.message : `The provider answered HTTP ${answer.status}`;
  const retryAfter = answer.headers.get('retry-after');
  if (retryAfter) c.header('Retry-After', retryAfter);
  return c.json(failure(code, message), answer.status as ContentfulStatusCode);
}

/** The provider's JSON answer, or undefined when it is not JSON. */
export const json = async (answer: Response): Promise<unknown> => answer.json().catch(() => undefined);
