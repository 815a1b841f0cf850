// The provider client's transport (see client.ts): one call within its timeout and the caller's
// signal, its answer parsed with the protocol's schema, every failure a ProviderApiError.
// Only fetch-era standard APIs: no \`node:\` import.
import * as z from 'zod/mini';
import { apiUrl } from '../core/protocol/api-url.js';
import { apiErrorResponseSchema } from '../core/protocol/errors.js';
import { refine } from '../core/protocol/primitives.js';
import { ProviderApiError, parseRetryAfter } from './errors.js';

/** How the client sends requests: `fetch` or anything with its signature (a proxy, a test double). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The longest `timeoutMs` of a client or a call: 10 minutes. */
export const MAX_TIMEOUT_MS = 600_000;

/** Per-call options, the last argument of every method. */
export interface CallOptions {
  /** Aborts the call: it then fails with \`aborted\` (nothing is sent when it is aborted already). */
  readonly signal?: AbortSignal | undefined;
  /** This call's timeout in milliseconds, instead of the client's \`timeoutMs\`. */
  readonly timeoutMs?: number | undefined;
}

/** What every call of one client shares, its options checked. */
export interface Settings {
  readonly apiBase: string;
  readonly secretKey: string;
  readonly timeoutMs: number;
  readonly fetch: FetchLike;
}

/** zod's English messages, per parse (no global \`z.config\`). */
export const en = z.locales.en().localeError;

export const timeoutSchema = z.number().check(refine<number>((ms) => Number.isInteger(ms) && ms >= 1 && ms <= MAX_TIMEOUT_MS, `must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`));

const callOptionsSchema = z.optional(
  z.object({
    signal: z.optional(z.custom<AbortSignal>((value) => typeof value === 'object' && value !== null && typeof (value as AbortSignal).aborted === 'boolean', 'must be an AbortSignal')),
    timeoutMs: z.optional(timeoutSchema),
  }),
);

type Issues = readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
export const pathOf = (issues: Issues): string | null => {
  const path = issues[0]?.path ?? [];
  return path.length > 0 ? path.map(String).join('.') : null;
};

export interface Schema<T> {
  safeParse(data: unknown, params?: { error?: typeof en }): { success: true; data: T } | { success: false; error: { issues: Issues } };
}

/** Checks one input of `operation` (`field`: its name; a body's issues are named by their path). */
export function checkInput<T>(schema: Schema<T>, value: unknown, operation: string, field: string | null = null): T {
  const result = schema.safeParse(value, { error: en });
  if (result.success) return result.data;
  const inner = pathOf(result.error.issues);
  const name = field && inner ? `${field}.${inner}` : (field ?? inner);
  const issue = result.error.issues[0]?.message ?? 'is not valid';
  throw new ProviderApiError({ code: 'invalid_input', field: name, message: `${name ? `${name}: ` : ''}${issue} (${operation}; nothing was sent)`, cause: result.error });
}

/** One endpoint call: what to send, and the schema of its answer. */
export interface Call<T> {
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

const TIMEOUT = Symbol('timeout');

/** Sends one request within its timeout and the caller's signal; the parsed answer or a ProviderApiError. */
export async function send<T>(settings: Settings, call: Call<T>, options?: CallOptions): Promise<T> {
  const { signal, timeoutMs = settings.timeoutMs } = checkInput(callOptionsSchema, options, call.operation, 'options') ?? {};
  const { operation } = call;
  if (signal?.aborted) throw new ProviderApiError({ code: 'aborted', message: `${operation}: the call was aborted before it was sent`, cause: signal.reason });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const headers: Record<string, string> = { accept: 'application/json' };
  if (call.auth) headers.authorization = `Bearer ${settings.secretKey}`;
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  const cut = (status: number | undefined, cause: unknown): ProviderApiError =>
    controller.signal.reason === TIMEOUT
      ? new ProviderApiError({ status, code: 'timeout', message: `${operation}: no ${status === undefined ? 'answer' : 'complete answer'} from the provider within ${timeoutMs} ms`, cause })
      : new ProviderApiError({ status, code: 'aborted', message: `${operation}: the call was aborted`, cause: signal?.reason ?? cause });
  let response: Response;
  let text: string;
  try {
    try {
      response = await settings.fetch(apiUrl(settings.apiBase, call.path, call.query).href, {
        method: call.method,
        headers,
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        signal: controller.signal,
        // A redirect is not followed (it would carry the request elsewhere): it fails as http_error.
        redirect: 'manual',
      });
    } catch (error) {
      if (controller.signal.aborted) throw cut(undefined, error);
      throw new ProviderApiError({ code: 'network_error', message: `${operation}: the provider at ${settings.apiBase} did not answer (${describe(error)})`, cause: error });
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

/** A fetch failure in a few words: Node's `fetch failed` hides the reason (`ECONNREFUSED`…) in its cause. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

