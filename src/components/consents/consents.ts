import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { acceptedConsentsSchema, consentsOptionsSchema, parseConsentDefinitions, type ConsentDefinitionInput } from '../../config/consents.js';
import { parseConfig, type ConfigIssue } from '../../config/parse-config.js';
import { ConsentState, type AcceptedConsent, type Clock, type ConsentDefinition } from '../../core/consents/consent-state.js';
import { defaultConsents } from '../../core/consents/default-consents.js';
import { SignInConfigErrorEvent } from '../../events/config-error-event.js';
import { SignInConsentsAcceptEvent } from '../../events/consents-accept-event.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { themeProperty, type Theme } from '../../styles/theme.js';
import { tokens } from '../../styles/tokens.js';
import { consentsStyles } from './consents.styles.js';
import { configErrorState } from '../shared/config-error.js';
import { controlStyles } from '../../styles/controls.js';
import { renderConsent } from './consents.templates.js';
import { parseLabel, type LabelPart } from '../../core/consents/label-markup.js';
import { accessEnd, formatDate, grantedAccess, ongoingAccessConsent } from '../../core/consents/ongoing-access.js';
import { DEFAULT_ACCESS_DAYS, type AccessMode } from '../../core/protocol/primitives.js';
import type { BrowserAccess, GrantedAccessMode } from '../../core/protocol/result.js';
import { ThemeController } from '../../controllers/theme-controller.js';
import { FormControl, type FormValidity } from '../shared/form-control.js';

/**
 * @tag signin-consents
 * @summary The mandatory consents of a sign-in: checkboxes with expandable details and safe
 * links, validated before the user goes on; the value proves which consent, in which version,
 * was accepted and when.
 *
 * @event signin-consents-accept - Every required consent is accepted (in `mixed`, the access chosen) and the user chose Continue. `detail: {consents: [{id, version, acceptedAt}], access: {mode, expiresAt?}}`.
 * @event change - A consent was accepted or withdrawn (`value` changed).
 * @event signin-config-error - The `consents` definitions, `terms-url`/`privacy-url`, `access-mode` or `access-days` do not validate (`severity: 'error'`); or, with the default consents, `terms-url` or `privacy-url` is not set, so the consent to that document is left out (`severity: 'warning'`). `detail: {issues: [{field, message}], severity}`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart accept-all - The "Accept all" row (shown with the `accept-all` attribute).
 * @csspart access-choice - In `mixed` access mode: the radio group of one-time or ongoing access, above the consents.
 * @csspart list - The scrolling list of consents.
 * @csspart consent - One consent: checkbox, label and details.
 * @csspart checkbox - The checkbox of a consent.
 * @csspart label - The label of a consent.
 * @csspart details - The expandable longer text of a consent.
 * @csspart error - The validation message, or the list of configuration problems.
 * @csspart button - The Continue button.
 *
 * @cssproperty --signin-consents-max-height - Height from which the list scrolls (default 32rem).
 * @cssproperty --signin-checkbox-size - Size of the checkboxes (default 1.25rem).
 * @cssproperty --signin-color-background - Background behind the element (transparent; #111827 dark).
 * @cssproperty --signin-color-primary - Brand colour of the button and checkboxes.
 * @cssproperty --signin-color-on-primary - Text colour on the brand colour.
 * @cssproperty --signin-color-link - Colour of links and "more about" toggles (follows primary).
 * @cssproperty --signin-color-surface - Background of the consents.
 * @cssproperty --signin-color-surface-muted - Background of the expanded details.
 * @cssproperty --signin-color-text - Text colour.
 * @cssproperty --signin-color-text-muted - Colour of the intro and the required/optional tags.
 * @cssproperty --signin-color-heading - Colour of the legend (follows text).
 * @cssproperty --signin-font-size-heading - Font size of the legend.
 * @cssproperty --signin-color-border - Border colour of the consents.
 * @cssproperty --signin-color-error - Colour of the error and of missing consents.
 * @cssproperty --signin-color-focus-ring - Focus outline colour.
 * @cssproperty --signin-radius - Corner radius.
 * @cssproperty --signin-font-family - Font family.
 * @cssproperty --signin-font-size - Base font size.
 * @cssproperty --signin-font-size-small - Font size of the tags and details.
 * @cssproperty --signin-spacing - Base spacing unit.
 */
export class SignInConsents extends FormControl {
  static override styles = [tokens, controlStyles, consentsStyles];
  // Reactive properties, declared without decorators (their runtime would cost the CDN script ~0.5 KB gzip).
  static override get properties(): PropertyDeclarations {
    return {
      ...super.properties,
      consents: { attribute: false },
      locale: {},
      theme: themeProperty,
      acceptAll: { type: Boolean, reflect: true, attribute: 'accept-all' },
      hideLegend: { type: Boolean, reflect: true, attribute: 'hide-legend' },
      termsUrl: { attribute: 'terms-url' },
      privacyUrl: { attribute: 'privacy-url' },
      accessMode: { attribute: 'access-mode' },
      /** @type {number} */
      accessDays: { type: Number, attribute: 'access-days' },
      clock: { attribute: false },
    };
  }

  /**
   * The consent definitions `{id, version, required?, label, details?}`. When not set, the
   * default Account Information Service set (data access, terms, privacy) of `locale`.
   */
  consents?: readonly ConsentDefinitionInput[] | undefined;
  /** Language of the texts and of the default consents (`en`, `pl-PL`…); empty: the browser's languages. */
  locale = '';
  /** `light`, `dark` or `auto` (the system's); unset: the theme of the element around it, else light. */
  theme?: Theme;
  /** Shows an "Accept all" checkbox above the consents. */
  acceptAll = false;
  /** Hides the "Your consents" legend from view (screen readers still read it), for a page
   * whose own heading already names the step, as `<signin-widget>`'s does. */
  hideLegend = false;
  /** Address of the terms of service, linked from the default consents: an https URL, or a path on this site.
   * Without it the default consents do not ask to accept the terms (the user could not read them) and `signin-config-error` warns. */
  termsUrl = '';
  /** Address of the privacy notice, linked from the default consents: an https URL, or a path on this site.
   * Without it the default consents do not ask about the privacy notice, and `signin-config-error` warns. */
  privacyUrl = '';
  /** The access the user grants: `single` (default: their data is read once), `multiple` (ongoing access: a
   * consent of its own, `ongoing-access`, names the end date), or `mixed` (the user chooses first, in a radio group). */
  accessMode: AccessMode = 'single';
  /** Days of ongoing access, 1–180 (default 180): the end date the consents name. */
  accessDays = DEFAULT_ACCESS_DAYS;
  /** Gives the acceptance times; replace it in tests. */
  clock: Clock = () => new Date();

  readonly #state = new ConsentState([], () => this.clock());
  readonly #i18n = new LocaleController(this, () => this.locale);
  #definitionsLang = '';
  #issues: readonly ConfigIssue[] = [];
  #labels: readonly (readonly LabelPart[])[] = [];
  #showErrors = false;
  #errorText = '';
  /** Fired once the new state is rendered: the configuration's problems, or what it lacks. */
  #configError: SignInConfigErrorEvent | undefined;
  /** The documents of the default consents without a URL, as last warned of. */
  #unlinked = '';
  #focusPending = false;
  /** In `mixed`: the access the user chose, none until they do. */
  #choice: GrantedAccessMode | undefined;
  #mode: AccessMode = 'single';
  #until = new Date(0);
  #base: readonly ConsentDefinition[] = [];

  /** The accepted consents `[{id, version, acceptedAt}]`, in display order. Read-only. */
  get value(): AcceptedConsent[] {
    return this.#state.value();
  }

  /** The access the consents grant, `{mode, expiresAt?}`; in `mixed`, undefined until the user chooses. Read-only. */
  get access(): BrowserAccess | undefined {
    return grantedAccess(this.#mode, this.#choice, this.#until);
  }

  /** The consents shown, validated and with defaults filled: the texts the user accepts. */
  get definitions(): readonly ConsentDefinition[] {
    return this.#state.definitions;
  }

  /**
   * Whether every required consent is accepted. If not, shows and announces the error,
   * marks the missing consents and moves the focus to the first of them.
   */
  validate(): boolean {
    if (this.#issues.length > 0) return false;
    if (!this.access) {
      this.#setError(true);
      this.#focusPending = true;
      return false;
    }
    if (this.#state.missingRequired().length === 0) {
      this.#setError(false);
      return true;
    }
    this.#markMissing(true);
    return false;
  }

  constructor() {
    super();
    new ThemeController(this, this.internals, () => this.theme);
  }

  /** Moves the focus to the first checkbox. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus(options);
  }

  protected formValue(): string | null {
    const value = this.#state.value();
    return value.length > 0 ? JSON.stringify(value) : null;
  }

  protected formValidity(): FormValidity | undefined {
    if (this.#issues.length > 0) return { flags: { customError: true }, message: this.#i18n.t('config.errorTitle') };
    if (!this.access) return { flags: { valueMissing: true }, message: this.#i18n.t('consents.access.required'), anchor: this.#radio() ?? undefined };
    const first = this.#state.missingRequired()[0];
    return first ? { flags: { valueMissing: true }, message: this.#i18n.t('consents.valueMissing'), anchor: this.#checkbox(first.id) ?? undefined } : undefined;
  }

  protected formReset(): void {
    this.#choice = undefined;
    this.#setDefinitions(this.#base);
    this.#state.clear();
    this.#setError(false);
  }

  protected formRestore(state: string): void {
    let restored: unknown;
    try {
      restored = JSON.parse(state);
    } catch {
      return; // not a state this element gave
    }
    const parsed = acceptedConsentsSchema.safeParse(restored);
    if (parsed.success && this.#state.restore(parsed.data)) this.requestUpdate();
  }

  /** A blocked form submission marks the missing consents (the browser points at the first). */
  protected override formInvalid(): void {
    this.#markMissing(false);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // The default consents are texts of the catalog: reload them when its language changes.
    if (['consents', 'termsUrl', 'privacyUrl', 'accessMode', 'accessDays'].some((name) => changed.has(name as keyof SignInConsents)) || this.#i18n.lang !== this.#definitionsLang) {
      this.#loadDefinitions();
      if (this.#showErrors) this.#setError(true); // the message in the new language
    }
  }

  override updated(): void {
    const configError = this.#configError;
    this.#configError = undefined;
    if (configError) this.dispatchEvent(configError);
    if (this.#focusPending) {
      this.#focusPending = false;
      const first = this.#state.missingRequired()[0];
      (this.access ? first && this.#checkbox(first.id) : this.#radio())?.focus();
    }
  }

  #loadDefinitions(): void {
    this.#definitionsLang = this.#i18n.lang;
    let result;
    let unlinked = '';
    const options = parseConfig(consentsOptionsSchema, { termsUrl: this.termsUrl || undefined, privacyUrl: this.privacyUrl || undefined, accessMode: this.accessMode, accessDays: this.accessDays });
    if (options.ok) {
      this.#mode = options.config.accessMode;
      this.#until = accessEnd(this.clock(), options.config.accessDays);
    }
    if (!options.ok || this.consents === undefined) {
      // The documents the default consents link to must be ones the user can open.
      result = options;
      if (result.ok) {
        const links = result.config;
        // A document without a URL is left out of the consents (defaultConsents): say so, once for each change.
        const issues = (['termsUrl', 'privacyUrl'] as const).filter((field) => !links[field]).map((field) => ({ field, message: 'is not set, so its consent is left out' }));
        unlinked = issues.map((issue) => issue.field).join();
        if (unlinked && unlinked !== this.#unlinked) this.#configError = new SignInConfigErrorEvent({ issues, severity: 'warning' });
        result = { ok: true as const, config: defaultConsents(this.#i18n.localizer, links) };
      }
    } else result = parseConsentDefinitions(this.consents);
    this.#unlinked = unlinked;
    this.#issues = result.ok ? [] : result.issues;
    if (!result.ok) {
      this.#configError = new SignInConfigErrorEvent({ issues: result.issues, severity: 'error' });
      this.#setError(false);
    }
    this.#base = result.ok ? result.config : [];
    this.#setDefinitions(this.#base);
  }

  /** The labels' markup is parsed here, once per set of definitions, not on every render. Ongoing access adds its consent. */
  #setDefinitions(base: readonly ConsentDefinition[]): void {
    const definitions = this.access?.mode === 'multiple' ? [...base, ongoingAccessConsent(this.#i18n.localizer, this.#until)] : base;
    this.#state.setDefinitions(definitions);
    this.#labels = definitions.map((definition) => parseLabel(definition.label));
  }

  #checkbox(id: string): HTMLInputElement | null {
    const index = this.#state.definitions.findIndex((d) => d.id === id);
    return index < 0 ? null : this.renderRoot.querySelector<HTMLInputElement>(`#consent-${index}`);
  }

  #radio(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]');
  }

  #markMissing(moveFocus: boolean): void {
    if (this.#issues.length > 0 || (this.access && this.#state.missingRequired().length === 0)) return;
    this.#setError(true);
    this.#focusPending ||= moveFocus;
  }

  #setError(shown: boolean): void {
    const count = this.#state.missingRequired().length;
    const choose = !this.access;
    this.#showErrors = shown && (choose || count > 0);
    this.#errorText = !this.#showErrors ? '' : choose ? this.#i18n.t('consents.access.required') : this.#i18n.t('consents.missing', { count });
    this.requestUpdate();
  }

  #changed(): void {
    if (this.#showErrors) this.#setError(true);
    this.requestUpdate(); // the form value and validity follow at once, before the event
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onToggle(id: string, event: Event): void {
    if (this.#state.set(id, (event.target as HTMLInputElement).checked)) this.#changed();
  }

  #onChoose(choice: GrantedAccessMode): void {
    this.#choice = choice;
    this.#setDefinitions(this.#base);
    this.#changed();
  }

  #onAcceptAll(): void {
    if (this.#state.allAccepted) this.#state.clear();
    else this.#state.acceptAll();
    this.#changed();
  }

  #onContinue(): void {
    const access = this.access;
    if (this.validate() && access) this.dispatchEvent(new SignInConsentsAcceptEvent({ consents: this.#state.value(), access }));
  }

  override render() {
    if (this.#issues.length > 0) return configErrorState(this.#issues, this.#i18n.localizer);
    const disabled = this.isDisabled;
    return html`
      <div part="base" lang=${ifDefined(this.#i18n.langAttribute)}>
        ${this.#mode === 'mixed' ? this.#renderChoice(disabled) : nothing}
        <fieldset ?disabled=${disabled} aria-describedby="intro">
          <legend class=${this.hideLegend ? 'visually-hidden' : ''}>${this.#i18n.t('consents.legend')}</legend>
          <p id="intro" class="intro">${this.#i18n.t(this.#introKey())}</p>
          ${this.acceptAll ? this.#renderAcceptAll() : nothing}
          <ul part="list">
            ${this.#state.definitions.map((definition, i) => this.#renderConsent(definition, i))}
          </ul>
        </fieldset>
        <div part="error" id="error" role="alert">${this.#errorText}</div>
        <button
          part="button"
          class="button"
          type="button"
          ?disabled=${disabled}
          aria-disabled=${this.access ? 'false' : 'true'}
          aria-describedby=${this.access ? nothing : this.#showErrors ? 'error' : 'choose'}
          @click=${this.#onContinue}
        >
          ${this.#i18n.t('consents.continue')}
        </button>
      </div>
    `;
  }

  /** The intro says what is asked: required consents, required and optional ones, or optional ones only. */
  #introKey(): 'consents.intro' | 'consents.introMixed' | 'consents.introOptional' {
    const definitions = this.#state.definitions;
    const optional = definitions.some((definition) => !definition.required);
    if (!definitions.some((definition) => definition.required)) return 'consents.introOptional';
    return optional ? 'consents.introMixed' : 'consents.intro';
  }

  /** `mixed`: one-time or ongoing access, nothing chosen for the user; Continue says why it waits. */
  #renderChoice(disabled: boolean) {
    const option = (choice: GrantedAccessMode, text: string) =>
      html`<label class="row"><input type="radio" name="access" .checked=${this.#choice === choice} @change=${() => this.#onChoose(choice)} /><span class="text">${text}</span></label>`;
    return html`<fieldset part="access-choice" ?disabled=${disabled}>
      <legend>${this.#i18n.t('consents.access.legend')}</legend>
      ${option('single', this.#i18n.t('consents.access.single'))} ${option('multiple', this.#i18n.t('consents.access.multiple', { date: formatDate(this.#i18n.localizer, this.#until) }))}
      <p id="choose" class="intro">${this.access || this.#showErrors ? '' : this.#i18n.t('consents.access.required')}</p>
    </fieldset>`;
  }

  #renderAcceptAll() {
    return html`<label part="accept-all" class="row">
      <input type="checkbox" .checked=${this.#state.allAccepted} .indeterminate=${this.#state.someAccepted} @change=${this.#onAcceptAll} />
      <span class="text">${this.#i18n.t('consents.acceptAll')}</span>
    </label>`;
  }

  #renderConsent(definition: ConsentDefinition, i: number) {
    const accepted = this.#state.isAccepted(definition.id);
    // While the access is not chosen, the error is about that choice, not about the consents.
    const invalid = this.#showErrors && !!this.access && definition.required && !accepted;
    return renderConsent(definition, this.#labels[i] ?? [], i, accepted, invalid, (event) => this.#onToggle(definition.id, event), this.#i18n.localizer);
  }
}
