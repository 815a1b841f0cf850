import type { Bank } from '../../../src/core/protocol/catalog.js';
import { html } from '../html.js';
import { t, type PageLocale } from '../i18n.js';
import { renderPage } from './layout.js';

/** Consents shown on the hosted page; their ids and version are sent with the session. */
export const HOSTED_CONSENTS = [
  { id: 'terms', version: '1', key: 'consentTerms' },
  { id: 'data-access', version: '1', key: 'consentDataAccess' },
] as const;

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
}

/** `GET /signin/:linkId/form`: the hosted page without JavaScript (a plain server-rendered form). */
export function hostedPage(options: HostedPageOptions): string {
  const { locale, linkId, banks, error } = options;
  const accepted = new Set(options.accepted ?? []);
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  return renderPage({
    locale,
    title: t(locale, 'hostedTitle'),
    body: html`<h1>${t(locale, 'hostedTitle')}</h1>
<p class="muted">${t(locale, 'hostedIntro')}</p>
${options.notice ? html`<p class="hint" id="hosted-notice">${options.notice}</p>` : ''}
${error ? html`<div class="alert" role="alert" id="hosted-error">${error}</div>` : ''}
${options.countries
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
<option value="">${t(locale, 'chooseBank')}</option>
${banks.map(
  (bank) =>
    html`<option value="${bank.id}"${bank.id === options.selectedBankId ? html` selected` : ''}${bank.status === 'down' ? html` disabled` : ''}>${bank.name}${bank.status === 'down' ? ` (${t(locale, 'unavailable')})` : ''}</option>`,
)}
</select></div>
<fieldset class="consents">
<legend class="visually-hidden">${t(locale, 'consents')}</legend>
${HOSTED_CONSENTS.map(
  (consent) =>
    html`<div class="check"><input type="checkbox" id="consent-${consent.id}" name="consent" value="${consent.id}" required${accepted.has(consent.id) ? html` checked` : ''}><label for="consent-${consent.id}">${t(locale, consent.key)}</label></div>`,
)}
</fieldset>
<div class="actions"><button class="button primary" type="submit">${t(locale, 'continue')}</button></div>
</form>`,
  });
}
