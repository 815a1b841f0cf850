import * as z from 'zod/mini';

/**
 * Why a bank authorization ended in `failed`. Sent in the popup result message
 * (`error.code`), in the redirect query (`signin_error`) and by the status API.
 */
export const signinErrorCodeSchema = z.enum([
  /** Wrong user name or password; the bank lets the user retry (not final). */
  'InvalidCredentials',
  /** Too many failed attempts (password or SMS code): blocked for a while. */
  'AccessTemporarilyBlocked',
  /** The bank has blocked this user's online access. */
  'AccessBlocked',
  /** The bank is down or did not answer. */
  'BankUnavailable',
  /** The session ran past its TTL before the user finished at the bank. */
  'SessionExpired',
]);
export type SigninErrorCode = z.infer<typeof signinErrorCodeSchema>;

/** `{code, message}` of a failed authorization. */
export const signinErrorSchema = z.object({
  code: signinErrorCodeSchema,
  message: z.string(),
});
export type SigninError = z.infer<typeof signinErrorSchema>;

/** The access the user granted, as the integrator's page may learn it: no id, token or secret. */
export const grantedAccessModeSchema = z.enum(['single', 'multiple']);
export type GrantedAccessMode = z.infer<typeof grantedAccessModeSchema>;

/**
 * `access` of a successful result (popup message, redirect parameters): the mode granted and,
 * for `multiple`, until when (ISO 8601); `renewed` when a reconnect renewed an existing access.
 */
export const browserAccessSchema = z.object({
  mode: grantedAccessModeSchema,
  expiresAt: z.optional(z.string()),
  renewed: z.optional(z.boolean()),
});
export type BrowserAccess = z.infer<typeof browserAccessSchema>;

/** `type` of the message the provider's completion page posts to `window.opener`. */
export const SIGNIN_RESULT_MESSAGE_TYPE = 'signin-flow/result';

/** The statuses a bank authorization can end with, as the browser learns them. */
export const signinResultStatusSchema = z.enum(['success', 'failed', 'cancelled']);
export type SigninResultStatus = z.infer<typeof signinResultStatusSchema>;

/**
 * Posted by the completion page to `window.opener` with the integrator's origin as
 * targetOrigin. `sessionIdSignature` (base64url HMAC-SHA256 of `sessionId` with the
 * client's secret key) is present only on success; `error` only on failure.
 */
export const signinResultMessageSchema = z.object({
  // A one-value enum rather than z.literal: the same check, and the CDN scripts need no literal schema (~120 B gzip).
  type: z.enum([SIGNIN_RESULT_MESSAGE_TYPE]),
  state: z.string(),
  sessionId: z.string(),
  sessionIdSignature: z.optional(z.string()),
  status: signinResultStatusSchema,
  error: z.optional(signinErrorSchema),
  /** On success: the access granted. */
  access: z.optional(browserAccessSchema),
});
export type SigninResultMessage = z.infer<typeof signinResultMessageSchema>;

/**
 * Query parameters the provider adds to `returnUrl` when it sends the browser back
 * (303) in redirection mode. Session flows get state, session id, status and, on
 * success, the signature; link flows get the link id and status; successes add the
 * access granted; failures add the error code and a human-readable description.
 */
export const REDIRECT_PARAMS = {
  state: 'signin_state',
  sessionId: 'signin_session_id',
  signature: 'signin_signature',
  status: 'signin_status',
  error: 'signin_error',
  errorDescription: 'signin_error_description',
  linkId: 'signin_link_id',
  /** On success: `single` or `multiple`. */
  accessMode: 'signin_access_mode',
  /** On success with multiple access: ISO 8601 end of the access. */
  accessExpiresAt: 'signin_access_expires_at',
  /** On success of a reconnect: `true`. */
  accessRenewed: 'signin_access_renewed',
} as const;
