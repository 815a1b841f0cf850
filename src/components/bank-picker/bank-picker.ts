import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BankSearchIndex, splitByRanges, type BankMatch } from '../../core/bank-search/index.js';
import { ListNavigation, isNavigationKey } from '../../core/list-navigation.js';
import { hueOf, monogram } from '../../core/monogram.js';
import type { Bank } from '../../core/protocol/catalog.js';
import { SignInBankMissingEvent } from '../../events/bank-missing-event.js';
import { SignInBankSelectEvent } from '../../events/bank-select-event.js';
import { Localizer } from '../../i18n/localizer.js';
import { tokens } from '../../styles/tokens.js';
import { bankPickerStyles } from './bank-picker.styles.js';

/** Most options rendered at once; a later version virtualizes the list. */
const MAX_ROWS = 50;

/**
 * @tag signin-bank-picker
 * @summary A searchable list of banks: an accessible combobox (WAI-ARIA APG) whose input keeps
 * the focus while the arrow keys move through the banks.
 *
 * @event signin-bank-select - The user chose a bank. `detail: {bank}`.
 * @event change - The chosen bank (`value`) changed.
 * @event signin-bank-missing - The user said their bank is not listed. `detail: {query}`.
 *
 * @csspart base - The wrapper of label, input and list.
 * @csspart label - The label above the input.
 * @csspart input - The search input (the combobox).
 * @csspart listbox - The list of banks.
 * @csspart option - One bank in the list.
 * @csspart logo - The bank's logo or monogram.
 * @csspart status - The "unavailable" or "may be slow" note of a bank.
 * @csspart empty - The "no bank matches" message.
 * @csspart missing-button - The "my bank is not listed" button.
 *
 * @cssproperty --signin-bank-list-height - Maximum height of the list (default 20rem).
 * @cssproperty --signin-color-primary - Brand colour of buttons.
 * @cssproperty --signin-color-surface - Background of the input and list.
 * @cssproperty --signin-color-surface-muted - Background of the active option.
 * @cssproperty --signin-color-text - Text colour.
 * @cssproperty --signin-color-text-muted - Colour of secondary text and disabled banks.
 * @cssproperty --signin-color-border - Border colour of the input and list.
 * @cssproperty --signin-color-error - Colour of the "unavailable" note.
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
export class SignInBankPicker extends LitElement {
  static override styles = [tokens, bankPickerStyles];
  static formAssociated = true;

  /** The banks to choose from. */
  @property({ attribute: false }) banks: readonly Bank[] = [];
  /** The id of the chosen bank, or '' when none is chosen. */
  @property() value = '';
  /** The form field name under which `value` is submitted. */
  @property({ reflect: true }) name = '';
  /** When set, a form with this element cannot be submitted without a bank. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Disables the input. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** `combobox`: the list pops up under the input; `list`: the list is always shown. */
  @property({ reflect: true }) layout: 'combobox' | 'list' = 'combobox';
  /** Language of the texts (`en`, `pl`…). */
  @property() locale = 'en';
  /** Overrides the visible label. */
  @property() label = '';

  @state() private query = '';
  @state() private open = false;
  @state() private activeIndex = -1;
  @query('input') private input!: HTMLInputElement;

  private readonly internals = this.attachInternals();
  private index = new BankSearchIndex([]);
  private results: BankMatch[] = [];
  private totalMatches = 0;
  private readonly navigation = new ListNavigation(0);
  private i18n = new Localizer();

  /** The chosen bank, if any. */
  get selectedBank(): Bank | undefined {
    return this.banks.find((bank) => bank.id === this.value);
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('locale')) this.i18n = new Localizer(this.locale);
    if (changed.has('banks') || changed.has('locale')) this.index = new BankSearchIndex(this.banks, { locale: this.locale });
    if (changed.has('banks') || changed.has('locale') || changed.has('query')) this.runSearch();
    if (changed.has('value') || changed.has('required') || changed.has('banks')) this.syncForm();
  }

  override updated(): void {
    this.shadowRoot?.querySelector('[part~="option"].active')?.scrollIntoView({ block: 'nearest' });
  }

  /** Called by the form on reset: no bank chosen, empty search. @internal */
  formResetCallback(): void {
    this.value = '';
    this.query = '';
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private runSearch(): void {
    const all = this.index.search(this.query);
    this.totalMatches = all.length;
    this.results = all.slice(0, MAX_ROWS);
    this.navigation.reset(this.results.length, (i) => this.results[i]?.bank.status === 'down');
    this.activeIndex = this.navigation.active;
  }

  private syncForm(): void {
    this.internals.setFormValue(this.value || null);
    if (this.required && !this.value) this.internals.setValidity({ valueMissing: true }, this.i18n.t('bankPicker.required'), this.input ?? undefined);
    else this.internals.setValidity({});
  }

  private get listShown(): boolean {
    return this.layout === 'list' || this.open;
  }

  override render() {
    const label = this.label || this.i18n.t('bankPicker.label');
    const active = this.listShown && this.activeIndex >= 0 ? `bank-option-${this.activeIndex}` : undefined;
    return html`
      <div part="base">
        <label part="label" id="bank-label" for="bank-search">${label}</label>
        <input
          id="bank-search"
          part="input"
          type="text"
          role="combobox"
          aria-labelledby="bank-label"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="bank-listbox"
          aria-expanded=${this.listShown ? 'true' : 'false'}
          aria-activedescendant=${active ?? nothing}
          aria-required=${this.required ? 'true' : 'false'}
          placeholder=${this.i18n.t('bankPicker.placeholder')}
          .value=${this.query}
          ?disabled=${this.disabled}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @click=${() => (this.open = true)}
          @blur=${() => (this.open = false)}
        />
        ${this.listShown ? this.renderList(label) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.renderStatus()}</div>
      </div>
    `;
  }

  private renderList(label: string) {
    if (this.results.length === 0) {
      return html`<div part="empty" id="bank-listbox">
        <span>${this.i18n.t('bankPicker.noResults', { query: this.query.trim() })}</span>
        <button part="missing-button" type="button" @click=${this.onMissing}>${this.i18n.t('bankPicker.missing')}</button>
      </div>`;
    }
    const more = this.totalMatches - this.results.length;
    return html`<ul part="listbox" id="bank-listbox" role="listbox" aria-label=${label} @mousedown=${(e: Event) => e.preventDefault()}>
      ${this.results.map((match, i) => this.renderOption(match, i))}
      ${more > 0 ? html`<li role="presentation" class="more">${this.i18n.t('bankPicker.more', { count: more })}</li>` : nothing}
    </ul>`;
  }

  private renderOption({ bank, text, field, ranges }: BankMatch, i: number) {
    const down = bank.status === 'down';
    const name = field === 'name' ? this.highlight(text, ranges) : html`${bank.name} <small>(${this.highlight(text, ranges)})</small>`;
    const note = down ? this.i18n.t('bankPicker.statusDown') : bank.status === 'degraded' ? this.i18n.t('bankPicker.statusDegraded') : '';
    // The keyboard reaches options through the combobox input (aria-activedescendant), as in the APG pattern.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<li
      part="option"
      id="bank-option-${i}"
      role="option"
      class=${i === this.activeIndex ? 'active' : ''}
      aria-selected=${i === this.activeIndex ? 'true' : 'false'}
      aria-disabled=${down ? 'true' : 'false'}
      @click=${() => this.choose(i)}
    >
      <span part="logo" aria-hidden="true" class="hue-${hueOf(bank.name) % 12}">${monogram(bank.name)}</span>
      <span class="text">
        <span class="name">${name}</span>
        ${note ? html`<span part="status">${note}${bank.statusMessage ? html`: ${bank.statusMessage}` : nothing}</span>` : nothing}
      </span>
    </li>`;
  }

  private highlight(text: string, ranges: BankMatch['ranges']) {
    return splitByRanges(text, ranges).map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text));
  }

  private renderStatus(): string {
    if (!this.listShown || this.query.trim() === '') return '';
    return this.totalMatches === 0
      ? this.i18n.t('bankPicker.noResults', { query: this.query.trim() })
      : this.i18n.t('bankPicker.results', { count: this.totalMatches });
  }

  private onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (isNavigationKey(event.key) && !(event.key.startsWith('Page') && !this.listShown)) {
      if (event.altKey && event.key === 'ArrowDown') {
        this.open = true;
      } else {
        if (!this.listShown) this.open = true;
        this.activeIndex = this.navigation.move(event.key);
      }
      event.preventDefault();
    } else if (event.key === 'Enter' && this.listShown && this.activeIndex >= 0) {
      event.preventDefault();
      this.choose(this.activeIndex);
    } else if (event.key === 'Escape') {
      if (this.open && this.layout === 'combobox') this.open = false;
      else this.query = '';
      event.preventDefault();
    }
  }

  private choose(i: number): void {
    const bank = this.results[i]?.bank;
    if (!bank || bank.status === 'down') return;
    this.navigation.setActive(i);
    this.activeIndex = i;
    const changed = bank.id !== this.value;
    this.value = bank.id;
    this.query = bank.name;
    this.open = false;
    this.dispatchEvent(new SignInBankSelectEvent({ bank }));
    if (changed) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onMissing(): void {
    this.dispatchEvent(new SignInBankMissingEvent({ query: this.query.trim() }));
  }
}
