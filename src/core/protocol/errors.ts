import * as z from 'zod/mini';

// The bank's result codes live beside the result message (the browser bundle imports only that module).
export { signinErrorCodeSchema, signinErrorSchema } from './result.js';
export type { SigninErrorCode, SigninError } from './result.js';

/** Machine-readable codes of the provider's HTTP API errors. */
export const apiErrorCodeSchema = z.enum([
  'invalid_json', // 400: the body is not JSON
  'invalid_request', // 400: a field is missing or has the wrong type or format (see `field`)
  'unauthorized', // 401: missing or wrong `Authorization: Bearer <secret>`
  'origin_not_allowed', // 403: `origin`, the Origin header or `returnUrl` is not an allowed origin of the client
  'invalid_signature', // 403: `sessionIdSignature` does not match
  'reconnect_token_wrong_client', // 403: the reconnect token was made for another client
  'not_found', // 404: unknown route, session, link, bank, access or reconnect token
  'session_not_successful', // 409: Default Import of a session whose status is not `success`
  'already_imported', // 409: Default Import already done for this session
  'reconnect_token_mismatch', // 409: bankId or ownerExternalId is not the reconnect token's (or the link's access's)
  'link_closed', // 410: the link is finished, abandoned or expired
  'access_expired', // 410: the access passed its expiresAt: reconnect to renew it
  'access_revoked', // 410: the access was revoked: connect the bank anew
  'reconnect_token_used', // 410: the reconnect token already renewed its access
  'reconnect_token_expired', // 410: the reconnect token is older than 15 minutes
  'payload_too_large', // 413: body over the limit
  'unsupported_media_type', // 415: JSON endpoints need `Content-Type: application/json`
  'unknown_client', // 422: `clientId` is not a client of the provider
  'unknown_bank', // 422: `bankId` is not in the catalog
  'bank_down', // 422: the bank's status is `down`
  'rate_limited', // 429: too many sessions from one client and origin (see Retry-After)
  'import_limit_reached', // 429: 4 imports of this access in the last 24 hours (see Retry-After)
  'internal_error', // 500
]);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

/** Body of every 4xx/5xx JSON answer: `{error: {code, message, field}}`. */
export const apiErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Dotted path of the offending input (`consents.0.acceptedAt`), or null. */
    field: z.optional(z.nullable(z.string())),
  }),
});
export type ApiErrorResponse = z.infer<typeof apiErrorResponseSchema>;
