import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { config as zodConfig, locales } from 'zod';
import type { ApiErrorCode, ApiErrorResponse } from '../../src/core/protocol/errors.js';
import { canonicalLocale } from './i18n.js';

// The shared schemas use zod/mini, which carries no messages: load the English ones server-side.
zodConfig(locales.en());

/** An error answered as `{error: {code, message, field}}` with its HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly field: string | null = null,
    /** Seconds to send as `Retry-After` (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: ApiErrorCode, message: string, field: string | null = null): ApiErrorResponse {
  return { error: { code, message, field } };
}

export function sendError(c: Context, error: ApiError): Response {
  if (error.status === 401) c.header('WWW-Authenticate', 'Bearer realm="signin-sandbox"');
  if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
  return c.json(errorBody(error.code, error.message, error.field), error.status);
}

interface SafeParser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Validates `data` with a zod (mini) schema; throws a 400 `invalid_request` naming the first bad field. */
export function validate<T>(schema: SafeParser<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : null;
  const message = issue ? (field ? `${field}: ${issue.message}` : issue.message) : 'Invalid request';
  throw new ApiError(400, 'invalid_request', message, field);
}

/** Validates one value (a query or path parameter) named `field`: a 400 `invalid_request` saying `field: …`. */
export function validateField<T>(schema: SafeParser<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError(400, 'invalid_request', `${field}: ${result.error.issues[0]?.message ?? 'is not valid'}`, field);
}

/** Reads and validates a JSON body: 415 if it is not JSON, 400 if it does not parse or validate. */
export async function readJson<T>(c: Context, schema: SafeParser<T>): Promise<T> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json');
  }
  const text = await c.req.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ApiError(400, 'invalid_request', 'The body must be a JSON object');
  }
  return validate(schema, data);
}

/**
 * A request's `locale`, once its schema passed: also a tag `Intl` accepts (the schema's pattern lets
 * `ab-12` through), else a 400 `invalid_request` naming `locale`. Well-formed tags of languages the
 * sandbox does not speak are accepted: its pages fall back to English.
 */
export function checkLocale(locale: string | undefined): void {
  if (locale !== undefined && canonicalLocale(locale) === undefined) {
    throw new ApiError(400, 'invalid_request', 'locale: must be a language tag such as "pl" or "en-GB"', 'locale');
  }
}
