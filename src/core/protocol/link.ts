import * as z from 'zod/mini';
import { countryCodeSchema } from './catalog.js';
import { localeSchema, ownerExternalIdSchema, signinStatusSchema } from './session.js';
import { accessDaysSchema, accessModeSchema, accessSummarySchema, accessWebhookTypeSchema, grantedAccessModeSchema } from './access.js';
import { signinErrorSchema } from './errors.js';
import { brandSchema } from './brand.js';
import { isStrictTokenValue } from './css-values.js';
import { stylesSchema, TOKEN_EXPECTED } from '../../config/styles.js';
import { themeSchema } from '../../config/choices.js';
import { TOKENS, type StyleKey } from '../../styles/token-names.js';

const httpUrl = z.string().check(z.maxLength(2048, 'must be at most 2048 characters'), z.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL'));

export { brandNameSchema, brandSchema, logoUrlSchema, MAX_BRAND_NAME_LENGTH, type Brand } from './brand.js';

/**
 * The widget's `styles` as a link request carries them: the same keys and schema, and each value
 * checked by the strict grammar of css-values.ts (a provider has no `CSS.supports`), so every value
 * the provider stores is a valid CSS colour, length, font-family list or box-shadow.
 */
export const linkStylesSchema = stylesSchema.check(
  z.check<Record<string, unknown>>(({ value: styles, issues }) => {
    for (const key of Object.keys(styles)) {
      const value = styles[key];
      if (!Object.hasOwn(TOKENS, key) || typeof value !== 'string') continue;
      const kind = TOKENS[key as StyleKey][1];
      if (!isStrictTokenValue(kind, value)) issues.push({ code: 'custom', message: TOKEN_EXPECTED[kind], input: value, path: [key] });
    }
  }),
);


/** `POST /v1/signin-links` body (integrator backend, secret key). */
export const createLinkRequestSchema = z.object({
  ownerExternalId: ownerExternalIdSchema,
  /** Where the user lands after the bank, with `signin_link_id` and `signin_status`. */
  returnUrl: httpUrl,
  locale: z.optional(localeSchema),
  /** Restricts the hosted page to the banks of one country. */
  country: z.optional(countryCodeSchema),
  /** Receives a signed POST on every status change of the link. */
  webhookUrl: z.optional(httpUrl),
  /** `single` (default), `multiple`, or `mixed` (the hosted page asks the user). */
  accessMode: z.optional(accessModeSchema),
  /** Days of multiple access, 1–180 (default 180). */
  accessDays: z.optional(accessDaysSchema),
  /** Renews this access of the same owner: the hosted page offers only its bank. */
  reconnectAccessId: z.optional(z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(64, 'must be at most 64 characters'))),
  /** Design tokens of the hosted page and its widget, as the widget's `styles` (`{colorPrimary: '#0a7'}`): token values only. */
  styles: z.optional(linkStylesSchema),
  /** The hosted page's theme: `light`, `dark` or `auto` (the default: the user's system setting). */
  theme: z.optional(themeSchema),
  /** The integrator's name (and logo) on the hosted page. */
  brand: z.optional(brandSchema),
});
export type CreateLinkRequest = z.infer<typeof createLinkRequestSchema>;

/** `POST /v1/signin-links` answer. */
export const createLinkResponseSchema = z.object({
  id: z.string(),
  /** The hosted SignIn page: redirect the user to it. */
  url: z.string(),
  /** ISO 8601: a link not opened by then turns `expired`. */
  expiresAt: z.string(),
});
export type CreateLinkResponse = z.infer<typeof createLinkResponseSchema>;

/** `GET /v1/signin-links/:id` answer. */
export const linkInfoSchema = z.object({
  id: z.string(),
  url: z.string(),
  status: signinStatusSchema,
  ownerExternalId: z.string(),
  returnUrl: z.string(),
  locale: z.optional(z.string()),
  country: z.optional(z.string()),
  webhookUrl: z.optional(z.string()),
  /** The latest session started from the link. */
  sessionId: z.optional(z.string()),
  /** Present on success: pass it with `sessionId` to `POST /v1/default-import`. */
  sessionIdSignature: z.optional(z.string()),
  bankId: z.optional(z.string()),
  error: z.optional(signinErrorSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  openedAt: z.optional(z.string()),
  expiresAt: z.string(),
  accessMode: accessModeSchema,
  accessDays: z.optional(z.number()),
  reconnectAccessId: z.optional(z.string()),
  /** Once the link succeeded: the mode granted, and for multiple access the access itself. */
  grantedAccessMode: z.optional(grantedAccessModeSchema),
  access: z.optional(accessSummarySchema),
  /** The link's `styles`, `theme` and `brand`, as created. */
  styles: z.optional(z.record(z.string(), z.string())),
  theme: z.optional(themeSchema),
  brand: z.optional(z.object({ name: z.string(), logoUrl: z.optional(z.string()) })),
});
export type LinkInfo = z.infer<typeof linkInfoSchema>;

export const WEBHOOK_EVENT_TYPE = 'signin-link.status-changed';

/** Body of a webhook POST about a link. */
export const linkWebhookEventSchema = z.object({
  /** Unique per event (the same on every retry of it): deduplicate on it. */
  id: z.string(),
  type: z.literal(WEBHOOK_EVENT_TYPE),
  linkId: z.string(),
  sessionId: z.optional(z.string()),
  status: signinStatusSchema,
  /** ISO 8601 time of the status change. */
  at: z.string(),
});
export type LinkWebhookEvent = z.infer<typeof linkWebhookEventSchema>;

/**
 * Body of a webhook POST about an access: `access.renewed` (a reconnect succeeded),
 * `access.expiring` (once per grant or renewal, 7 days before `expiresAt`), `access.expired`,
 * `access.revoked`.
 */
export const accessWebhookEventSchema = z.object({
  id: z.string(),
  type: accessWebhookTypeSchema,
  accessId: z.string(),
  ownerExternalId: z.string(),
  bankId: z.string(),
  expiresAt: z.string(),
  at: z.string(),
});
export type AccessWebhookEvent = z.infer<typeof accessWebhookEventSchema>;

/** Body of a webhook POST: check `type`. */
export const webhookEventSchema = z.discriminatedUnion('type', [linkWebhookEventSchema, accessWebhookEventSchema], { error: 'must be a webhook event: type "signin-link.status-changed" or "access.*"' });
export type WebhookEvent = z.infer<typeof webhookEventSchema>;
