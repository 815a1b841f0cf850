import type { Bank } from '../../../src/core/protocol/catalog.js';
import { html } from '../html.js';
import { t, type PageLocale } from '../i18n.js';
import { renderPage } from './layout.js';

/** Consents shown on the hosted page; their ids and version are sent with the session. */
export const HOSTED_CONSENTS = [
  { id: 'terms', version: '1', key: 'consentTerms' },
  { id: 'data-access', version: '1', key: 'consentDataAccess' },
] as const;

/** The consent to ongoing (multiple) access, its own versioned consent: a checkbox, or the choice itself in `mixed`. */
export const ONGOING_CONSENT = { id: 'ongoing-access', version: '1' } as const;

/** The access a link's form asks for: fixed (`single`, `multiple`) or the user's choice (`mixed`). */
export interface HostedAccess {
  mode: 'single' | 'multiple' | 'mixed';
  /** The end of multiple access, in the page's language. */
  until: string;
  /** The user's choice, on a form shown again. */
  chosen?: 'single' | 'multiple' | undefined;
  /** A renewal: only this bank, titled as a renewal. */
  renewBank?: Pick<Bank, 'id' | 'name'> | undefined;
}

export interface HostedPageOptions {
  locale: PageLocale;
  linkId: string;
  /** Set when the link fixes no country: shows a country picker. */
  countries?: readonly string[];
  country: string;
  banks: readonly Bank[];
  selectedBankId?: string | undefined;
  accepted?: readonly string[];
  error?: string | undefined;
  /** A note above the form (the widget is not built). */
  notice?: string | undefined;
  access: HostedAccess;
}

const checkbox = (id: string, checked: boolean, label: string) =>
  html`<div class="check"><input type="checkbox" id="consent-${id}" name="consent" value="${id}" required${checked ? html` checked` : ''}><label for="consent-${id}">${label}</label></div>`;

/** `mixed`: a radio group, nothing preselected; the ongoing choice is the consent to it. */
function accessChoice(locale: PageLocale, access: HostedAccess) {
  if (access.mode !== 'mixed') return '';
  const option = (value: 'single' | 'multiple', label: string) =>
    html`<div class="check"><input type="radio" id="access-${value}" name="accessMode" value="${value}" required${access.chosen === value ? html` checked` : ''}><label for="access-${value}">${label}</label></div>`;
  return html`<fieldset class="access-choice">
<legend>${t(locale, 'accessLegend')}</legend>
${option('single', t(locale, 'accessOnce'))}
${option('multiple', t(locale, 'accessOngoing', { date: access.until }))}
</fieldset>`;
}

/** `GET /signin/:linkId/form`: the hosted page without JavaScript (a plain server-rendered form). */
export function hostedPage(options: HostedPageOptions): string {
  const { locale, linkId, error, access } = options;
  const renew = access.renewBank;
  const banks = renew ? options.banks.filter((bank) => bank.id === renew.id) : options.banks;
  const accepted = new Set(options.accepted ?? []);
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  const title = renew ? t(locale, 'hostedRenewTitle', { bank: renew.name }) : t(locale, 'hostedTitle');
  return renderPage({
    locale,
    title,
    body: html`<h1>${title}</h1>
<p class="muted">${renew ? t(locale, 'hostedRenewIntro', { bank: renew.name, date: access.until }) : t(locale, 'hostedIntro')}</p>
${options.notice ? html`<p class="hint" id="hosted-notice">${options.notice}</p>` : ''}
${error ? html`<div class="alert" role="alert" id="hosted-error">${error}</div>` : ''}
${options.countries && !renew
  ? html`<form class="form inline" method="get" action="/signin/${linkId}/form">
<div class="field"><label for="country">${t(locale, 'country')}</label>
<select id="country" name="country">${options.countries.map(
      (cc) => html`<option value="${cc}"${cc === options.country ? html` selected` : ''}>${regionNames.of(cc) ?? cc}</option>`,
    )}</select></div>
<button class="button secondary" type="submit">${t(locale, 'showBanks')}</button>
</form>`
  : ''}
<form class="form" method="post" action="/signin/${linkId}/form">
<input type="hidden" name="country" value="${options.country}">
<div class="field"><label for="bank">${t(locale, 'bank')}</label>
<select id="bank" name="bankId" required${options.countries ? '' : html` autofocus`}>
${renew ? '' : html`<option value="">${t(locale, 'chooseBank')}</option>`}
${banks.map(
  (bank) =>
    html`<option value="${bank.id}"${bank.id === options.selectedBankId ? html` selected` : ''}${bank.status === 'down' ? html` disabled` : ''}>${bank.name}${bank.status === 'down' ? ` (${t(locale, 'unavailable')})` : ''}</option>`,
)}
</select></div>
<fieldset class="consents">
<legend class="visually-hidden">${t(locale, 'consents')}</legend>
${HOSTED_CONSENTS.map((consent) => checkbox(consent.id, accepted.has(consent.id), t(locale, consent.key)))}
${access.mode === 'multiple' ? checkbox(ONGOING_CONSENT.id, accepted.has(ONGOING_CONSENT.id), t(locale, 'consentOngoing', { date: access.until })) : ''}
</fieldset>
${accessChoice(locale, access)}
<div class="actions"><button class="button primary" type="submit">${t(locale, 'continue')}</button></div>
</form>`,
  });
}
