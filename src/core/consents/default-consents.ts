import type { Localizer } from '../../i18n/localizer.js';
import type { ConsentDefinition } from './consent-state.js';
import { markupHref } from './label-markup.js';

/** Where the default consents link to; without a URL the document's name stays plain text. */
export interface DefaultConsentLinks {
  readonly termsUrl?: string | undefined;
  readonly privacyUrl?: string | undefined;
}

/** Version of the default texts: raise it whenever a default label or details change. */
export const DEFAULT_CONSENTS_VERSION = '1';

/**
 * The default consents of an Account Information Service: access to account data, the
 * terms of service and the privacy notice, all required, in the localizer's language.
 */
export function defaultConsents(i18n: Localizer, links: DefaultConsentLinks = {}): ConsentDefinition[] {
  // The URL goes into the label's link markup encoded: it can never end the link or add one.
  const linked = (text: string, url: string | undefined) => (url ? text.replace('{url}', () => markupHref(url)) : text.replace(/\[([^\]]*)\]\(\{url\}\)/g, '$1'));
  return [
    {
      id: 'data-access',
      version: DEFAULT_CONSENTS_VERSION,
      required: true,
      label: i18n.t('consents.default.data.label'),
      details: i18n.t('consents.default.data.details'),
    },
    {
      id: 'terms',
      version: DEFAULT_CONSENTS_VERSION,
      required: true,
      label: linked(i18n.t('consents.default.terms.label'), links.termsUrl),
      details: i18n.t('consents.default.terms.details'),
    },
    {
      id: 'privacy',
      version: DEFAULT_CONSENTS_VERSION,
      required: true,
      label: linked(i18n.t('consents.default.privacy.label'), links.privacyUrl),
      details: i18n.t('consents.default.privacy.details'),
    },
  ];
}
