import type { Localizer } from '../../i18n/localizer.js';
import type { AccessMode } from '../protocol/primitives.js';
import type { BrowserAccess, GrantedAccessMode } from '../protocol/result.js';
import type { ConsentDefinition } from './consent-state.js';

/** The consent to ongoing (multiple) access: its own id and version, beside the default consents or yours. */
export const ONGOING_ACCESS_CONSENT = { id: 'ongoing-access', version: '1' } as const;

/** The end of an access of `days` days granted at `now`. */
export const accessEnd = (now: Date, days: number): Date => new Date(now.getTime() + days * 86_400_000);

/** A date as the user reads it, in the localizer's language ("2 June 2027", "2. Juni 2027"). */
export const formatDate = (i18n: Localizer, date: Date): string => new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long' }).format(date);

/** The consent to ongoing access until `until`, in the localizer's language; required. */
export function ongoingAccessConsent(i18n: Localizer, until: Date): ConsentDefinition {
  const date = formatDate(i18n, until);
  return { ...ONGOING_ACCESS_CONSENT, required: true, label: i18n.t('consents.ongoing.label', { date }), details: i18n.t('consents.ongoing.details', { date }) };
}

/**
 * The access the consents grant: the mode asked for, or in `mixed` the user's choice (undefined
 * until they make it); ongoing access ends at `until`.
 */
export function grantedAccess(mode: AccessMode, choice: GrantedAccessMode | undefined, until: Date): BrowserAccess | undefined {
  const granted = mode === 'mixed' ? choice : mode;
  return granted === 'multiple' ? { mode: granted, expiresAt: until.toISOString() } : granted && { mode: granted };
}
