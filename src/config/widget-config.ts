import * as z from 'zod/mini';
import { countryCodeSchema } from '../core/protocol/catalog.js';
import { localeSchema } from '../core/protocol/primitives.js';
import { modeSchema, themeSchema } from './choices.js';
import { consentDefinitionsSchema } from './consents.js';
import { stylesSchema } from './styles.js';

export { modeSchema, themeSchema, type Mode, type Theme } from './choices.js';

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const httpUrl = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL such as "https://provider.example"'),
);

/** The public configuration of `<signin-widget>` and `SignInFlow.embed()`. */
export const widgetConfigSchema = z.strictObject({
  clientId: nonEmpty,
  apiBase: httpUrl,
  ownerExternalId: nonEmpty.check(z.maxLength(200, 'must be at most 200 characters')),
  country: z.optional(countryCodeSchema),
  locale: z.optional(localeSchema),
  mode: z._default(modeSchema, 'auto'),
  bank: z.optional(nonEmpty),
  returnUrl: z.optional(httpUrl),
  /** The consent definitions; the default AIS set when left out. */
  consents: z.optional(consentDefinitionsSchema),
  termsUrl: z.optional(z.string()),
  privacyUrl: z.optional(z.string()),
  /** How long the bank window may stay open before the flow ends with `Timeout` (default 10 min). */
  popupTimeoutMs: z.optional(z.number().check(z.refine((ms) => Number.isInteger(ms) && ms >= 1000, 'must be a whole number of milliseconds, at least 1000'))),
  /** `light`, `dark`, or `auto` (follows the system's `prefers-color-scheme`). */
  theme: z.optional(themeSchema),
  /** Design tokens by name (`{colorPrimary: '#0a7', borderRadius: '4px'}`): see src/styles/README.md. */
  styles: z.optional(stylesSchema),
});
export type WidgetConfig = z.output<typeof widgetConfigSchema>;
export type WidgetConfigInput = z.input<typeof widgetConfigSchema>;
