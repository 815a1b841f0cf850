import * as z from 'zod/mini';
import { accessSummarySchema } from './access.js';
import { grantedAccessModeSchema } from './result.js';
import { signinErrorSchema } from './errors.js';
import {
  accessDaysSchema,
  bankIdSchema,
  clientIdSchema,
  consentAcceptanceSchema,
  localeSchema,
  ownerExternalIdSchema,
  reconnectTokenSchema,
  returnUrlSchema,
  signinModeSchema,
} from './primitives.js';

export { signinModeSchema } from './primitives.js';
export type { SigninMode } from './primitives.js';

/**
 * Lifecycle of a session or a link:
 * `pending → authorizing → success | failed | cancelled`; unfinished ones turn
 * `abandoned` after the TTL; links never opened turn `expired` at `expiresAt`.
 */
export const signinStatusSchema = z.enum(['pending', 'authorizing', 'success', 'failed', 'cancelled', 'abandoned', 'expired']);
export type SigninStatus = z.infer<typeof signinStatusSchema>;

/** Statuses after which nothing changes any more. */
export const FINAL_STATUSES: readonly SigninStatus[] = ['success', 'failed', 'cancelled', 'abandoned', 'expired'];
export const isFinalStatus = (status: SigninStatus): boolean => FINAL_STATUSES.includes(status);

const nonEmpty = (max: number) => z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

export { localeSchema, consentAcceptanceSchema, ownerExternalIdSchema } from './primitives.js';
export type { ConsentAcceptance } from './primitives.js';

/** `POST /v1/signin-sessions` body (public, CORS-limited to the client's origins). */
export const createSessionRequestSchema = z.object({
  clientId: clientIdSchema,
  ownerExternalId: ownerExternalIdSchema,
  bankId: bankIdSchema,
  consents: z.array(consentAcceptanceSchema).check(z.minLength(1, 'must list at least one accepted consent'), z.maxLength(20, 'must list at most 20 consents')),
  mode: signinModeSchema,
  /** The integrator page's origin (`https://shop.example`), no path. */
  origin: nonEmpty(256),
  /** Required in `redirect` mode; must be on an allowed origin of the client. */
  returnUrl: z.optional(returnUrlSchema),
  locale: z.optional(localeSchema),
  /** The access the user grants: `single` (the default) or `multiple` (the widget resolves `mixed` to the user's choice). */
  accessMode: z.optional(grantedAccessModeSchema),
  /** Days of multiple access, 1–180 (default 180, or the renewed access's own). Only with `multiple`. */
  accessDays: z.optional(accessDaysSchema),
  /** Renews the access of this token (bankId and ownerExternalId must be the token's; the mode is `multiple`). */
  reconnectToken: z.optional(reconnectTokenSchema),
});
export type CreateSessionRequest = z.infer<typeof createSessionRequestSchema>;

/** `POST /v1/signin-sessions` answer. */
export const createSessionResponseSchema = z.object({
  sessionId: z.string(),
  /** Bank login page: navigate the popup (or the window, in redirect mode) to it. */
  authorizationUrl: z.string(),
  /** Opaque value echoed in the result; the widget checks it. */
  state: z.string(),
  /** ISO 8601; after it the session turns `abandoned`. */
  expiresAt: z.string(),
});
export type CreateSessionResponse = z.infer<typeof createSessionResponseSchema>;

/** `GET /v1/signin-sessions/:id` answer (secret key). */
export const sessionInfoSchema = z.object({
  id: z.string(),
  status: signinStatusSchema,
  clientId: z.string(),
  ownerExternalId: z.string(),
  bankId: z.string(),
  country: z.string(),
  mode: signinModeSchema,
  origin: z.string(),
  returnUrl: z.optional(z.string()),
  locale: z.string(),
  linkId: z.optional(z.string()),
  error: z.optional(signinErrorSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string(),
  importedAt: z.optional(z.string()),
  accessMode: grantedAccessModeSchema,
  /** For multiple access, once the session succeeded: the access it granted or renewed. */
  access: z.optional(accessSummarySchema),
  /** True for a session started with a reconnect token. */
  reconnect: z.optional(z.boolean()),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
