/**
 * The one error class of the server SDK's provider client: every failure of a call (the provider's
 * API errors, and the SDK's own: no answer, timeout, an answer that is not the protocol's, bad
 * input) is a {@link ProviderApiError} with a `code`. Standard APIs only (no `node:` module, no
 * Buffer): it runs wherever `fetch` does.
 */
import { apiErrorCodeSchema, type ApiErrorCode } from '../core/protocol/errors.js';

/**
 * The SDK's own codes, for failures where the provider sent no API error:
 * - `network_error`: no answer at all (connection refused, DNS failure, TLS error, connection reset); `status` undefined;
 * - `timeout`: no complete answer within `timeoutMs`; `status` undefined (or the status, if only the body was late);
 * - `aborted`: the caller's `signal` aborted the call; `status` undefined;
 * - `invalid_response_json`: a success status whose body is not JSON;
 * - `unexpected_response`: a success status whose JSON does not match the protocol's schema (`field`: the dotted path that did not match);
 * - `http_error`: an error status (4xx/5xx) without the protocol's `{error: {code, message}}` body (a proxy's error page…);
 * - `invalid_input`: the request given to a method fails the protocol's request schema; nothing was sent (`field`: the offending input);
 * - `invalid_options`: `createProviderClient` was given bad options (`field`: the option).
 */
export const SDK_ERROR_CODES = ['network_error', 'timeout', 'aborted', 'invalid_response_json', 'unexpected_response', 'http_error', 'invalid_input', 'invalid_options'] as const;
/** One of {@link SDK_ERROR_CODES}. */
export type SdkErrorCode = (typeof SDK_ERROR_CODES)[number];

/**
 * Every code the SDK knows: the provider's API error codes (`invalid_request`, `unauthorized`,
 * `not_found`, `import_limit_reached`, `access_revoked`…, see `apiErrorCodeSchema`) and the SDK's
 * own ({@link SdkErrorCode}).
 */
export type ProviderErrorCode = ApiErrorCode | SdkErrorCode;

/**
 * The provider's code may be one this SDK does not know yet (a newer provider): it is kept as
 * sent, so `code` is a {@link ProviderErrorCode} or any other string. Compare it with the known
 * codes (`error.code === 'access_revoked'`), or check {@link isKnownErrorCode} first.
 */
export type ProviderApiErrorCode = ProviderErrorCode | (string & {});

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...apiErrorCodeSchema.options, ...SDK_ERROR_CODES]);

/** True when `code` is one of the protocol's API error codes or the SDK's own. */
export function isKnownErrorCode(code: string): code is ProviderErrorCode {
  return KNOWN_CODES.has(code);
}

/** What a {@link ProviderApiError} is made of. */
export interface ProviderApiErrorInit {
  /** The HTTP status, when the provider answered. */
  readonly status?: number | undefined;
  readonly code: ProviderApiErrorCode;
  readonly message: string;
  /** Dotted path of the offending input or answer field, or null. */
  readonly field?: string | null | undefined;
  /** Seconds to wait before trying again (from `Retry-After`). */
  readonly retryAfter?: number | undefined;
  /** The error behind this one (the fetch failure, the JSON syntax error, the schema's issues). */
  readonly cause?: unknown;
}

/**
 * A call to the provider failed. `code` says why (see {@link ProviderErrorCode}); `status` is the
 * HTTP status when the provider answered; `field` names the offending field when there is one
 * (its name also starts `message`); `retryAfter` is the seconds to wait, from the `Retry-After` of
 * a 429 (`rate_limited`, `import_limit_reached`) or 503.
 *
 * ```ts
 * try {
 *   await provider.importAccess(accessId);
 * } catch (error) {
 *   if (isProviderApiError(error) && error.code === 'import_limit_reached') retryLater(error.retryAfter);
 *   else throw error;
 * }
 * ```
 */
export class ProviderApiError extends Error {
  /** The HTTP status of the provider's answer, or undefined when there was none (`network_error`, `timeout`, `aborted`, `invalid_input`, `invalid_options`). */
  readonly status: number | undefined;
  /** Why the call failed: the provider's code as it sent it, or the SDK's own. */
  readonly code: ProviderApiErrorCode;
  /** Dotted path of the offending field (`consents.0.acceptedAt`, `returnUrl`, `accounts.1.iban`), or null. */
  readonly field: string | null;
  /** Seconds to wait before trying again, from `Retry-After` (seconds or an HTTP date); undefined without it. */
  readonly retryAfter: number | undefined;

  constructor({ status, code, message, field = null, retryAfter, cause }: ProviderApiErrorInit) {
    super(field && !message.startsWith(field) ? `${field}: ${message}` : message, cause === undefined ? undefined : { cause });
    this.name = 'ProviderApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfter = retryAfter;
  }
}

/** True when `error` is a {@link ProviderApiError} (also one from another copy of this package). */
export function isProviderApiError(error: unknown): error is ProviderApiError {
  return error instanceof ProviderApiError || (error instanceof Error && error.name === 'ProviderApiError' && typeof (error as { code?: unknown }).code === 'string');
}

/**
 * Seconds to wait from a `Retry-After` header value: a whole number of seconds (`"120"`) or an HTTP
 * date (`"Wed, 21 Oct 2026 07:28:00 GMT"`, counted from `now`, never below 0); undefined when the
 * header is absent or neither.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date starts with its weekday; a number with a sign or a point is no delay.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
