import * as z from 'zod/mini';
import { countryCodeSchema } from '../core/protocol/catalog.js';
import { DEFAULT_ACCESS_DAYS, accessDaysSchema, accessModeSchema, bankIdSchema, clientIdSchema, localeSchema, ownerExternalIdSchema, reconnectTokenSchema, returnUrlSchema, refine } from '../core/protocol/primitives.js';
import { modeSchema, themeSchema } from './choices.js';
import { consentDefinitionsSchema, documentUrlSchema, emailSchema } from './consents.js';
import { popupTimeoutMsSchema } from './choices.js';
import { stylesSchema } from './styles.js';

export { modeSchema, themeSchema, type Mode, type Theme } from './choices.js';

const isHttpUrl = refine<string>(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  },
  'must be an absolute http(s) URL such as "https://provider.example"',
);
const httpUrl = z.string().check(isHttpUrl);

/** The public configuration of `<signin-widget>` and `SignInFlow.embed()`. */
export const widgetConfigSchema = z.strictObject({
  // The fields the session request carries use the protocol's own schemas: what passes here passes there.
  clientId: clientIdSchema,
  apiBase: httpUrl,
  ownerExternalId: ownerExternalIdSchema,
  country: z.optional(countryCodeSchema),
  locale: z.optional(localeSchema),
  mode: z._default(modeSchema, 'auto'),
  bank: z.optional(bankIdSchema),
  returnUrl: z.optional(returnUrlSchema.check(isHttpUrl)),
  /** The consent definitions; the default AIS set when left out. */
  consents: z.optional(consentDefinitionsSchema),
  /** The terms of service the default consents link to: an https URL, or a path on this site (`/terms`). */
  termsUrl: z.optional(documentUrlSchema),
  /** The privacy notice the default consents link to: an https URL, or a path on this site. */
  privacyUrl: z.optional(documentUrlSchema),
  /** A page where a user whose bank is not listed tells you which one (https, or a path on this site). */
  missingBankUrl: z.optional(documentUrlSchema),
  /** An address a user whose bank is not listed can write to. */
  missingBankEmail: z.optional(emailSchema),
  /** How long the bank window may stay open before the flow ends with `Timeout` (default 10 min, at most 1 hour). */
  popupTimeoutMs: z.optional(popupTimeoutMsSchema),
  /** The access asked for: `single` (default: one Default Import), `multiple` (ongoing access for `accessDays`), or `mixed` (the user chooses at the consents). */
  accessMode: z._default(accessModeSchema, 'single'),
  /** Days of ongoing access, 1–180 (default 180). */
  accessDays: z._default(accessDaysSchema, DEFAULT_ACCESS_DAYS),
  /** A reconnect token from your backend: the flow renews that access, starting at the consents of its bank. */
  reconnectToken: z.optional(reconnectTokenSchema),
  /** After a bank is connected, offer "Connect another bank"; `connections` lists each one. */
  multiBank: z._default(z.boolean(), false),
  /** `light`, `dark`, or `auto` (follows the system's `prefers-color-scheme`). */
  theme: z.optional(themeSchema),
  /** Design tokens by name (`{colorPrimary: '#0a7', borderRadius: '4px'}`): see src/styles/README.md. */
  styles: z.optional(stylesSchema),
});
export type WidgetConfig = z.output<typeof widgetConfigSchema>;
export type WidgetConfigInput = z.input<typeof widgetConfigSchema>;
