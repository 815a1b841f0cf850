import { LitElement, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConfigIssue, ConfigResult } from '../../config/parse-config.js';
import type { WidgetConfig, WidgetConfigInput } from '../../config/widget-config.js';
import { parseConfig } from '../../config/parse-config.js';
import { widgetConfigSchema } from '../../config/widget-config.js';
import { STARTER_CONFIG } from '../../core/configurator/config-model.js';
import { configFromValues, formTheme, problemsByControl, STYLE_KEYS, validStyles, valuesFromConfig, type FormValues, type ProcessField } from '../../core/configurator/form-values.js';
import { importSetup } from '../../core/configurator/import-config.js';
import { cdnScriptUrl, exportSnippets, type Snippets } from '../../core/configurator/snippets.js';
import { auditContrast, auditThemes, hexOf, type ContrastResult } from '../../core/configurator/contrast.js';
import { resolveColor } from './resolve-color.js';
import { matchingPreset, presetByName, type PresetName } from '../../core/configurator/presets.js';
import { decodeSetup, encodeSetup, readView, viewOf } from '../../core/configurator/share.js';
import { EXAMPLE_COUNTRIES, ProviderWatchController, type ProviderReachability } from '../../controllers/provider-watch-controller.js';
import { previewClients, previewConfig, previewStateById, type PreviewState } from '../../core/configurator/preview-states.js';
import { driveToState } from './preview-driver.js';
import { ConfiguratorMessages, configuratorEn } from '../../i18n/configurator/index.js';
import { Localizer } from '../../i18n/localizer.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { controlStyles } from '../../styles/controls.js';
import { themeProperty, type Theme } from '../../styles/theme.js';
import type { StyleKey } from '../../styles/token-names.js';
import { tokens } from '../../styles/tokens.js';
import { VERSION } from '../../version.js';
import { ThemeController } from '../../controllers/theme-controller.js';
import { configuratorStyles } from './configurator.styles.js';
import {
  describeFailure,
  renderContrast,
  renderExport,
  renderImport,
  renderPresets,
  renderProcess,
  renderShare,
  renderStyles,
  type ExportTab,
  type PreviewTheme,
  type PreviewWidth,
} from './configurator.templates.js';
import { renderPreview } from './preview.templates.js';

/** The exports' comments are in English, whatever the configurator's language. */
const english = new Localizer('en', new Map([['en', configuratorEn]]));

const pickerHex = (value: string) => hexOf(value, resolveColor);


/**
 * @tag signin-configurator
 * @summary Styles and parametrizes the SignIn Widget without code: a preset to start from, the
 * tokens most people change first (every other under "More"), every process parameter, a contrast
 * audit against WCAG 2.2 AA with one-click fixes, a live `<signin-widget>` preview of each state of
 * the flow at phone, tablet and desktop widths, and the code to copy (HTML with the CDN script,
 * npm, `SignInFlow.embed()`, React 19, Vue 3, Angular, JSON config, CSS custom properties).
 * Import reads any of those exports back; with `hash-sync` the page address holds the whole setup,
 * so a link reproduces it. A developer tool: import `signin-flow/configurator.js` (or
 * `dist/cdn/signin-configurator.js`); the CDN script leaves it out.
 *
 * @event change - The configuration changed (a control, or a config loaded). Read `config` and `snippets`.
 *
 * @csspart error - The import problems.
 *
 * @cssproperty --signin-color-primary - Brand colour of the buttons.
 * @cssproperty --signin-color-surface - Background of the inputs and panels.
 * @cssproperty --signin-color-text - Text colour.
 * @cssproperty --signin-color-border - Border colour.
 * @cssproperty --signin-radius - Corner radius.
 * @cssproperty --signin-spacing - Base spacing unit.
 */
export class SignInConfigurator extends LitElement {
  static override styles = [tokens, controlStyles, configuratorStyles];
  // Reactive properties, declared without decorators (their runtime would cost the CDN script ~0.5 KB gzip).
  static override get properties(): PropertyDeclarations {
    return {
      apiBase: { attribute: 'api-base' },
      locale: {},
      theme: themeProperty,
      version: {},
      cdnUrl: { attribute: 'cdn-url' },
      hashSync: { attribute: 'hash-sync', type: Boolean },
      values: { state: true },
      previewState: { state: true },
      previewWidth: { state: true },
      previewTheme: { state: true },
      copied: { state: true },
      linkIssues: { state: true },
      countries: { state: true },
      waitingForBlocker: { state: true },
      tab: { state: true },
      importIssues: { state: true },
      importNote: { state: true },
      announcement: { state: true },
      provider: { state: true },
      redirectStopped: { state: true },
    };
  }

  /** The provider the preview and the export start with (default `http://localhost:8787`, the sandbox of `npm start`). */
  apiBase = '';
  /** Language of the configurator's own texts; empty: the browser's. */
  locale = '';
  /** `light`, `dark` or `auto`: the configurator's look (the preview follows unless its config sets `theme`). */
  theme?: Theme;
  /** The package version in the exported CDN address. */
  version = VERSION;
  /**
   * The exported script address, when not jsDelivr's: a self-hosted copy, or the build of the server
   * the configurator runs on (the demo sets its own), which works before the package is published.
   */
  cdnUrl = '';
  /** Keep the whole setup in the page address (`#setup=…`): read at start, written on every change, so a link reproduces it. */
  hashSync = false;

  private values: FormValues = valuesFromConfig(widgetConfigSchema.parse(STARTER_CONFIG));
  private tab: ExportTab = 'html';
  private importIssues: readonly ConfigIssue[] = [];
  private importNote = '';
  private announcement = '';
  private provider: ProviderReachability = 'checking';
  private redirectStopped = false;
  private previewState = 'banks';
  private previewWidth: PreviewWidth = 'desktop';
  private previewTheme: PreviewTheme = '';
  /** The code block (or `link`) whose Copy button says "Copied" now. */
  private copied = '';
  private linkIssues: readonly ConfigIssue[] = [];
  private countries: readonly string[] = EXAMPLE_COUNTRIES;
  /** The preview waits for the page's user activation to end, so the browser blocks the bank window. */
  private waitingForBlocker = false;

  readonly #locale = new LocaleController(this, () => this.locale);
  // The configurator's own catalogs (src/i18n/configurator), in the language #locale shows.
  readonly #i18n = new ConfiguratorMessages(this, this.#locale);
  #result: ConfigResult<WidgetConfig>;
  readonly #providerWatch = new ProviderWatchController(this, {
    reachability: (reachability) => (this.provider = reachability),
    countries: (countries) => (this.countries = countries),
  });
  /** What the preview widget is given, computed when the form or the provider's reachability changes; the last valid config while the form is invalid. */
  #preview: Partial<WidgetConfigInput> = {};
  #audit: ContrastResult[] = [];
  #copiedTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the preview's drives: a newer one stops an older one. */
  #drive = 0;
  /** Counts the example bank's returns (state `success`): each mounts the preview anew, as the page the bank sends the user back to. */
  #returns = 0;

  constructor() {
    super();
    new ThemeController(this, this.attachInternals(), () => this.theme);
    // It reads `values`: set here, so the order in which a compiler initializes # and other fields does not matter.
    this.#result = configFromValues(this.values);
  }

  /** The configuration as the form holds it now, validated (`mode: 'auto'` and other defaults added); undefined while invalid. */
  get config(): WidgetConfig | undefined {
    return this.#result.ok ? this.#result.config : undefined;
  }

  /** Loads a configuration into the form (it is validated; an invalid one is listed as import problems; a `reconnectToken` is left out). */
  set config(value: WidgetConfigInput | undefined) {
    const result = parseConfig(widgetConfigSchema, value ?? STARTER_CONFIG);
    this.importIssues = result.ok ? [] : result.issues;
    if (result.ok) this.#setValues(valuesFromConfig(result.config), false);
  }

  /** The problems of the form's configuration (empty when it is valid). */
  get issues(): readonly ConfigIssue[] {
    return this.#result.ok ? [] : this.#result.issues;
  }

  /** Every export of the current configuration (a failing contrast pair noted in each); undefined while it is invalid. */
  get snippets(): Snippets | undefined {
    if (!this.#result.ok) return undefined;
    const warnings = this.#audit.filter((result) => !result.pass).map((result) => describeFailure(result, english));
    return exportSnippets(this.#result.config, { version: this.version, ...(this.cdnUrl ? { cdnUrl: this.cdnUrl } : {}), warnings });
  }

  /** The contrast audit of the current styles: every pair in the themes the config can show. */
  get contrast(): readonly ContrastResult[] {
    return this.#audit;
  }

  /** Sets every token of a preset (and its theme); the other tokens are cleared. */
  applyPreset(name: PresetName): void {
    const preset = presetByName(name);
    if (!preset) return;
    const styles = Object.fromEntries(STYLE_KEYS.map((key) => [key, preset.styles[key] ?? ''])) as FormValues['styles'];
    this.#setValues({ process: { ...this.values.process, theme: preset.theme ?? '' }, styles });
    this.#announce(this.#i18n.t('configurator.presetApplied', { name: this.#i18n.t(`configurator.preset.${name}`) }));
  }

  /**
   * Loads a pasted setup (as in Import): a JSON config, or code the configurator exported (HTML,
   * `embed()`, npm, React, Vue, Angular). Every control takes its value, or the problems are
   * shown. A `reconnectToken` in it is left out, and a note says so: it is per user, set at run time.
   */
  load(text: string): ConfigResult<WidgetConfig> {
    const result = importSetup(text);
    this.importIssues = result.ok ? [] : result.issues;
    this.importNote = '';
    if (result.ok) {
      this.#setValues(valuesFromConfig(result.config));
      // A reconnect token is per user: not a parameter of the page, so not kept (nor exported).
      if (result.config.reconnectToken) this.importNote = this.#i18n.t('configurator.reconnectDropped');
      this.#announce(this.importNote || this.#i18n.t('configurator.loaded'));
    }
    return result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hashSync) this.#readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#copiedTimer);
    this.#drive++;
  }

  /** Takes the setup of the page address, if it holds one (`hash-sync`). */
  #readHash(): void {
    const decoded = decodeSetup(location.hash);
    this.linkIssues = decoded && !decoded.ok ? decoded.issues : [];
    if (!decoded?.ok) return;
    const { values, view } = decoded.setup;
    this.#setValues(values, false);
    const look = readView(view);
    this.previewState = previewStateById(look.state).id;
    this.previewWidth = look.width;
    this.previewTheme = look.theme;
  }

  /** The address of this page holding the current setup. */
  get shareLink(): string {
    return `${location.origin}${location.pathname}${location.search}${encodeSetup(this.values, this.#view)}`;
  }

  get #view() {
    return viewOf({ state: this.previewState, width: this.previewWidth, theme: this.previewTheme });
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('apiBase') && this.apiBase && this.apiBase !== changed.get('apiBase')) {
      this.#setValues({ ...this.values, process: { ...this.values.process, apiBase: this.apiBase } }, false);
    }
    this.#providerWatch.watch(this.values.process.apiBase.trim(), this.values.process.country.trim(), this.isConnected);
    if (changed.has('values') || changed.has('provider') || changed.has('previewState')) this.#preview = this.#previewConfig();
    if (changed.has('values')) this.#audit = auditContrast(validStyles(this.values), auditThemes(formTheme(this.values)), resolveColor);
    if (this.hashSync && this.hasUpdated && (changed.has('values') || changed.has('previewState') || changed.has('previewWidth') || changed.has('previewTheme'))) {
      const hash = encodeSetup(this.values, this.#view);
      if (location.hash !== hash) history.replaceState(history.state, '', hash);
    }
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('previewState') || (changed.has('provider') && changed.get('provider') === 'checking')) void this.#driveTo(previewStateById(this.previewState));
  }

  override render() {
    const i18n = this.#i18n;
    const problems = problemsByControl(this.issues);
    const localizer = i18n.localizer;
    const form = { i18n: localizer, values: this.values, problems, onProcess: this.#onProcess, onStyle: this.#onStyle, countries: this.countries, hexOf: pickerHex };
    const cdn = cdnScriptUrl(this.version);
    const localCdn = this.cdnUrl && this.cdnUrl !== cdn ? { url: this.cdnUrl, cdn } : undefined;
    return html`<div class="layout" lang=${ifDefined(this.#locale.langAttribute)}>
      <header class="intro"><h1>${i18n.t('configurator.title')}</h1><p class="hint">${i18n.t('configurator.intro')}</p></header>
      <form class="form" @submit=${(e: Event) => e.preventDefault()}>
        ${renderPresets({ i18n: localizer, current: matchingPreset(validStyles(this.values))?.name, onPreset: (name) => this.applyPreset(name) })}
        ${renderStyles(form)}
        ${renderContrast({ i18n: localizer, results: this.#audit, onFix: this.#onFix })}
        ${renderProcess(form)}
      </form>
      <div class="side">
        ${this.#renderPreview()}
        ${renderExport({ i18n: localizer, tab: this.tab, snippets: this.snippets, issues: this.issues, copied: this.copied, ...(localCdn ? { localCdn } : {}), onTab: this.#onTab, onCopy: this.#onCopy })}
        ${renderShare({ i18n: localizer, link: this.shareLink, copied: this.copied === 'link', issues: this.linkIssues, onCopy: this.#onCopyLink })}
        ${renderImport({ i18n: localizer, issues: this.importIssues, note: this.importNote, onLoad: (text) => void this.load(text) })}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  #renderPreview() {
    const state = previewStateById(this.previewState);
    return renderPreview({
      i18n: this.#i18n.localizer,
      provider: this.provider,
      apiBase: this.values.process.apiBase.trim(),
      state: state.id,
      width: this.previewWidth,
      theme: this.previewTheme,
      shownTheme: this.previewTheme || this.#previewedTheme(),
      key: `${state.id} ${this.#returns}`,
      config: this.#preview,
      clients: previewClients(state, this.provider !== 'unreachable', () => location.href),
      redirectStopped: this.redirectStopped,
      waitingForBlocker: this.waitingForBlocker,
      onState: (id) => (this.previewState = previewStateById(id).id),
      onWidth: (width) => (this.previewWidth = width),
      onTheme: (theme) => (this.previewTheme = theme),
      onRedirect: this.#onRedirect,
    });
  }

  /** The theme the preview shows when the preview's theme switch is left at "as configured". */
  #previewedTheme(): string {
    return this.#result.ok ? (this.#result.config.theme ?? '') : '';
  }

  /** The config given to the preview; while the form is invalid, the last valid one: nothing invalid reaches the preview. */
  #previewConfig(): Partial<WidgetConfigInput> {
    return this.#result.ok ? previewConfig(this.#result.config, previewStateById(this.previewState), this.provider === 'reachable') : this.#preview;
  }

  /** Drives the preview's widget to the state, as a user would (see driveToState); a newer drive stops an older one. */
  async #driveTo(state: PreviewState): Promise<void> {
    const drive = ++this.#drive;
    await driveToState(this.renderRoot, state, {
      current: () => drive === this.#drive,
      waitingForBlocker: (waiting) => (this.waitingForBlocker = waiting),
    });
  }

  #setValues(values: FormValues, fromUser = true): void {
    this.values = values;
    this.#result = configFromValues(values);
    this.redirectStopped = false;
    if (fromUser || this.hasUpdated) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #announce(text: string): void {
    // A new text each time, so a second "Copied" is announced too.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  readonly #onProcess = (field: ProcessField, value: string) => this.#setValues({ ...this.values, process: { ...this.values.process, [field]: value } });
  readonly #onStyle = (key: StyleKey, value: string) => this.#setValues({ ...this.values, styles: { ...this.values.styles, [key]: value } });

  readonly #onTab = async (tab: ExportTab, focus = false) => {
    this.tab = tab;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  };

  readonly #onCopy = (codeId: string) => {
    const code = this.renderRoot.querySelector(`#${codeId}`);
    if (code) void this.#copy(code.textContent ?? '', codeId, () => getSelection()?.selectAllChildren(code));
  };

  readonly #onCopyLink = () => this.#copy(this.shareLink, 'link', () => this.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select());

  /** Copies a text; its button says "Copied" for a while (and the live region says it too). Without clipboard access the text is selected instead. */
  async #copy(text: string, id: string, select: () => void): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      select();
      this.#announce(this.#i18n.t('configurator.copyFailed'));
      return;
    }
    this.copied = id;
    this.#announce(this.#i18n.t('configurator.copied'));
    clearTimeout(this.#copiedTimer);
    this.#copiedTimer = setTimeout(() => (this.copied = ''), 2500);
  }

  readonly #onFix = (result: ContrastResult) => {
    if (!result.fix) return;
    const { key, value } = result.fix;
    this.#onStyle(key, value);
    this.#announce(this.#i18n.t('configurator.contrast.fixed', { key, value }));
  };

  readonly #onRedirect = (event: Event) => {
    event.preventDefault();
    const state = previewStateById(this.previewState);
    if (state.session !== 'success') {
      this.redirectStopped = true;
      return;
    }
    // The example bank says yes at once: "back" on this page with the result in its address, the
    // widget reads it as on any return page (and takes the parameters out of the address again).
    const url = (event as CustomEvent<{ url: string }>).detail.url;
    if (new URL(url).origin !== location.origin) return;
    history.replaceState(history.state, '', url);
    this.#returns++;
    this.requestUpdate();
  };
}

