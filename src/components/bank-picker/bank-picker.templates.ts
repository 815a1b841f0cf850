import { html, nothing, type TemplateResult } from 'lit';
import { splitByRanges, type BankMatch } from '../../core/bank-search/index.js';
import { countryOptions } from '../../core/catalog/country-names.js';
import { logoUrlRule } from '../../core/catalog/logo-url.js';
import { hueOf, monogram } from '../../core/monogram.js';
import type { Localizer } from '../../i18n/localizer.js';

/** What one option row needs to know besides its match. */
export interface OptionState {
  readonly index: number;
  readonly setSize: number;
  readonly active: boolean;
  readonly chosen: boolean;
  /** Connected already (the picker's `connected`): tagged, and cannot be chosen. */
  readonly connected: boolean;
  readonly failedLogos: ReadonlySet<string>;
  /** The logo URL to show, if any (see {@link logoRule}). */
  readonly logoUrl: (logoUrl: string | undefined) => string | undefined;
  readonly onLogoError: (url: string) => void;
  readonly onChoose: (index: number) => void;
  /** The pointer is on the row (hover, or a tap): it becomes the active one. */
  readonly onPoint: (index: number) => void;
}

/** A bank's status note in full ("Unavailable: Planned maintenance"), or '' when it has none. */
export function statusNote(bank: BankMatch['bank'], i18n: Localizer): string {
  const note = bank.status === 'down' ? i18n.t('bankPicker.statusDown') : bank.status === 'degraded' ? i18n.t('bankPicker.statusDegraded') : '';
  return note && bank.statusMessage ? `${note}: ${bank.statusMessage}` : note;
}

function highlight(text: string, ranges: BankMatch['ranges']) {
  return splitByRanges(text, ranges).map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text));
}

function logo(name: string, logoUrl: string | undefined, state: OptionState): TemplateResult {
  const url = state.logoUrl(logoUrl);
  if (url && !state.failedLogos.has(url)) {
    return html`<img part="logo" src=${url} alt="" width="32" height="32" loading="lazy" decoding="async" @error=${() => state.onLogoError(url)} />`;
  }
  return html`<span part="logo monogram" aria-hidden="true" class="hue-${hueOf(name) % 12}">${monogram(name)}</span>`;
}

/** One bank in the list: logo, highlighted name (and the alias or BIC that matched), status note. */
export function renderOption({ bank, text, field, ranges, nameRanges }: BankMatch, state: OptionState, i18n: Localizer): TemplateResult {
  const disabled = bank.status === 'down' || state.connected;
  const note = statusNote(bank, i18n);
  const name = field === 'name' ? highlight(text, ranges) : html`${highlight(bank.name, nameRanges)} <span class="matched-alias">(${highlight(text, ranges)})</span>`;
  // The keyboard reaches options through the combobox input (aria-activedescendant), as in the APG pattern.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  return html`<div
    part="option"
    id="bank-option-${state.index}"
    role="option"
    class=${[state.active ? 'active' : '', state.chosen ? 'chosen' : ''].join(' ')}
    aria-selected=${state.active ? 'true' : 'false'}
    aria-disabled=${disabled ? 'true' : 'false'}
    aria-posinset=${state.index + 1}
    aria-setsize=${state.setSize}
    @click=${() => state.onChoose(state.index)}
    @pointerenter=${() => state.onPoint(state.index)}
  >
    ${logo(bank.name, bank.logoUrl, state)}
    <span class="text">
      <span class="name">${name}</span>
      ${note ? html`<span part="status">${note}</span>` : nothing}
    </span>
    ${state.connected ? html`<span part="tag">${i18n.t('bankPicker.connected')}</span>` : nothing}
    ${state.chosen ? html`<span class="check" aria-hidden="true">✓</span>` : nothing}
  </div>`;
}

/** Placeholder rows while the catalog loads, the size of real rows (no layout shift). */
export function renderSkeleton(i18n: Localizer): TemplateResult {
  return html`<div part="skeleton" class="state" aria-busy="true">
    <span class="visually-hidden">${i18n.t('bankPicker.loading')}</span>
    ${Array.from({ length: 6 }, () => html`<div class="skeleton-row" aria-hidden="true"><span class="skeleton-logo"></span><span class="skeleton-text"></span></div>`)}
  </div>`;
}

/** The catalog could not be loaded: what happened and a retry button. */
export function renderLoadError(i18n: Localizer, onRetry: () => void): TemplateResult {
  return html`<div part="error" class="state" role="alert">
    <span>${i18n.t('bankPicker.loadError')}</span>
    <button part="retry-button" class="secondary" type="button" @click=${onRetry}>${i18n.t('bankPicker.retry')}</button>
  </div>`;
}

/** Where a user whose bank is not listed goes next (validated: an https URL or a path, an e-mail address). */
export interface MissingBankNextStep {
  /** The user said so: thank them and show what comes next. */
  readonly noted: boolean;
  readonly url?: string | undefined;
  readonly email?: string | undefined;
}

/** Nothing matches the query (or the catalog is empty): the "my bank is not listed" action, then its next step. */
export function renderNoResults(i18n: Localizer, query: string, next: MissingBankNextStep, onMissing: () => void): TemplateResult {
  return html`<div part="empty" class="state">
    <span>${query ? i18n.t('bankPicker.noResults', { query }) : i18n.t('bankPicker.emptyCatalog')}</span>
    ${next.noted
      ? html`<div part="missing-note" class="missing-note" role="status">
          <span>${i18n.t('bankPicker.missingNoted')}</span>
          ${next.url ? html`<a part="missing-link" href=${next.url} target="_blank" rel="noopener noreferrer">${i18n.t('bankPicker.missingLink')}</a>` : nothing}
          ${next.email ? html`<a part="missing-link" href="mailto:${next.email}">${i18n.t('bankPicker.missingEmail', { email: next.email })}</a>` : nothing}
        </div>`
      : html`<button part="missing-button" class="secondary" type="button" @click=${onMissing}>${i18n.t('bankPicker.missing')}</button>`}
  </div>`;
}

/** The country select, shown when the user may switch between several countries (names from Intl.DisplayNames). */
export function renderCountrySelect(countries: readonly string[], current: string, disabled: boolean, locale: string, i18n: Localizer, onChange: (code: string) => void) {
  if (countries.length < 2) return nothing;
  const named = countryOptions(countries, locale);
  return html`<label part="label" for="country">${i18n.t('bankPicker.country')}</label>
    <select id="country" part="country" ?disabled=${disabled} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${named.map(({ code, name }) => html`<option value=${code} ?selected=${code === current}>${name}</option>`)}
    </select>`;
}

let lastRule: { key: string; rule: (logoUrl: string | undefined) => string | undefined } | undefined;

/** Which logos rows may show: those `safeLogoUrl` allows, with the http: ones of the provider at
 * `apiBase` (empty when the banks were given, not fetched). The page's and the provider's URLs are
 * parsed when one of them changes, not for every row. */
export function logoRule(apiBase: string): (logoUrl: string | undefined) => string | undefined {
  const key = `${document.baseURI} ${apiBase}`;
  if (lastRule?.key !== key) lastRule = { key, rule: logoUrlRule(document.baseURI, parseOrigin(apiBase)) };
  return lastRule.rule;
}

function parseOrigin(apiBase: string): string[] {
  try {
    return apiBase ? [new URL(apiBase).origin] : [];
  } catch {
    return [];
  }
}
