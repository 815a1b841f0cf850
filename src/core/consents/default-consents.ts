import type { Localizer } from '../../i18n/localizer.js';
import type { ConsentDefinition } from './consent-state.js';
import { markupHref } from './label-markup.js';

/** Where the documents of the default consents are; a document without a URL is not asked for. */
export interface DefaultConsentLinks {
  readonly termsUrl?: string | undefined;
  readonly privacyUrl?: string | undefined;
}

/** Version of the default texts: raise it whenever a default label or details change. */
export const DEFAULT_CONSENTS_VERSION = '1';

/**
 * The default consents of an Account Information Service, all required, in the localizer's
 * language: access to account data; the terms of service, when `termsUrl` is given; the privacy
 * notice, when `privacyUrl` is given. A user is never asked to accept a document they cannot
 * open, so without its URL that consent is left out (`<signin-consents>` warns of it).
 */
export function defaultConsents(i18n: Localizer, links: DefaultConsentLinks = {}): ConsentDefinition[] {
  const consent = (id: string, key: 'data' | 'terms' | 'privacy', url = ''): ConsentDefinition => ({
    id,
    version: DEFAULT_CONSENTS_VERSION,
    required: true,
    // The URL goes into the label's link markup encoded: it can never end the link or add one.
    label: i18n.t(`consents.default.${key}.label`).replace('{url}', () => markupHref(url)),
    details: i18n.t(`consents.default.${key}.details`),
  });
  const consents = [consent('data-access', 'data')];
  if (links.termsUrl) consents.push(consent('terms', 'terms', links.termsUrl));
  if (links.privacyUrl) consents.push(consent('privacy', 'privacy', links.privacyUrl));
  return consents;
}
