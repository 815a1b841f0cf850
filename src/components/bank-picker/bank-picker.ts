import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BankSearchIndex, type BankSearchResults } from '../../core/bank-search/index.js';
import { CatalogLoader } from '../../controllers/catalog-loader.js';
import { sharedCatalogClient, type CatalogClientLike } from '../../core/catalog/catalog-client.js';
import { parseCountries } from '../../core/catalog/country-names.js';
import { whenIdle } from '../../core/idle-work.js';
import { ListNavigation, isNavigationKey } from '../../core/list-navigation.js';
import { VirtualListController } from '../../controllers/virtual-list-controller.js';
import { PopupListController } from '../../controllers/popup-list-controller.js';
import type { Bank } from '../../core/protocol/catalog.js';
import { SignInBankMissingEvent } from '../../events/bank-missing-event.js';
import { SignInBankSelectEvent } from '../../events/bank-select-event.js';
import { SignInCatalogErrorEvent } from '../../events/catalog-error-event.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { themeProperty, type Theme } from '../../styles/theme.js';
import { tokens } from '../../styles/tokens.js';
import { ThemeController } from '../../controllers/theme-controller.js';
import { FormControl, type FormValidity } from '../shared/form-control.js';
import { documentUrlSchema, emailSchema } from '../../config/consents.js';
import { bankPickerStyles } from './bank-picker.styles.js';
import { logoRule, renderCountrySelect, renderLoadError, renderNoResults, renderOption, renderSkeleton, statusNote } from './bank-picker.templates.js';

const countriesConverter = { fromAttribute: (value: string | null) => parseCountries(value ?? ''), toAttribute: (value: string[]) => value.join(',') };

/**
 * @tag signin-bank-picker
 * @summary A search over tens of thousands of banks: an accessible combobox (WAI-ARIA APG) whose
 * input keeps the focus while the arrow keys move through a virtualized list.
 *
 * @event signin-bank-select - The user chose a bank. `detail: {bank}`.
 * @event change - The chosen bank (`value`) changed.
 * @event signin-bank-missing - The user said their bank is not listed. `detail: {query}`.
 * @event signin-catalog-error - The bank list from `api-base` failed to load, or some of its banks were not valid and were left out. `detail: {message, status?, skipped: [{field, message}], loaded}`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The label above the input.
 * @csspart input - The search input (the combobox).
 * @csspart country - The country select (shown when `countries` lists several).
 * @csspart listbox - The list of banks.
 * @csspart option - One bank in the list.
 * @csspart logo - The bank's logo image or monogram.
 * @csspart monogram - The initials shown when a bank has no usable logo.
 * @csspart status - The "unavailable" or "may be slow" note of a bank.
 * @csspart status-detail - The full note of the active (keyboard-active, hovered or tapped) bank, under the list: a row may cut it short.
 * @csspart tag - The "Connected" tag of a bank in `connected`.
 * @csspart skeleton - The placeholder rows while the catalog loads.
 * @csspart error - The "could not be loaded" message.
 * @csspart retry-button - The button that loads the catalog again.
 * @csspart empty - The "no bank matches" message.
 * @csspart missing-button - The "my bank is not listed" button.
 * @csspart missing-note - What comes next once the user said their bank is not listed.
 * @csspart missing-link - The page or e-mail address (`missing-bank-url`, `missing-bank-email`) offered in that note.
 *
 * @cssproperty --signin-bank-list-height - Height of the list (default 20rem); a list of fewer banks is as tall as its rows.
 * @cssproperty --signin-color-background - Background behind the element (transparent; #111827 dark).
 * @cssproperty --signin-color-primary - Brand colour of buttons and of the chosen-bank mark.
 * @cssproperty --signin-color-link - Colour of the "my bank is not listed" and "try again" buttons (follows primary).
 * @cssproperty --signin-color-surface - Background of the list and the country select.
 * @cssproperty --signin-color-surface-muted - Background of the skeleton.
 * @cssproperty --signin-color-input-background - Background of the search input (follows surface).
 * @cssproperty --signin-color-hover - Background of the hovered and active option (follows surface-muted).
 * @cssproperty --signin-color-text - Text colour.
 * @cssproperty --signin-color-text-muted - Colour of secondary text and disabled banks.
 * @cssproperty --signin-color-heading - Colour of the labels (follows text).
 * @cssproperty --signin-color-border - Border colour of the input and list.
 * @cssproperty --signin-color-error - Colour of the "unavailable" note and errors.
 * @cssproperty --signin-color-warning - Colour of the "may be slow" note.
 * @cssproperty --signin-color-highlight - Background of the matched text.
 * @cssproperty --signin-color-focus-ring - Focus outline colour.
 * @cssproperty --signin-radius - Corner radius.
 * @cssproperty --signin-font-family - Font family.
 * @cssproperty --signin-font-size - Base font size.
 * @cssproperty --signin-font-size-small - Font size of secondary text.
 * @cssproperty --signin-spacing - Base spacing unit.
 * @cssproperty --signin-logo-size - Size of bank logos.
 * @cssproperty --signin-shadow - Shadow of the popup list.
 */
export class SignInBankPicker extends FormControl {
  static override styles = [tokens, bankPickerStyles];
  // Reactive properties, declared without decorators (their runtime would cost the CDN script ~0.5 KB gzip).
  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      banks: { attribute: false },
      apiBase: { attribute: 'api-base' },
      catalogClient: { attribute: false },
      country: { reflect: true },
      countries: { converter: countriesConverter },
      value: {},
      required: { type: Boolean, reflect: true },
      layout: { reflect: true },
      locale: {},
      theme: themeProperty,
      label: {},
      missingBankUrl: { attribute: 'missing-bank-url' },
      missingBankEmail: { attribute: 'missing-bank-email' },
      connected: { attribute: false },
      missingNoted: { state: true },
      query: { state: true },
      open: { state: true },
      activeIndex: { state: true },
    };
  }

  /** The banks to choose from. When not set, the catalog is fetched from `api-base`. */
  banks: readonly Bank[] | undefined;
  /** The provider's base URL; its `/v1/catalog` is fetched when `banks` is not set. */
  apiBase = '';
  /** Loads the catalog of `api-base` (default: the page's shared client, one cache for every picker).
   * Set your own to serve banks from elsewhere (a test double, a proxy); `<signin-widget>` passes its own down. */
  catalogClient: CatalogClientLike = sharedCatalogClient;
  /** ISO country code whose banks are shown (`PL`); all countries when empty. */
  country = '';
  /** Countries the user may switch between, as `"PL,CZ,SK"`; a select appears when there are several. */
  countries: string[] = [];
  /** The id of the chosen bank, or '' when none is chosen. */
  value = '';
  /** When set, a form with this element cannot be submitted without a bank. */
  required = false;
  /** `combobox`: the list pops up under the input; `list`: the list is always shown. */
  layout: 'combobox' | 'list' = 'combobox';
  /** Language of the texts and country names (`en`, `pl-PL`…); empty: the browser's languages. */
  locale = '';
  /** `light`, `dark` or `auto` (the system's); unset: the theme of the element around it, else light. */
  theme?: Theme;
  /** Overrides the visible label. */
  label = '';
  /** After "My bank is not listed": a page where the user tells you which bank (https, or a path on this site;
   * anything else is left out, and `<signin-widget>` names it in `signin-config-error`). */
  missingBankUrl = '';
  /** After "My bank is not listed": an address the user can write to. */
  missingBankEmail = '';
  /** Ids of the banks the user has connected already: they are tagged "Connected" and cannot be chosen
   * (as an unavailable bank). `<signin-widget multi-bank>` passes the banks connected in it. */
  connected: readonly string[] = [];

  private missingNoted = false;

  private query = '';
  private open = false;
  private activeIndex = -1;

  get #input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  get #listbox(): HTMLElement | null {
    return this.renderRoot?.querySelector('[part~="listbox"]') ?? null;
  }

  readonly #catalog = new CatalogLoader(this, (problem) => this.dispatchEvent(new SignInCatalogErrorEvent(problem)));
  readonly #navigation = new ListNavigation(0);
  readonly #failedLogos = new Set<string>();
  readonly #list = new VirtualListController(this, () => this.#listbox);
  readonly #popup = new PopupListController(this, () => (this.layout === 'combobox' ? this.renderRoot?.querySelector<HTMLElement>('.list-area') ?? null : null), () => this.#input);
  /** What the popup list's height depends on: it is placed again when this changes. */
  #popupShape = '';
  #index = new BankSearchIndex([]);
  #indexedBanks: readonly Bank[] | undefined;
  #results: BankSearchResults = this.#index.search('');
  readonly #i18n = new LocaleController(this, () => this.locale);
  #indexedLocale = '';

  /** The chosen bank, if any. */
  get selectedBank(): Bank | undefined {
    return this.#sourceBanks().find((bank) => bank.id === this.value);
  }

  protected formValue(): string | null {
    return this.value || null;
  }

  protected formValidity(): FormValidity | undefined {
    return this.required && !this.value ? { flags: { valueMissing: true }, message: this.#i18n.t('bankPicker.required'), anchor: this.#input ?? undefined } : undefined;
  }

  /** No bank chosen, empty search. */
  protected formReset(): void {
    this.value = '';
    this.query = '';
  }

  protected formRestore(state: string): void {
    this.value = state;
  }

  constructor() {
    super();
    new ThemeController(this, this.internals, () => this.theme);
  }

  /** Moves the focus to the search input. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
  }

  override willUpdate(changed: PropertyValues): void {
    const locale = this.#i18n.locale;
    if (this.banks === undefined && this.apiBase) this.#loadCatalog();
    else if (this.banks !== undefined) this.#catalog.reset();
    const banks = this.#countryBanks();
    if (banks !== this.#indexedBanks || locale !== this.#indexedLocale) {
      this.#indexedBanks = banks;
      this.#indexedLocale = locale;
      const index = (this.#index = new BankSearchIndex(banks, { locale }));
      // The first screen needs no search texts; build them before the first keystroke does.
      whenIdle((timeRemaining) => index.prepare(timeRemaining), () => this.#index === index && this.isConnected);
      this.#runSearch();
    } else if (changed.has('query')) this.#runSearch();
    if (changed.has('query')) this.missingNoted = false;
    const shape = `${this.#catalog.status} ${Math.min(this.#results.length, 6)} ${this.#detail()}`;
    if (shape !== this.#popupShape) {
      this.#popupShape = shape;
      this.#popup.relayout();
    }
  }

  override update(changed: PropertyValues): void {
    super.update(changed);
    // The list is as tall as its rows, up to its height (CSSOM, as a strict CSP blocks style attributes).
    this.#listbox?.style.setProperty('--_rows', `${this.#results.length}`);
  }

  /** The full note of the active bank, shown under the list. */
  #detail(): string {
    const bank = this.activeIndex >= 0 ? this.#results.at(this.activeIndex)?.bank : undefined;
    return bank ? statusNote(bank, this.#i18n.localizer) : '';
  }

  #sourceBanks(): readonly Bank[] {
    return this.banks ?? this.#catalog.banks;
  }

  #filtered: { source: readonly Bank[]; country: string; banks: readonly Bank[] } | undefined;

  /** The source banks of the chosen country (the same array while neither changes). */
  #countryBanks(): readonly Bank[] {
    const source = this.#sourceBanks();
    if (this.#filtered?.source !== source || this.#filtered.country !== this.country) {
      const banks = this.country ? source.filter((bank) => bank.country === this.country) : source;
      this.#filtered = { source, country: this.country, banks };
    }
    return this.#filtered.banks;
  }

  #runSearch(): void {
    this.#results = this.#index.search(this.query);
    // The arrows land on unavailable and connected banks too: they are announced so (aria-disabled, their note) and cannot be chosen.
    this.#navigation.reset(this.#results.length);
    this.activeIndex = this.#navigation.active;
    this.#list.reset();
  }

  get #listShown(): boolean {
    return this.layout === 'list' || this.open;
  }

  override render() {
    const label = this.label || this.#i18n.t('bankPicker.label');
    const listReady = this.#listShown && this.#catalog.status !== 'loading' && this.#catalog.status !== 'error' && this.#results.length > 0;
    const active = listReady && this.activeIndex >= 0 ? `bank-option-${this.activeIndex}` : undefined;
    return html`
      <div part="base" lang=${ifDefined(this.#i18n.langAttribute)}>
        ${renderCountrySelect(parseCountries(this.countries), this.country, this.isDisabled, this.#i18n.locale, this.#i18n.localizer, (code) => (this.country = code))}
        <label part="label" id="bank-label" for="bank-search">${label}</label>
        <input
          id="bank-search"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-labelledby="bank-label"
          aria-autocomplete="list"
          aria-controls="bank-list"
          aria-expanded=${this.#listShown ? 'true' : 'false'}
          aria-activedescendant=${active ?? nothing}
          aria-required=${this.required ? 'true' : 'false'}
          placeholder=${this.#i18n.t('bankPicker.placeholder')}
          .value=${this.query}
          ?disabled=${this.isDisabled}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @click=${() => (this.open = true)}
          @blur=${() => (this.open = false)}
        />
        ${this.#listShown
          ? html`<div class="list-area" id="bank-list" .popover=${this.layout === 'combobox' ? 'manual' : null} @mousedown=${(e: Event) => e.preventDefault()}>${this.#renderListContent(label)}</div>`
          : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.#statusText()}</div>
      </div>
    `;
  }

  #renderListContent(label: string) {
    if (this.#catalog.status === 'loading') return renderSkeleton(this.#i18n.localizer);
    if (this.#catalog.status === 'error') return renderLoadError(this.#i18n.localizer, () => this.#retry());
    if (this.#results.length === 0) return renderNoResults(this.#i18n.localizer, this.query.trim(), this.#missingNextStep(), () => this.#onMissing());
    const { start, end } = this.#list.window(this.#results.length);
    const rendered = [];
    const logoUrl = logoRule(this.banks === undefined ? this.apiBase : '');
    for (let index = start; index < end; index++) rendered.push(this.#renderRow(index, logoUrl));
    const detail = this.#detail();
    // The detail repeats the active option's note for the eye (a row may cut it short); the option's name has it in full already.
    return html`<div
      part="listbox"
      role="listbox"
      aria-label=${label}
      tabindex="-1"
      @scroll=${this.#list.onScroll}
    >
      <div class="rows" role="none">${rendered}</div>
    </div>${detail ? html`<p part="status-detail" aria-hidden="true">${detail}</p>` : nothing}`;
  }

  #renderRow(index: number, logoUrl: (url: string | undefined) => string | undefined) {
    const match = this.#results.at(index);
    if (!match) return html``;
    return renderOption(match, {
      index,
      setSize: this.#results.length,
      active: index === this.activeIndex,
      chosen: match.bank.id === this.value,
      connected: this.connected.includes(match.bank.id),
      failedLogos: this.#failedLogos,
      logoUrl,
      onLogoError: (url) => {
        this.#failedLogos.add(url);
        this.requestUpdate();
      },
      onChoose: (i) => this.#choose(i),
      onPoint: (i) => (this.activeIndex = this.#navigation.active = i),
    }, this.#i18n.localizer);
  }

  #statusText(): string {
    if (this.#catalog.status === 'loading') return this.#i18n.t('bankPicker.loading');
    if (!this.#listShown || this.query.trim() === '') return '';
    return this.#results.length === 0 ? this.#i18n.t('bankPicker.noResults', { query: this.query.trim() }) : this.#i18n.t('bankPicker.results', { count: this.#results.length });
  }

  #retry(): void {
    if (this.apiBase) this.#loadCatalog(true);
  }

  #loadCatalog(force = false): void {
    this.#catalog.load({ apiBase: this.apiBase, country: this.country || undefined, locale: this.#i18n.locale }, this.catalogClient, force);
  }

  #onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (isNavigationKey(event.key)) {
      const wasShown = this.#listShown;
      this.open = true;
      // Alt+ArrowDown only opens the list; other keys open it and move.
      if (!(event.altKey && event.key === 'ArrowDown') && (wasShown || event.key.startsWith('Arrow'))) this.#list.reveal((this.activeIndex = this.#navigation.move(event.key)));
      event.preventDefault();
    } else if (event.key === 'Enter' && this.#listShown && this.activeIndex >= 0) {
      event.preventDefault();
      this.#choose(this.activeIndex);
    } else if (event.key === 'Escape') {
      if (this.open && this.layout === 'combobox') this.open = false;
      else this.query = '';
      event.preventDefault();
    }
  }

  #choose(index: number): void {
    const bank = this.#results.at(index)?.bank;
    if (!bank || bank.status === 'down' || this.connected.includes(bank.id)) return;
    const changed = bank.id !== this.value;
    this.value = bank.id;
    this.query = bank.name;
    this.open = false;
    this.dispatchEvent(new SignInBankSelectEvent({ bank }));
    if (changed) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** The next step after "my bank is not listed": only the links that validate are offered. */
  #missingNextStep() {
    const url = documentUrlSchema.safeParse(this.missingBankUrl);
    const email = emailSchema.safeParse(this.missingBankEmail);
    return { noted: this.missingNoted, url: url.success ? url.data : undefined, email: email.success ? email.data : undefined };
  }

  #onMissing(): void {
    this.missingNoted = true;
    this.dispatchEvent(new SignInBankMissingEvent({ query: this.query.trim() }));
  }
}
