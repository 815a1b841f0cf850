import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ConfigResult } from '../../config/parse-config.js';
import { resolveWidgetConfig } from '../../config/resolve-widget-config.js';
import type { WidgetConfig, WidgetConfigInput } from '../../config/widget-config.js';
import { sharedCatalogClient, type CatalogClientLike } from '../../core/catalog/catalog-client.js';
import { sharedProviderClient, type ProviderClientLike, type ProviderError } from '../../core/flow/provider-client.js';
import { findRenewal } from '../../core/flow/renewal.js';
import { SignInErrorEvent } from '../../events/error-event.js';
import type { SuccessDetail } from '../../events/success-event.js';
import { runCallbacks, type FlowCallbacks } from '../../core/flow/callbacks.js';
import { FlowMachine, type FlowStep } from '../../core/flow/flow-machine.js';
import { pendingReturn, takeReturn } from '../../embed/page-return.js';
import type { BankSelectDetail } from '../../events/bank-select-event.js';
import { SignInConfigErrorEvent } from '../../events/config-error-event.js';
import { SIGNIN_EVENTS } from '../../events/event-names.js';
import type { ConsentsAcceptDetail } from '../../events/consents-accept-event.js';
import type { SignInEvent } from '../../events/signin-event.js';
import { SignInStepChangeEvent } from '../../events/step-change-event.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { stylesToHostRule } from '../../config/styles.js';
import { themeProperty, type Theme } from '../../styles/theme.js';
import { controlStyles } from '../../styles/controls.js';
import { tokens } from '../../styles/tokens.js';
import { configErrorState } from '../shared/config-error.js';
import { ThemeController } from '../../controllers/theme-controller.js';
import { widgetStyles } from './widget.styles.js';
import { renderWidget } from './widget.templates.js';

/** Events of the inner elements that the widget's callbacks hear (they bubble out by themselves);
 * the widget fires the other two itself. */
const INNER_EVENTS = SIGNIN_EVENTS.filter((type) => type !== 'signin-step-change' && type !== 'signin-config-error');

const CONFIG_PROPERTIES = ['theme', 'clientId', 'apiBase', 'ownerExternalId', 'country', 'locale', 'mode', 'bank', 'returnUrl', 'accessMode', 'accessDays', 'reconnectToken', 'multiBank', 'config'] as const;

/** One bank connected in this widget: what `signin-success` said of it. */
export type Connection = Pick<SuccessDetail, 'bank' | 'sessionId' | 'sessionIdSignature' | 'access'>;

/**
 * @tag signin-widget
 * @summary The whole SignIn Flow in one element: the user picks a bank, accepts the consents
 * and authorizes at the bank in a popup; your page hears every step as an event and gets
 * `{sessionId, sessionIdSignature}` to pass to your backend for the Default Import.
 *
 * @event signin-step-change - The step changed. `detail: {step, previousStep}` (`bank`, `consents`, `authorize`, `result`).
 * @event signin-bank-select - The user chose a bank. `detail: {bank}`.
 * @event signin-catalog-error - The bank list failed to load, or some of its banks were left out as not valid. `detail: {message, status?, skipped, loaded}`.
 * @event signin-consents-accept - The user accepted the consents. `detail: {consents}`.
 * @event signin-popup-open - The bank window opened. `detail: {bank}`.
 * @event signin-popup-blocked - The browser blocked the bank window. `detail: {bank}`.
 * @event signin-popup-close - The bank window closed. `detail: {bank, reason}`.
 * @event signin-success - The user authorized at the bank, once per flow. `detail: {sessionId, sessionIdSignature, bank, consents, access}` (`access`: `{mode, expiresAt?, renewed?}`).
 * @event signin-error - The flow failed, once per flow. `detail: {code, message, bank}`; a `reconnect-token` that does not work (`reconnect_token_used`, `reconnect_token_expired`…) fails before any bank: `bank` is then not set, and the user can connect a bank anew.
 * @event signin-cancel - The user stopped before the end, once per flow. `detail: {reason, bank}`.
 * @event signin-redirect - This window is about to go to the bank; cancelable. `detail: {url, bank}`.
 * @event signin-config-error - The configuration does not validate (`severity: 'error'`, the problems are shown instead of the flow), or lacks something the user needs: without `termsUrl` or `privacyUrl` the consents step leaves out the consent to that document (`severity: 'warning'`). `detail: {issues: [{field, message}], severity}`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart steps - The step indicator (an ordered list).
 * @csspart step - One step of the indicator; the current one has `aria-current="step"`.
 * @csspart panel - The current step's content.
 * @csspart title - The current step's heading.
 * @csspart back-button - Goes back one step.
 * @csspart chosen-bank - The bank chosen, named at the consents step.
 * @csspart error - The list of configuration problems.
 * @csspart notice - The renewal's state: being checked, or why its `reconnect-token` does not work.
 * @csspart another-bank - "Connect another bank", after a success with `multi-bank`.
 *
 * @cssproperty --signin-color-primary - Brand colour.
 * @cssproperty --signin-color-on-primary - Text colour on the brand colour.
 * @cssproperty --signin-color-surface - Background of the widget.
 * @cssproperty --signin-color-text - Text colour.
 * @cssproperty --signin-color-text-muted - Colour of the steps not reached yet.
 * @cssproperty --signin-color-border - Border colour.
 * @cssproperty --signin-color-error - Colour of errors.
 * @cssproperty --signin-color-focus-ring - Focus outline colour.
 * @cssproperty --signin-radius - Corner radius.
 * @cssproperty --signin-font-family - Font family.
 * @cssproperty --signin-font-size - Base font size.
 * @cssproperty --signin-spacing - Base spacing unit.
 */
export class SignInWidget extends LitElement implements FlowCallbacks {
  static override styles = [tokens, controlStyles, widgetStyles];
  // Reactive properties, declared without decorators (their runtime would cost the CDN script ~0.5 KB gzip).
  static override get properties(): PropertyDeclarations {
    return {
      theme: themeProperty,
      clientId: { attribute: 'client-id' },
      apiBase: { attribute: 'api-base' },
      ownerExternalId: { attribute: 'owner-external-id' },
      country: {},
      locale: {},
      mode: {},
      bank: {},
      returnUrl: { attribute: 'return-url' },
      accessMode: { attribute: 'access-mode' },
      /** @type {number | undefined} */
      // An empty attribute is no value (Lit's Number would make it 0).
      accessDays: { type: Number, attribute: 'access-days', converter: (value) => (value ? Number(value) : undefined) },
      reconnectToken: { attribute: 'reconnect-token' },
      multiBank: { type: Boolean, attribute: 'multi-bank' },
      config: { attribute: false },
      catalogClient: { attribute: false },
      providerClient: { attribute: false },
      onSuccess: { attribute: false },
      onError: { attribute: false },
      onCancel: { attribute: false },
      onEvent: { attribute: false },
    };
  }

  /** `light`, `dark` or `auto` (the system's); the elements inside follow it. */
  theme?: Theme;

  /** Your client id at the provider. */
  clientId = '';
  /** The provider's base URL (`https://provider.example`). */
  apiBase = '';
  /** The end user's id in your system. */
  ownerExternalId = '';
  /** ISO country code of the banks offered (`PL`). */
  country = '';
  /** Language of the texts (`en`, `pl`…). */
  locale = '';
  /** `auto` (default), `popup` or `redirect`. */
  mode = '';
  /** The id of a bank to preselect: the flow starts at the consents. */
  bank = '';
  /** Where the bank sends the user back in redirect mode (default: this page). */
  returnUrl = '';
  /** The access asked for: `single` (default: one Default Import), `multiple` (ongoing access until an end date
   * the consents name), or `mixed` (the user chooses one-time or ongoing access at the consents). */
  accessMode = '';
  /** Days of ongoing access, 1–180 (default 180). */
  accessDays: number | undefined;
  /** A reconnect token from your backend (`POST /v1/accesses/:id/reconnect-tokens`): the flow renews that access,
   * starting at the consents of its bank ("Renew access to …"); `signin-success` then says `access.renewed: true`. */
  reconnectToken = '';
  /** After a bank is connected, offers "Connect another bank"; the banks connected are marked in the list and listed in `connections`. */
  multiBank = false;
  /** The whole configuration as an object; its fields win over the attributes. */
  config: Partial<WidgetConfigInput> | undefined;
  /** Loads the bank catalog (default: the page's shared client); passed down to the bank picker. */
  catalogClient: CatalogClientLike = sharedCatalogClient;
  /** Creates the sign-in sessions (default: the page's shared client); passed down to the launcher. */
  providerClient: ProviderClientLike = sharedProviderClient;

  /** Called with the detail of `signin-success`, once per flow (instead of, or beside, a listener). */
  onSuccess: FlowCallbacks['onSuccess'];
  /** Called with the detail of `signin-error`, once per flow. */
  onError: FlowCallbacks['onError'];
  /** Called with the detail of `signin-cancel`, once per flow. */
  onCancel: FlowCallbacks['onCancel'];
  /** Called for every event of the flow with its type and detail (like Plaid's `onEvent`). */
  onEvent: FlowCallbacks['onEvent'];

  // The step change is announced once the new step is rendered, after the event that caused it.
  readonly #machine = new FlowMachine((step, previousStep) => {
    this.#focusPending = true;
    this.#stepChanges.push(new SignInStepChangeEvent({ step, previousStep }));
    this.requestUpdate();
  });
  #stepChanges: SignInStepChangeEvent[] = [];
  #result: ConfigResult<WidgetConfig> = { ok: false, issues: [] };
  readonly #i18n = new LocaleController(this, () => (this.#result.ok ? this.#result.config.locale : undefined) ?? this.locale);
  /** The config's `styles`, in a stylesheet of the shadow root (CSSOM: a strict CSP allows it). */
  readonly #styles = new CSSStyleSheet();
  #stylesRule = '';
  #busy = false;
  #focusPending = false;
  /** The last input was a pointer (mouse, touch), not a key. */
  #pointerUsed = false;
  #configErrorPending = false;
  #preselected = '';
  #connections: Connection[] = [];
  /** The reconnect token last seen, and its state: `checking`, `''` (renewing, or none), or the code it failed with. */
  #token = '';
  #renewal = '';
  /** The days a renewal grants. */
  #renewDays = 0;

  constructor() {
    super();
    // The theme the config resolves (its `theme` wins over the attribute): the host attribute stays the integrator's.
    new ThemeController(this, this.attachInternals(), () => (this.#result.ok ? this.#result.config.theme : this.theme));
  }

  /** The banks connected in this widget, in order (several with `multi-bank`): `[{bank, sessionId, sessionIdSignature, access}]`. Read-only. */
  get connections(): Connection[] {
    return [...this.#connections];
  }

  /** The current step: `bank`, `consents`, `authorize` or `result`. */
  get step(): FlowStep {
    return this.#machine.step;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from the bank in redirect mode: resume at the authorize step, where the launcher reports the result.
    const pending = this.#machine.step === 'bank' ? pendingReturn() : undefined;
    if (pending) this.#machine.resume(pending.bank, pending.consents);
    // Result parameters of no flow of this tab (tampered, already reported, another tab's): removed unread.
    else if (!this.hasUpdated) takeReturn();
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#styles];
    for (const type of INNER_EVENTS) root.addEventListener(type, (event) => this.#onInnerEvent(event as SignInEvent<unknown>));
    root.addEventListener('pointerdown', () => (this.#pointerUsed = true), { capture: true });
    root.addEventListener('keydown', () => (this.#pointerUsed = false), { capture: true });
    return root;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!CONFIG_PROPERTIES.some((name) => changed.has(name))) return;
    const { clientId, apiBase, ownerExternalId, country, locale, mode, bank, returnUrl, accessMode, accessDays, reconnectToken } = this;
    const attributes = { theme: this.theme, clientId, apiBase, ownerExternalId, country, locale, mode, bank, returnUrl, accessMode, accessDays, reconnectToken, multiBank: this.multiBank || undefined };
    const result = resolveWidgetConfig(attributes, this.config);
    this.#result = result;
    this.#configErrorPending = !result.ok;
    if (!result.ok) return;
    if (result.config.reconnectToken) this.#renew(result.config);
    else this.#preselect(result.config);
    const { styles } = result.config;
    const rule = stylesToHostRule(styles ?? {});
    if (rule !== this.#stylesRule) this.#styles.replaceSync(rule);
    this.#stylesRule = rule;
  }

  override updated(): void {
    if (this.#configErrorPending && !this.#result.ok) this.#emit(new SignInConfigErrorEvent({ issues: this.#result.issues, severity: 'error' }));
    this.#configErrorPending = false;
    // The new step's heading takes the focus; its ring shows when it helps: after a key, not after a click or a tap.
    if (this.#focusPending) this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus({ focusVisible: !this.#pointerUsed } as FocusOptions);
    this.#focusPending = false;
    this.#flushStepChanges();
  }

  #flushStepChanges(): void {
    const changes = this.#stepChanges;
    this.#stepChanges = [];
    for (const change of changes) this.#emit(change);
  }

  override render() {
    if (!this.#result.ok) return configErrorState(this.#result.issues, this.#i18n.localizer);
    const config = this.#result.config;
    const renewing = this.#machine.renewing;
    return renderWidget(this.#machine, config, {
      renewal: this.#renewal,
      // A renewal, or connecting anew after its token failed, is ongoing access (unless the user may choose).
      accessMode: renewing || (config.reconnectToken && config.accessMode === 'single') ? 'multiple' : config.accessMode,
      accessDays: renewing ? this.#renewDays : config.accessDays,
      reconnectToken: renewing ? this.#token : '',
      connected: this.#connections.map((connection) => connection.bank.id),
      onAnotherBank: config.multiBank ? () => this.#machine.restart() : undefined,
      i18n: this.#i18n.localizer,
      catalogClient: this.catalogClient,
      providerClient: this.providerClient,
      busy: this.#busy,
      onBack: () => this.#machine.back(),
      onOtherBank: () => this.#machine.restart(),
    });
  }

  /** A preselected bank is looked up in the catalog; when found (and up), the flow starts at the consents. */
  #preselect(config: WidgetConfig): void {
    const { bank: id, apiBase, country } = config;
    if (!id || id === this.#preselected) return;
    this.#preselected = id;
    this.catalogClient.load({ apiBase, country, locale: this.#i18n.locale }).then(
      ({ banks }) => {
        const bank = banks.find((b) => b.id === id);
        if (bank && bank.status !== 'down' && this.#machine.step === 'bank' && this.isConnected) this.#machine.selectBank(bank);
      },
      () => {}, // the picker shows the load error and its retry
    );
  }

  /**
   * A reconnect token: what it renews is asked of the provider, and its bank looked up in the catalog;
   * then the flow starts at that bank's consents. A token that does not work says so, with `signin-error`,
   * and the user can connect a bank anew from the list.
   */
  #renew(config: WidgetConfig): void {
    const { reconnectToken: token = '', apiBase, clientId, country, accessDays } = config;
    if (token === this.#token) return;
    this.#token = token;
    this.#renewal = 'checking';
    // A token set mid-flow starts over: its check, then its bank's consents, are shown at once.
    this.#machine.restart();
    findRenewal(this, { apiBase, token, clientId, country, locale: this.#i18n.locale, accessDays }).then(
      ({ bank, days }) => {
        if (token !== this.#token) return;
        this.#renewal = '';
        this.#renewDays = days;
        this.#machine.selectBank(bank, true);
      },
      ({ code, message }: ProviderError) => {
        if (token !== this.#token) return;
        this.#renewal = code;
        this.#emit(new SignInErrorEvent({ code, message }));
        this.requestUpdate();
      },
    );
  }

  #onInnerEvent(event: SignInEvent<unknown>): void {
    runCallbacks(this, event);
    const machine = this.#machine;
    switch (event.type) {
      case 'signin-bank-select':
        machine.selectBank((event.detail as BankSelectDetail).bank);
        break;
      case 'signin-consents-accept': {
        const { consents, access } = event.detail as ConsentsAcceptDetail;
        machine.acceptConsents(consents, access);
        break;
      }
      case 'signin-popup-open':
        this.#busy = true;
        // "Try again" from the result step: back to authorize, the focus stays with the launcher.
        // The step changes now, while the popup-open event is still on its way out: the page
        // hears signin-step-change (authorize) first, as in every other flow.
        if (machine.retry()) {
          this.#focusPending = false;
          this.#flushStepChanges();
        }
        break;
      case 'signin-success':
      case 'signin-error':
        if (event.type === 'signin-success') {
          const { bank, sessionId, sessionIdSignature, access } = event.detail as SuccessDetail;
          this.#connections.push({ bank, sessionId, sessionIdSignature, access });
        }
        this.#busy = false;
        machine.finish(event.type === 'signin-success' ? 'success' : 'error');
        break;
      case 'signin-cancel':
      case 'signin-popup-blocked':
        this.#busy = false;
    }
    this.requestUpdate();
  }

  #emit(event: SignInEvent<unknown>): void {
    this.dispatchEvent(event);
    runCallbacks(this, event);
  }
}
