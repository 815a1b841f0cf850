import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConfigIssue, ConfigResult } from '../../config/parse-config.js';
import type { WidgetConfig, WidgetConfigInput } from '../../config/widget-config.js';
import { parseConfig } from '../../config/parse-config.js';
import { widgetConfigSchema } from '../../config/widget-config.js';
import { compactConfig, STARTER_CONFIG } from '../../core/configurator/config-model.js';
import { sharedCatalogClient } from '../../core/catalog/catalog-client.js';
import { EXAMPLE_API_BASE, exampleCatalogClient, exampleProviderClient, providerReachable } from '../../core/configurator/example-provider.js';
import { sharedProviderClient } from '../../core/flow/provider-client.js';
import { configFromValues, inputFromValues, issueControl, valuesFromConfig, type FormValues, type ProcessField } from '../../core/configurator/form-values.js';
import { importConfig } from '../../core/configurator/import-config.js';
import { exportSnippets, type Snippets } from '../../core/configurator/snippets.js';
import { ConfiguratorMessages } from '../../i18n/configurator/index.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { controlStyles } from '../../styles/controls.js';
import { themeProperty, type Theme } from '../../styles/theme.js';
import type { StyleKey } from '../../styles/token-names.js';
import { tokens } from '../../styles/tokens.js';
import { VERSION } from '../../version.js';
import { ThemeController } from '../../controllers/theme-controller.js';
import { configuratorStyles } from './configurator.styles.js';
import { renderExport, renderImport, renderProcess, renderStyles, type ExportTab } from './configurator.templates.js';

type Provider = 'checking' | 'reachable' | 'unreachable';

/**
 * @tag signin-configurator
 * @summary Styles and parametrizes the SignIn Widget without code: a form with every process
 * parameter and every design token, a live `<signin-widget>` preview, and the embed code to copy
 * (HTML with the CDN script, npm, `SignInFlow.embed()`, JSON config, CSS custom properties).
 * A JSON config pasted into Import loads into the form. A developer tool: import
 * `signin-flow/configurator.js` (or `dist/cdn/signin-configurator.js`); the CDN script leaves it out.
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
      values: { state: true },
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
  /** The exported CDN script address, when not jsDelivr's (a self-hosted copy). */
  cdnUrl = '';

  private values: FormValues = valuesFromConfig(widgetConfigSchema.parse(STARTER_CONFIG));
  private tab: ExportTab = 'html';
  private importIssues: readonly ConfigIssue[] = [];
  private importNote = '';
  private announcement = '';
  private provider: Provider = 'checking';
  private redirectStopped = false;

  readonly #locale = new LocaleController(this, () => this.locale);
  // The configurator's own catalogs (src/i18n/configurator), in the language #locale shows.
  readonly #i18n = new ConfiguratorMessages(this, this.#locale);
  #result: ConfigResult<WidgetConfig>;
  #probeKey = '';
  #probeTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the preview widget is given, computed when the form or the provider's reachability changes. */
  #preview: Partial<WidgetConfigInput> = {};

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

  /** The five exports of the current configuration; undefined while it is invalid. */
  get snippets(): Snippets | undefined {
    return this.#result.ok ? exportSnippets(this.#result.config, { version: this.version, ...(this.cdnUrl ? { cdnUrl: this.cdnUrl } : {}) }) : undefined;
  }

  /**
   * Loads a JSON config (as pasted into Import): every control takes its value, or the problems are
   * shown. A `reconnectToken` in it is left out, and a note says so: it is per user, set at run time.
   */
  load(json: string): ConfigResult<WidgetConfig> {
    const result = importConfig(json);
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#probeTimer);
    this.#probeKey = '';
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('apiBase') && this.apiBase && this.apiBase !== changed.get('apiBase')) {
      this.#setValues({ ...this.values, process: { ...this.values.process, apiBase: this.apiBase } }, false);
    }
    this.#probe();
    if (changed.has('values') || changed.has('provider')) this.#preview = this.#previewConfig();
  }

  override render() {
    const i18n = this.#i18n;
    const problems = new Map<string, string[]>();
    for (const issue of this.issues) problems.set(issueControl(issue), [...(problems.get(issueControl(issue)) ?? []), `${issue.message}`]);
    const form = { i18n: i18n.localizer, values: this.values, problems, onProcess: this.#onProcess, onStyle: this.#onStyle };
    return html`<div class="layout" lang=${ifDefined(this.#locale.langAttribute)}>
      <header class="intro"><h1>${i18n.t('configurator.title')}</h1><p class="hint">${i18n.t('configurator.intro')}</p></header>
      <form class="form" @submit=${(e: Event) => e.preventDefault()}>${renderProcess(form)}${renderStyles(form)}</form>
      <div class="side">
        ${this.#renderPreview()}
        ${renderExport({ i18n: i18n.localizer, tab: this.tab, snippets: this.snippets, issues: this.issues, onTab: this.#onTab, onCopy: this.#onCopy })}
        ${renderImport({ i18n: i18n.localizer, issues: this.importIssues, note: this.importNote, onLoad: (text) => void this.load(text) })}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  #renderPreview() {
    const i18n = this.#i18n;
    const apiBase = this.values.process.apiBase.trim();
    const example = this.provider === 'unreachable';
    const note = this.provider === 'checking' ? 'configurator.checking' : this.provider === 'reachable' ? 'configurator.reachable' : 'configurator.unreachable';
    return html`<section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">${i18n.t('configurator.preview')}</h2>
      <p class="note ${this.provider}">${i18n.t(note, { url: apiBase })}</p>
      ${this.redirectStopped ? html`<p class="note">${i18n.t('configurator.redirectStopped')}</p>` : nothing}
      <div class="stage">
        ${this.provider === 'checking'
          ? nothing
          : html`<signin-widget
              .config=${this.#preview}
              .catalogClient=${example ? exampleCatalogClient : sharedCatalogClient}
              .providerClient=${example ? exampleProviderClient : sharedProviderClient}
              theme=${ifDefined(this.#result.ok ? this.#result.config.theme : undefined)}
              @signin-redirect=${this.#onRedirect}
            ></signin-widget>`}
      </div>
    </section>`;
  }

  /** The config given to the preview: the example provider when the real one does not answer; styles always set (so cleared ones go). */
  #previewConfig(): Partial<WidgetConfigInput> {
    if (!this.#result.ok) return inputFromValues(this.values).input as Partial<WidgetConfigInput>;
    const config = compactConfig(this.#result.config);
    return { ...config, apiBase: this.provider === 'reachable' ? config.apiBase : EXAMPLE_API_BASE, styles: config.styles ?? {} };
  }

  #setValues(values: FormValues, fromUser = true): void {
    this.values = values;
    this.#result = configFromValues(values);
    this.redirectStopped = false;
    if (fromUser || this.hasUpdated) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Asks the provider (debounced) whenever its address or the country changes. */
  #probe(): void {
    const apiBase = this.values.process.apiBase.trim();
    const country = this.values.process.country.trim();
    const key = `${apiBase} ${country}`;
    if (key === this.#probeKey || !this.isConnected) return;
    this.#probeKey = key;
    clearTimeout(this.#probeTimer);
    this.#probeTimer = setTimeout(async () => {
      const reachable = /^https?:\/\//.test(apiBase) && (await providerReachable(apiBase, country || undefined));
      if (this.#probeKey === key) this.provider = reachable ? 'reachable' : 'unreachable';
    }, 300);
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

  readonly #onCopy = async (codeId: string) => {
    const code = this.renderRoot.querySelector(`#${codeId}`);
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      this.#announce(this.#i18n.t('configurator.copied'));
    } catch {
      getSelection()?.selectAllChildren(code);
      this.#announce(this.#i18n.t('configurator.copyFailed'));
    }
  };

  readonly #onRedirect = (event: Event) => {
    event.preventDefault();
    this.redirectStopped = true;
  };
}

