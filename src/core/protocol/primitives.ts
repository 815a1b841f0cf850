import * as z from 'zod/mini';

/**
 * Schemas that the provider's requests and the widget's config share. A module of their own:
 * the browser bundle keeps every schema of a module it imports from (zod calls are not
 * side-effect free for the bundler), so the widget imports these without session.ts.
 */

/** Like `z.refine(fn, message)`, as a plain check: the same issue, without zod's custom-schema machinery. */
export const refine = <T>(fn: (value: T) => boolean, message: string) =>
  z.check<T>((payload) => {
    if (!fn(payload.value)) payload.issues.push({ code: 'custom', input: payload.value, message, path: [], continue: true });
  });

const nonEmpty = (max: number) => z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));
/** Identifiers are trimmed first: `' user-42 '` is `'user-42'`, and blank is empty. */
const identifier = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

/** How the bank login is shown: a popup window or a same-window redirect. */
export const signinModeSchema = z.enum(['popup', 'redirect']);
export type SigninMode = z.infer<typeof signinModeSchema>;

/**
 * Long-lived access: `single` (one Default Import, the default), `multiple` (repeated imports
 * until an end date, at most 180 days) or `mixed` (the user chooses in the flow). Sessions carry
 * the resolved mode (`grantedAccessModeSchema` in result.ts); links and the widget's config may say `mixed`.
 */
export const accessModeSchema = z.enum(['single', 'multiple', 'mixed']);
export type AccessMode = z.infer<typeof accessModeSchema>;

export const MAX_ACCESS_DAYS = 180;
/** Days of multiple access when none are asked for: the longest. */
export const DEFAULT_ACCESS_DAYS = MAX_ACCESS_DAYS;

/** How many days multiple access lasts: a whole number from 1 to 180 (default 180). */
export const accessDaysSchema = z.number().check(
  refine<number>((days) => Number.isInteger(days) && days >= 1 && days <= MAX_ACCESS_DAYS, `must be a whole number of days from 1 to ${MAX_ACCESS_DAYS}`),
);

/** A reconnect token, as the widget and the session request carry it. */
export const reconnectTokenSchema = z
  .string()
  .check(z.minLength(16, 'must be a reconnect token from POST /v1/accesses/:id/reconnect-tokens'), z.maxLength(128, 'must be at most 128 characters'));

/** Your client id at the provider. */
export const clientIdSchema = identifier(64);

/** Identifier of the end user in the integrator's system (no control characters). */
export const ownerExternalIdSchema = identifier(128).check(z.regex(/^[^\p{Cc}]+$/u, 'must not contain control characters'));

/** A bank's id in the catalog. */
export const bankIdSchema = identifier(128);

/** Where the bank sends the user back in redirect mode. */
export const returnUrlSchema = nonEmpty(2048);

/** BCP 47 language tag such as `pl` or `en-GB`. */
export const localeSchema = z.string().check(z.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/, 'must be a language tag such as "pl" or "en-GB"'));

const DATE_TIME = 'must be an ISO 8601 date-time such as "2025-01-31T12:00:00Z"';
/** zod's `z.iso.datetime({offset: true})` pattern (RFC 3339 with seconds and an offset, on real calendar days), as a plain regex check. */
const DATE_TIME_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
/** One consent the user accepted: `{id, version, acceptedAt}`, sent with the session request. */
export const consentAcceptanceSchema = z.object({
  id: nonEmpty(64),
  version: nonEmpty(32),
  /** ISO 8601 date-time, e.g. `2025-01-31T12:00:00Z`. */
  acceptedAt: z.string(DATE_TIME).check(z.regex(DATE_TIME_PATTERN, DATE_TIME)),
});
export type ConsentAcceptance = z.infer<typeof consentAcceptanceSchema>;
