/**
 * Long-lived access, the integrator backend's side (secret key): not imported by the browser
 * bundles (they keep every schema of a module they import). `single`: one Default Import, then
 * the access is gone (the default). `multiple`: repeated imports until `expiresAt` (at most
 * `MAX_ACCESS_DAYS`), revocable, renewable by a reconnect. `mixed`: the user chooses in the flow.
 */
import * as z from 'zod/mini';
import { grantedAccessModeSchema } from './result.js';

export { accessModeSchema, accessDaysSchema, reconnectTokenSchema, DEFAULT_ACCESS_DAYS, MAX_ACCESS_DAYS } from './primitives.js';
export type { AccessMode } from './primitives.js';
export { grantedAccessModeSchema, browserAccessSchema } from './result.js';
export type { GrantedAccessMode, BrowserAccess } from './result.js';

/** Imports allowed per access in any rolling 24 hours, the Default Import included. */
export const IMPORTS_PER_DAY = 4;
/** Lifetime of a reconnect token. */
export const RECONNECT_TOKEN_TTL_MS = 15 * 60_000;

/** `active` until `expiresAt`; `expired` after it (a reconnect renews it); `revoked` for good. */
export const accessStatusSchema = z.enum(['active', 'expired', 'revoked']);
export type AccessStatus = z.infer<typeof accessStatusSchema>;

/**
 * The access as the integrator's backend sees it beside a session, a link or an import
 * (secret key only; never sent to the browser).
 */
export const accessSummarySchema = z.object({
  id: z.string(),
  mode: grantedAccessModeSchema,
  status: accessStatusSchema,
  expiresAt: z.string(),
  /** Imports in the last 24 hours (rolling), the Default Import included. */
  importsToday: z.number(),
  importsPerDay: z.number(),
});
export type AccessSummary = z.infer<typeof accessSummarySchema>;

/** `GET /v1/accesses/:id` answer, and each entry of `GET /v1/accesses?ownerExternalId=`. */
export const accessInfoSchema = z.object({
  id: z.string(),
  ownerExternalId: z.string(),
  bankId: z.string(),
  mode: grantedAccessModeSchema,
  status: accessStatusSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.optional(z.string()),
  lastImportAt: z.optional(z.string()),
  importsToday: z.number(),
  importsPerDay: z.number(),
  /** The days the access lasts from its grant or its latest renewal. */
  accessDays: z.number(),
  /** The latest renewal by a reconnect, if any. */
  renewedAt: z.optional(z.string()),
});
export type AccessInfo = z.infer<typeof accessInfoSchema>;

export const accessListSchema = z.object({ accesses: z.array(accessInfoSchema) });
export type AccessList = z.infer<typeof accessListSchema>;

/** `POST /v1/accesses/:id/reconnect-tokens` answer: give `token` to the widget (`reconnect-token`). */
export const reconnectTokenResponseSchema = z.object({
  token: z.string(),
  /** ISO 8601; single use, 15 minutes. */
  expiresAt: z.string(),
});
export type ReconnectTokenResponse = z.infer<typeof reconnectTokenResponseSchema>;

/** `GET /v1/reconnect-tokens/:token` answer (public): what the widget needs to start a renewal. */
export const reconnectTokenInfoSchema = z.object({
  clientId: z.string(),
  bankId: z.string(),
  ownerExternalId: z.string(),
  /** Always `multiple`: a reconnect renews ongoing access. */
  accessMode: grantedAccessModeSchema,
  /** The days the renewal grants unless the session asks for fewer. */
  accessDays: z.number(),
  /** When the access ends (or ended) if it is not renewed. */
  accessExpiresAt: z.string(),
  /** When the token stops working. */
  expiresAt: z.string(),
});
export type ReconnectTokenInfo = z.infer<typeof reconnectTokenInfoSchema>;

/** The most one `POST /v1/sandbox/clock` moves the sandbox's time: 400 days. */
export const MAX_CLOCK_ADVANCE_SECONDS = 400 * 86_400;

/** `POST /v1/sandbox/clock` body: moves the sandbox's time forward. */
export const advanceClockRequestSchema = z.object({
  advanceSeconds: z.number().check(
    z.refine(
      (s) => Number.isInteger(s) && s >= 1 && s <= MAX_CLOCK_ADVANCE_SECONDS,
      `must be a whole number of seconds from 1 to ${MAX_CLOCK_ADVANCE_SECONDS} (400 days)`,
    ),
  ),
});
export type AdvanceClockRequest = z.infer<typeof advanceClockRequestSchema>;

/** `GET|POST /v1/sandbox/clock` answer. */
export const clockInfoSchema = z.object({
  /** The sandbox's time, ISO 8601. */
  now: z.string(),
  /** How far it is ahead of the real clock. */
  offsetSeconds: z.number(),
});
export type ClockInfo = z.infer<typeof clockInfoSchema>;

/** Webhook event types of an access (beside `signin-link.status-changed`). */
export const accessWebhookTypeSchema = z.enum(['access.renewed', 'access.expiring', 'access.expired', 'access.revoked']);
export type AccessWebhookType = z.infer<typeof accessWebhookTypeSchema>;
