import { LitElement, type PropertyDeclarations } from 'lit';
import { resolveLauncherOptions, type LauncherOptions } from '../../config/launcher-config.js';
import { SignInConfigErrorEvent } from '../../events/config-error-event.js';
import { runCallbacks, type FlowCallbacks } from '../../core/flow/callbacks.js';
import { PopupSession, type PopupOutcome } from '../../core/flow/popup-session.js';
import { sharedProviderClient, type ProviderClientLike, type ProviderError } from '../../core/flow/provider-client.js';
import { apiUrl } from '../../core/protocol/api-url.js';
import type { AcceptedConsent } from '../../core/consents/consent-state.js';
import type { Bank } from '../../core/protocol/catalog.js';
import type { Mode } from '../../config/choices.js';
import type { CreateSessionRequest, SigninMode } from '../../core/protocol/session.js';
import type { GrantedAccessMode } from '../../core/protocol/result.js';
import { SignInCancelEvent } from '../../events/cancel-event.js';
import { SignInErrorEvent } from '../../events/error-event.js';
import { SignInPopupBlockedEvent } from '../../events/popup-blocked-event.js';
import { SignInPopupCloseEvent } from '../../events/popup-close-event.js';
import { SignInPopupOpenEvent } from '../../events/popup-open-event.js';
import { SignInRedirectEvent, type RedirectReason } from '../../events/redirect-event.js';
import { redirectStore, takeReturn } from '../../embed/page-return.js';
import { returnEvent } from '../../events/return-event.js';
import { detectInAppBrowser, type InAppBrowser } from '../../core/redirect/in-app-browser.js';
import { SignInSuccessEvent } from '../../events/success-event.js';
import type { SignInEvent } from '../../events/signin-event.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { themeProperty, type Theme } from '../../styles/theme.js';
import { tokens } from '../../styles/tokens.js';
import { controlStyles } from '../../styles/controls.js';
import { ThemeController } from '../../controllers/theme-controller.js';
import { launcherStyles } from './launcher.styles.js';
import { renderLauncher, type LauncherStatus } from './launcher.templates.js';

export type { LauncherStatus };

/**
 * @tag signin-launcher
 * @summary Takes the user to the bank: opens the bank's sign-in page in a centered popup inside
 * the click (so blockers let it through), waits for the provider's verified result, and offers
 * to try again or to continue in this window when the popup is blocked.
 *
 * @slot actions - Extra buttons shown after an error, beside "Try again" when trying again can help (the widget puts "Choose another bank" there).
 *
 * @event signin-popup-open - The bank window opened. `detail: {bank}`.
 * @event signin-popup-blocked - The browser blocked the bank window. `detail: {bank}`.
 * @event signin-popup-close - The bank window closed. `detail: {bank, reason: 'user' | 'done'}`.
 * @event signin-success - The user authorized at the bank. `detail: {sessionId, sessionIdSignature, bank, consents, access}`.
 * @event signin-error - The flow failed. `detail: {code, message, bank}`.
 * @event signin-cancel - The user stopped before the end. `detail: {reason: 'popup-closed' | 'user-cancel' | 'bank-cancel', bank}`.
 * @event signin-config-error - `mode`, `popup-timeout-ms`, `access-mode` or `access-days` is not valid (the default is used instead). `detail: {issues: [{field, message}], severity: 'error'}`.
 * @event signin-redirect - This window is about to go to the bank; cancelable. `detail: {url, bank, reason, browser?}`; `reason`: `user`, `mode`, `in-app-browser` or `popup-blocked`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart button - The main button: "Continue to <bank>" or "Try again".
 * @csspart status - The "waiting for your bank" and success messages.
 * @csspart focus-button - Brings the bank window to the front.
 * @csspart cancel-button - Cancels the sign-in while waiting.
 * @csspart redirect-button - "Continue in this window" after a blocked popup.
 * @csspart error - The blocked-popup and error messages.
 *
 * @cssproperty --signin-color-primary - Brand colour of the buttons and the spinner.
 * @cssproperty --signin-color-on-primary - Text colour on the brand colour.
 * @cssproperty --signin-color-text - Text colour.
 * @cssproperty --signin-color-text-muted - Colour of the hints.
 * @cssproperty --signin-color-error - Colour of the errors.
 * @cssproperty --signin-color-focus-ring - Focus outline colour.
 * @cssproperty --signin-radius - Corner radius.
 * @cssproperty --signin-spacing - Base spacing unit.
 */
export class SignInLauncher extends LitElement implements FlowCallbacks {
  static override styles = [tokens, controlStyles, launcherStyles];
  // Reactive properties, declared without decorators (their runtime would cost the CDN script ~0.5 KB gzip).
  static override get properties(): PropertyDeclarations {
    return {
      apiBase: { attribute: 'api-base' },
      providerClient: { attribute: false },
      clientId: { attribute: 'client-id' },
      ownerExternalId: { attribute: 'owner-external-id' },
      locale: {},
      theme: themeProperty,
      mode: {},
      returnUrl: { attribute: 'return-url' },
      /** @type {number | undefined} */
      popupTimeoutMs: { type: Number, attribute: 'popup-timeout-ms' },
      accessMode: { attribute: 'access-mode' },
      /** @type {number | undefined} */
      accessDays: { type: Number, attribute: 'access-days' },
      reconnectToken: { attribute: 'reconnect-token' },
      bank: { attribute: false },
      consents: { attribute: false },
      onSuccess: { attribute: false },
      onError: { attribute: false },
      onCancel: { attribute: false },
      onEvent: { attribute: false },
      phase: { state: true },
      notice: { state: true },
      errorCode: { state: true },
    };
  }

  /** The provider's base URL (`https://provider.example`). */
  apiBase = '';
  /** Creates the sessions at `api-base` (default: the page's shared client). Set your own to send
   * them elsewhere (a test double, a proxy); `<signin-widget>` passes its own down. */
  providerClient: ProviderClientLike = sharedProviderClient;
  /** Your client id at the provider. */
  clientId = '';
  /** The end user's id in your system. */
  ownerExternalId = '';
  /** Language of the texts and of the bank pages. */
  locale = 'en';
  /** `light`, `dark` or `auto` (the system's); unset: the theme of the element around it, else light. */
  theme?: Theme;
  /** `popup`: a popup window; `redirect`: this window goes to the bank; `auto` (default): a popup, but this
   * window in in-app browsers (Facebook, Instagram, TikTok…) and when the popup is blocked. */
  mode: Mode = 'auto';
  /** Where the bank sends the user back in redirect mode (default: this page). */
  returnUrl = '';
  /** How long the bank window may stay open before the flow ends with `Timeout` (default 10 minutes). */
  popupTimeoutMs: number | undefined;
  /** The access the session asks for: `single` (default, one Default Import) or `multiple` (ongoing access until its end date). */
  accessMode: GrantedAccessMode = 'single';
  /** Days of multiple access, 1–180 (default: the provider's, 180). */
  accessDays: number | undefined;
  /** Renews the access of this reconnect token (from your backend) instead of granting a new one. */
  reconnectToken = '';
  /** The bank to sign in at. */
  bank: Bank | undefined;
  /** The accepted consents sent with the session: `[{id, version, acceptedAt}]`. */
  consents: readonly AcceptedConsent[] = [];

  /** Called with the detail of `signin-success`, once per flow (instead of, or beside, a listener). */
  onSuccess: FlowCallbacks['onSuccess'];
  /** Called with the detail of `signin-error`, once per flow. */
  onError: FlowCallbacks['onError'];
  /** Called with the detail of `signin-cancel`, once per flow. */
  onCancel: FlowCallbacks['onCancel'];
  /** Called for every event of the flow with its type and detail (like Plaid's `onEvent`). */
  onEvent: FlowCallbacks['onEvent'];

  private phase: LauncherStatus = 'idle';
  private notice: 'closed' | 'cancelled' | '' = '';
  private errorCode = '';

  #session: PopupSession | undefined;
  #abort: AbortController | undefined;
  readonly #i18n = new LocaleController(this, () => this.locale);
  #focusPending = false;
  #resolved: { from: readonly unknown[]; options: LauncherOptions } | undefined;
  #configErrorPending: SignInConfigErrorEvent | undefined;

  /** The mode, timeout and access in use: the attributes when valid, else the defaults (checked again whenever they change). */
  get #options(): LauncherOptions {
    const { mode, popupTimeoutMs, accessMode, accessDays } = this;
    const from = [mode, popupTimeoutMs, accessMode, accessDays];
    if (!this.#resolved || from.some((value, i) => value !== this.#resolved!.from[i])) {
      const { options, issues } = resolveLauncherOptions({ mode, popupTimeoutMs, accessMode, accessDays });
      this.#resolved = { from, options };
      this.#configErrorPending = issues.length > 0 ? new SignInConfigErrorEvent({ issues, severity: 'error' }) : undefined;
    }
    return this.#resolved.options;
  }
  #browser: { inApp: InAppBrowser | undefined } | undefined;

  /** The in-app browser this page runs in, if any: read from the user agent once, not on every render. */
  get #inAppBrowser(): InAppBrowser | undefined {
    this.#browser ??= { inApp: detectInAppBrowser(navigator.userAgent) };
    return this.#browser.inApp;
  }

  constructor() {
    super();
    new ThemeController(this, this.attachInternals(), () => this.theme);
  }

  /** Where the flow is: `idle`, `waiting`, `blocked`, `redirecting`, `failed` or `done`. Read-only. */
  get status(): LauncherStatus {
    return this.phase;
  }

  /** Opens the bank window. Call it inside a click handler, before any `await`. */
  start(): void {
    const bank = this.bank;
    if (!bank) return;
    this.#reset();
    const { mode, popupTimeoutMs } = this.#options;
    if (mode === 'redirect') return void this.redirect('mode');
    const inApp = mode === 'auto' ? this.#inAppBrowser : undefined;
    if (inApp) return void this.redirect('in-app-browser', inApp.name);
    const session: PopupSession = new PopupSession({
      connectingUrl: this.#url('connecting', { locale: this.#i18n.lang }).href,
      providerOrigin: this.#url().origin,
      timeoutMs: popupTimeoutMs,
      host: window,
      onEnd: (outcome) => this.#session === session && this.#end(bank, outcome),
    });
    this.#session = session;
    if (!session.open()) return;
    this.#setState('waiting');
    this.#emit(new SignInPopupOpenEvent({ bank }));
    this.#createSession('popup').then(
      (created) => session.authorize(created.authorizationUrl, created.state, created.sessionId),
      (error: ProviderError) => session.fail(error.code, error.message),
    );
  }

  /**
   * Continues in this window: creates a redirect-mode session, keeps what the return page
   * needs (sessionStorage, no secret), fires `signin-redirect` and, unless prevented, goes
   * to the bank. `reason` says why: `user` (the button after a blocked popup), `mode`,
   * `in-app-browser` or `popup-blocked` (both in `mode="auto"`).
   */
  async redirect(reason: RedirectReason = 'user', browser?: string): Promise<void> {
    const bank = this.bank;
    if (!bank) return;
    this.#reset();
    this.#setState('redirecting');
    try {
      const { authorizationUrl: url, sessionId, state } = await this.#createSession('redirect');
      try {
        redirectStore().save({ state, sessionId, bank, consents: [...this.consents], startedAt: Date.now() });
      } catch {
        // No sessionStorage: the return page cannot report the result; the backend still can.
      }
      if (this.#emit(new SignInRedirectEvent({ url, bank, reason, ...(browser ? { browser } : {}) }))) location.assign(url);
    } catch (error) {
      if (this.phase === 'redirecting') this.#fail(bank, (error as ProviderError).code, (error as ProviderError).message);
    }
  }

  /** Reports the result of a redirection flow on the page the bank sent the user back to. */
  #resumeReturn(): void {
    const result = takeReturn();
    if (!result) return;
    this.bank = result.bank;
    if (result.status === 'success') {
      this.consents = result.consents;
      this.#setState('done', false);
    } else if (result.status === 'failed') {
      this.errorCode = result.code;
      this.#setState('failed');
    } else {
      this.notice = 'cancelled';
      this.#setState('idle');
    }
    this.#emit(returnEvent(result));
  }

  /** Brings the bank window to the front. */
  focusPopup(): void {
    this.#session?.focus();
  }

  /** Cancels the sign-in in progress (`signin-cancel` with reason `user-cancel`). */
  cancel(): void {
    this.#session?.cancel('user-cancel');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from the bank in redirect mode: report the result once the page is listening.
    if (!this.hasUpdated) void this.updateComplete.then(() => this.#resumeReturn());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#reset();
    this.phase = 'idle';
  }

  override updated(): void {
    // Told once per bad value, after the render that used the defaults.
    const configError = this.#configErrorPending;
    this.#configErrorPending = undefined;
    if (configError) this.#emit(configError);
    if (this.#focusPending) {
      this.#focusPending = false;
      this.renderRoot.querySelector('button')?.focus();
    }
  }

  override render() {
    return renderLauncher(this.phase, {
      i18n: this.#i18n.localizer,
      bankName: this.bank?.name ?? '',
      sameWindow: this.#options.mode === 'redirect' || (this.#options.mode === 'auto' && this.#inAppBrowser !== undefined),
      notice: this.notice,
      errorCode: this.errorCode,
      onStart: () => this.start(),
      onRedirect: () => void this.redirect(),
      onFocusPopup: () => this.focusPopup(),
      onCancel: () => this.cancel(),
    });
  }

  #end(bank: Bank, outcome: PopupOutcome): void {
    this.#abort?.abort();
    if (outcome.status === 'blocked') {
      this.#setState('blocked');
      this.#emit(new SignInPopupBlockedEvent({ bank }));
      // In mode="auto" a blocked popup is no dead end: continue in this window.
      if (this.#options.mode === 'auto') void this.redirect('popup-blocked');
      return;
    }
    const closedByUser = outcome.status === 'cancelled' && outcome.reason === 'popup-closed';
    this.#emit(new SignInPopupCloseEvent({ bank, reason: closedByUser ? 'user' : 'done' }));
    if (outcome.status === 'success') {
      this.#setState('done', false);
      const { sessionId, sessionIdSignature, access } = outcome;
      this.#emit(new SignInSuccessEvent({ sessionId, sessionIdSignature, bank, consents: this.consents, access: access ?? { mode: this.#options.accessMode } }));
    } else if (outcome.status === 'failed') {
      this.#fail(bank, outcome.code, outcome.message);
    } else {
      this.notice = closedByUser ? 'closed' : 'cancelled';
      this.#setState('idle');
      this.#emit(new SignInCancelEvent({ reason: outcome.reason, bank }));
    }
  }

  #fail(bank: Bank, code: string, message: string): void {
    this.errorCode = code;
    this.#setState('failed');
    this.#emit(new SignInErrorEvent({ code, message, bank }));
  }

  #setState(state: LauncherStatus, focus = true): void {
    this.phase = state;
    this.#focusPending = focus;
  }

  /** Dispatches an event and calls the matching callback: the one place both happen. */
  #emit(event: SignInEvent<unknown>): boolean {
    const allowed = this.dispatchEvent(event);
    runCallbacks(this, event);
    return allowed;
  }

  #createSession(mode: SigninMode) {
    this.#abort = new AbortController();
    return this.providerClient.createSession(
      this.apiBase,
      {
        clientId: this.clientId,
        ownerExternalId: this.ownerExternalId,
        bankId: this.bank?.id ?? '',
        consents: [...this.consents],
        mode,
        origin: location.origin,
        locale: this.#i18n.lang,
        ...(mode === 'redirect' ? { returnUrl: this.returnUrl || location.href } : {}),
        ...this.#access(),
      },
      this.#abort.signal,
    );
  }

  /** The access fields of the session request: a renewal (multiple, by its token), multiple with its days, or none (single). */
  #access(): Pick<CreateSessionRequest, 'accessMode' | 'accessDays' | 'reconnectToken'> {
    const { accessMode, accessDays } = this.#options;
    const token = this.reconnectToken;
    // Single access says so too: a link that lets the user choose (mixed) needs the choice.
    if (!token && accessMode === 'single') return { accessMode };
    return { accessMode: 'multiple', ...(accessDays ? { accessDays } : {}), ...(token ? { reconnectToken: token } : {}) };
  }

  #reset(): void {
    this.#abort?.abort();
    this.#session?.dispose();
    this.#session = undefined;
    this.notice = '';
    this.errorCode = '';
  }

  /** A URL of the provider; `about:blank` while `api-base` is not a URL (the session then fails). */
  #url(path = '', params?: Record<string, string>): URL {
    try {
      return apiUrl(this.apiBase, path, params);
    } catch {
      return new URL('about:blank');
    }
  }
}
