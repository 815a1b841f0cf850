import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { swatchBackground } from './swatch-background.js';
import { modeSchema, themeSchema } from '../../config/choices.js';
import { accessModeSchema, MAX_ACCESS_DAYS } from '../../core/protocol/primitives.js';
import type { ConfigIssue } from '../../config/parse-config.js';
import { SNIPPET_NAMES, type SnippetName, type Snippets } from '../../core/configurator/snippets.js';
import type { ContrastResult } from '../../core/configurator/contrast.js';
import { MORE_STYLE_KEYS, PRESETS, PRIMARY_STYLE_KEYS, type PresetName } from '../../core/configurator/presets.js';
import { PROCESS_FIELDS, type FormValues, type ProcessField } from '../../core/configurator/form-values.js';
import type { ConfiguratorCatalog, ConfiguratorMessageKey } from '../../i18n/configurator/index.js';
import { LOCALES } from '../../i18n/load-locale.js';
import type { Localizer } from '../../i18n/localizer.js';
import { TOKENS, tokenProperty, type StyleKey, type TokenEntry } from '../../styles/token-names.js';

/** Fields shown as a select, with their options ('' = left out: the default). */
const CHOICES: Partial<Record<ProcessField, readonly string[]>> = {
  locale: ['', ...LOCALES],
  mode: ['', ...modeSchema.options],
  // The three modes, each named with what it asks for; left out ('') it is `single`, the default.
  accessMode: accessModeSchema.options,
  theme: ['', ...themeSchema.options],
};
/** The option a select shows when its field is left out ('': "Default"). */
const SHOWN_DEFAULT: Partial<Record<ProcessField, string>> = { accessMode: 'single' };
/** Fields shown as a checkbox ('true' when ticked). */
const CHECKBOXES: ReadonlySet<ProcessField> = new Set(['multiBank']);
const INPUT_TYPES: Partial<Record<ProcessField, 'url' | 'number'>> = { apiBase: 'url', returnUrl: 'url', termsUrl: 'url', privacyUrl: 'url', missingBankUrl: 'url', popupTimeoutMs: 'number', accessDays: 'number' };
/** The range of a number control, as the schema checks it (the browser's own hints; the schema's message names the problem). */
const RANGES: Partial<Record<ProcessField, { min: number; max: number; placeholder: string }>> = { accessDays: { min: 1, max: MAX_ACCESS_DAYS, placeholder: String(MAX_ACCESS_DAYS) } };

export type ExportTab = SnippetName;
/** The tabs named by a framework: its name, the same in every language (not a text to translate). */
const FRAMEWORK_TABS: Partial<Record<ExportTab, string>> = { react: 'React 19', vue: 'Vue 3', angular: 'Angular' };
export const EXPORT_TABS: readonly ExportTab[] = SNIPPET_NAMES;

export interface FormView {
  readonly i18n: Localizer<ConfiguratorCatalog>;
  readonly values: FormValues;
  /** The problems of each control (by field or style key). */
  readonly problems: ReadonlyMap<string, readonly string[]>;
  readonly onProcess: (field: ProcessField, value: string) => void;
  readonly onStyle: (key: StyleKey, value: string) => void;
  /** The countries of the provider's catalog (the datalist of the country field). */
  readonly countries: readonly string[];
  /** `#rrggbb` of a colour value, for its picker (the browser reads any CSS colour). */
  readonly hexOf: (value: string) => string | undefined;
}

const fieldError = (id: string, problems: readonly string[] | undefined) =>
  problems?.length ? html`<span class="field-error" id="${id}-error">${problems.join('; ')}</span>` : nothing;

function processControl(field: ProcessField, view: FormView): TemplateResult {
  const id = `f-${field}`;
  const value = view.values.process[field];
  const problems = view.problems.get(field);
  const invalid = problems?.length ? 'true' : 'false';
  const described = problems?.length ? `${id}-error` : nothing;
  const label = html`<label for=${id}>${view.i18n.t(`configurator.field.${field}` as ConfiguratorMessageKey)}</label>`;
  const onInput = (event: Event) => view.onProcess(field, (event.target as HTMLInputElement).value);
  const choices = CHOICES[field];
  const range = RANGES[field];
  let control: TemplateResult;
  if (CHECKBOXES.has(field)) {
    const onCheck = (event: Event) => view.onProcess(field, (event.target as HTMLInputElement).checked ? 'true' : '');
    return html`<div class="field check">
      <input id=${id} name=${field} type="checkbox" aria-invalid=${invalid} aria-describedby=${described} .checked=${value === 'true'} @change=${onCheck} />${label}${fieldError(id, problems)}
    </div>`;
  }
  if (choices) {
    const shown = value || SHOWN_DEFAULT[field] || '';
    control = html`<select id=${id} name=${field} aria-invalid=${invalid} aria-describedby=${described} @change=${onInput}>
      ${choices.map((choice) => html`<option value=${choice} ?selected=${choice === shown}>${optionText(field, choice, view)}</option>`)}
    </select>`;
  } else if (field === 'consents') {
    control = html`<textarea id=${id} name=${field} rows="6" spellcheck="false" aria-invalid=${invalid} aria-describedby=${described} .value=${value} @input=${onInput}></textarea>`;
  } else {
    control = html`<input
      id=${id}
      name=${field}
      type=${INPUT_TYPES[field] ?? 'text'}
      min=${ifDefined(range?.min)}
      max=${ifDefined(range?.max)}
      step=${ifDefined(range ? 1 : undefined)}
      placeholder=${ifDefined(range?.placeholder)}
      list=${ifDefined(field === 'country' ? 'countries' : undefined)}
      autocomplete="off"
      spellcheck="false"
      aria-invalid=${invalid}
      aria-describedby=${described}
      .value=${value}
      @input=${onInput}
    />`;
  }
  return html`<div class="field ${field === 'consents' ? 'wide' : ''}">${label}${control}${fieldError(id, problems)}</div>`;
}

/** An option's text: the value itself, "Default" for '', and what each access mode asks for. */
function optionText(field: ProcessField, choice: string, view: FormView): string {
  if (field === 'accessMode') return view.i18n.t(`configurator.accessMode.${choice}` as ConfiguratorMessageKey);
  return choice || view.i18n.t('configurator.default');
}

/** The process parameters: every field of the config but the styles (and not `reconnectToken`, per user: the hint says why). */
export function renderProcess(view: FormView): TemplateResult {
  return html`<fieldset class="group">
    <legend>${view.i18n.t('configurator.process')}</legend>
    <div class="fields">
      ${PROCESS_FIELDS.map((field) => html`${processControl(field, view)}${field === 'multiBank' ? html`<p class="hint wide">${view.i18n.t('configurator.reconnectHint')}</p>` : nothing}`)}
    </div>
    <datalist id="countries">${view.countries.map((code) => html`<option value=${code}></option>`)}</datalist>
  </fieldset>`;
}

/** The colour picker's starting value: the value typed when the browser reads it, else the light theme's default (white for `transparent`). */
function swatchOf(key: StyleKey, value: string, view: FormView): string {
  const typed = value.trim() ? view.hexOf(value) : undefined;
  if (typed) return typed;
  const light = TOKENS[key][2];
  const followed = /^var\(--_([\w-]+)\)$/.exec(light)?.[1];
  const entry = followed ? (Object.entries(TOKENS) as [StyleKey, TokenEntry][]).find(([, token]) => token[4] === followed) : undefined;
  if (entry) return swatchOf(entry[0], '', view);
  return view.hexOf(light) ?? '#ffffff';
}

const isPrimary = (key: StyleKey) => (PRIMARY_STYLE_KEYS as readonly StyleKey[]).includes(key);

function styleControl(key: StyleKey, view: FormView): TemplateResult {
  const [, kind, light] = TOKENS[key];
  const id = `s-${key}`;
  const value = view.values.styles[key];
  const problems = view.problems.get(key);
  const onInput = (event: Event) => view.onStyle(key, (event.target as HTMLInputElement).value);
  const name = isPrimary(key) ? view.i18n.t(`configurator.style.${key}` as ConfiguratorMessageKey) : key;
  return html`<div class="field style">
    <label for=${id}>${name} <code>${tokenProperty(key)}</code></label>
    <span class="with-swatch">
      <input
        id=${id}
        name=${key}
        type="text"
        autocomplete="off"
        spellcheck="false"
        placeholder=${light}
        aria-invalid=${problems?.length ? 'true' : 'false'}
        aria-describedby=${problems?.length ? `${id}-error` : nothing}
        .value=${value}
        @input=${onInput}
      />
      ${kind === 'color'
        ? html`<input class="swatch" type="color" aria-label=${view.i18n.t('configurator.pickColor', { name })} .value=${swatchOf(key, value, view)} @input=${onInput} />`
        : nothing}
    </span>
    ${fieldError(id, problems)}
  </div>`;
}

export interface PresetView {
  readonly i18n: Localizer<ConfiguratorCatalog>;
  /** The preset the styles are now, if they are one. */
  readonly current: PresetName | undefined;
  readonly onPreset: (name: PresetName) => void;
}

/** The presets as a radio group: choosing one sets every token (and the theme) it names. */
export function renderPresets(view: PresetView): TemplateResult {
  return html`<fieldset class="group presets">
    <legend>${view.i18n.t('configurator.presets')}</legend>
    <div class="preset-list">
      ${PRESETS.map((preset) => {
        const swatches = [preset.styles.colorPrimary ?? TOKENS.colorPrimary[2], preset.styles.colorSurface ?? TOKENS.colorSurface[2], preset.styles.colorText ?? TOKENS.colorText[2]];
        return html`<label class="preset">
          <input type="radio" name="preset" value=${preset.name} .checked=${view.current === preset.name} @change=${() => view.onPreset(preset.name)} />
          <span class="preset-swatches" aria-hidden="true">${swatches.map((colour) => html`<span class="preset-swatch" ${swatchBackground(colour)}></span>`)}</span>
          <span>${view.i18n.t(`configurator.preset.${preset.name}` as ConfiguratorMessageKey)}</span>
        </label>`;
      })}
    </div>
  </fieldset>`;
}

/** The tokens most people change first, then every other under "More" (a disclosure). */
export function renderStyles(view: FormView): TemplateResult {
  return html`<fieldset class="group">
    <legend>${view.i18n.t('configurator.look')}</legend>
    <p class="hint">${view.i18n.t('configurator.stylesHint')}</p>
    <div class="fields styles primary">${PRIMARY_STYLE_KEYS.map((key) => styleControl(key, view))}</div>
    <details class="more">
      <summary>${view.i18n.t('configurator.more', { count: MORE_STYLE_KEYS.length })}</summary>
      <div class="fields styles">${MORE_STYLE_KEYS.map((key) => styleControl(key, view))}</div>
    </details>
  </fieldset>`;
}

export interface ContrastView {
  readonly i18n: Localizer<ConfiguratorCatalog>;
  readonly results: readonly ContrastResult[];
  readonly onFix: (result: ContrastResult) => void;
}

/** A failing pair named as the exports name it: "button text on brand colour (light theme): 1.8:1, needs 4.5:1". */
export function describeFailure(result: ContrastResult, i18n: Pick<Localizer<ConfiguratorCatalog>, 't'>): string {
  return i18n.t('configurator.contrast.failure', {
    pair: i18n.t(`configurator.pair.${result.id}` as ConfiguratorMessageKey),
    theme: i18n.t(`configurator.theme.${result.theme}`),
    ratio: result.ratio.toFixed(1),
    min: String(result.min),
  });
}

/** The contrast audit: every failing pair named, each with its one-click fix; or that all pass. */
export function renderContrast(view: ContrastView): TemplateResult {
  const { i18n, results } = view;
  const failing = results.filter((result) => !result.pass);
  return html`<section class="group contrast" aria-labelledby="contrast-title">
    <h2 id="contrast-title">${i18n.t('configurator.contrast')}</h2>
    ${failing.length === 0
      ? html`<p class="contrast-pass">${i18n.t('configurator.contrast.pass', { count: results.length })}</p>`
      : html`<p class="contrast-fail">${i18n.t('configurator.contrast.failCount', { count: failing.length })}</p>
          <ul class="failures">
            ${failing.map(
              (result) => html`<li class="failure" data-pair=${result.id} data-theme=${result.theme}>
                <span>${describeFailure(result, i18n)}</span>
                ${result.fix
                  ? html`<button class="button secondary fix" type="button" @click=${() => view.onFix(result)}>
                        <span class="fix-swatch" ${swatchBackground(result.fix.value)} aria-hidden="true"></span>${i18n.t('configurator.contrast.fix', { key: result.fix.key, value: result.fix.value })}</button
                      >${result.fix.everyTheme ? nothing : html`<span class="hint">${i18n.t('configurator.contrast.oneTheme', { theme: i18n.t(`configurator.theme.${result.theme}`) })}</span>`}`
                  : nothing}
              </li>`,
            )}
          </ul>`}
  </section>`;
}

export interface ExportView {
  readonly i18n: Localizer<ConfiguratorCatalog>;
  readonly tab: ExportTab;
  readonly snippets: Snippets | undefined;
  readonly issues: readonly ConfigIssue[];
  /** The code block whose Copy button says "Copied" now. */
  readonly copied: string;
  /** The script address when it is not the public CDN's: the note says which it is, and the public one. */
  readonly localCdn?: { readonly url: string; readonly cdn: string };
  readonly onTab: (tab: ExportTab, focus?: boolean) => void;
  readonly onCopy: (codeId: string) => void;
}

const codeBlock = (id: string, text: string, view: ExportView) =>
  html`<div class="code"><pre tabindex="0"><code id=${id}>${text}</code></pre><button class="button secondary copy" type="button" aria-describedby=${id} @click=${() => view.onCopy(id)}>${view.copied === id ? view.i18n.t('configurator.copied') : view.i18n.t('configurator.copy')}</button></div>`;

function onTabKey(event: KeyboardEvent, view: ExportView): void {
  const index = EXPORT_TABS.indexOf(view.tab);
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: EXPORT_TABS.length - 1 };
  const next = moves[event.key];
  if (next === undefined) return;
  event.preventDefault();
  view.onTab(EXPORT_TABS[(next + EXPORT_TABS.length) % EXPORT_TABS.length]!, true);
}

/** Every export as a tab, each a read-only code block with a Copy button that says "Copied". */
export function renderExport(view: ExportView): TemplateResult {
  const { i18n, snippets, tab } = view;
  let panel: TemplateResult;
  if (!snippets) {
    panel = html`<div class="problems"><p>${i18n.t('configurator.invalid')}</p>
      <ul>${view.issues.map((issue) => html`<li><code>${issue.field}</code>: ${issue.message}</li>`)}</ul></div>`;
  } else if (tab === 'css' && !snippets.css) {
    panel = html`<p class="hint">${i18n.t('configurator.export.noStyles')}</p>`;
  } else {
    panel = html`${codeBlock(`code-${tab}`, snippets[tab], view)}
    ${tab === 'html' && snippets.htmlScript ? html`<p class="hint">${i18n.t('configurator.export.scriptNote')}</p>${codeBlock('code-html-script', snippets.htmlScript, view)}` : nothing}
    ${tab === 'html' && snippets.css ? html`<p class="hint">${i18n.t('configurator.export.cssNote')}</p>${codeBlock('code-html-css', snippets.css, view)}` : nothing}
    ${tab === 'html' && view.localCdn ? html`<p class="hint cdn-note">${i18n.t('configurator.cdnLocal', view.localCdn)}</p>` : nothing}`;
  }
  return html`<section class="export" aria-labelledby="export-title">
    <h2 id="export-title">${i18n.t('configurator.export')}</h2>
    <div role="tablist" aria-labelledby="export-title" @keydown=${(e: KeyboardEvent) => onTabKey(e, view)}>
      ${EXPORT_TABS.map(
        (name) => html`<button
          role="tab"
          type="button"
          id="tab-${name}"
          aria-selected=${name === tab ? 'true' : 'false'}
          aria-controls="export-panel"
          tabindex=${name === tab ? '0' : '-1'}
          @click=${() => view.onTab(name)}
        >${FRAMEWORK_TABS[name] ?? i18n.t(`configurator.export.${name}` as ConfiguratorMessageKey)}</button>`,
      )}
    </div>
    <div role="tabpanel" id="export-panel" aria-labelledby="tab-${tab}">${panel}</div>
  </section>`;
}

export interface ShareView {
  readonly i18n: Localizer<ConfiguratorCatalog>;
  readonly link: string;
  readonly copied: boolean;
  /** Why the setup of the link the page opened with was not loaded, if it was not. */
  readonly issues: readonly ConfigIssue[];
  readonly onCopy: () => void;
}

/** The link that holds the setup, with its Copy button. */
export function renderShare(view: ShareView): TemplateResult {
  const { i18n } = view;
  return html`<section class="share" aria-labelledby="share-title">
    <h2 id="share-title">${i18n.t('configurator.share')}</h2>
    <p class="hint">${i18n.t('configurator.shareHint')}</p>
    <div class="share-row">
      <input id="share-link" type="text" readonly aria-labelledby="share-title" .value=${view.link} />
      <button class="button secondary copy-link" type="button" @click=${view.onCopy}>${view.copied ? i18n.t('configurator.copied') : i18n.t('configurator.copyLink')}</button>
    </div>
    ${view.issues.length
      ? html`<div part="error" role="alert"><p>${i18n.t('configurator.linkInvalid')}</p>
          <ul>${view.issues.map((issue) => html`<li>${issue.field}: ${issue.message}</li>`)}</ul></div>`
      : nothing}
  </section>`;
}

export interface ImportView {
  readonly i18n: Localizer<ConfiguratorCatalog>;
  readonly issues: readonly ConfigIssue[];
  /** What the last load left out (a per-user reconnect token), if anything. */
  readonly note?: string;
  readonly onLoad: (text: string) => void;
}

/** A textarea for a JSON config and its Load button; the problems as `field: message`. */
export function renderImport(view: ImportView): TemplateResult {
  const { i18n } = view;
  const load = (event: Event) => {
    const root = (event.target as HTMLElement).closest('section');
    view.onLoad(root?.querySelector('textarea')?.value ?? '');
  };
  return html`<section class="import" aria-labelledby="import-title">
    <h2 id="import-title">${i18n.t('configurator.import')}</h2>
    <label for="import-text">${i18n.t('configurator.importLabel')}</label>
    <textarea id="import-text" rows="5" spellcheck="false" aria-describedby=${view.issues.length ? 'import-error' : nothing}></textarea>
    <div class="actions"><button class="button" type="button" @click=${load}>${i18n.t('configurator.load')}</button></div>
    ${view.note ? html`<p class="hint import-note">${view.note}</p>` : nothing}
    ${view.issues.length
      ? html`<div part="error" id="import-error" role="alert"><p>${i18n.t('configurator.importInvalid')}</p>
          <ul>${view.issues.map((issue) => html`<li>${issue.field}: ${issue.message}</li>`)}</ul></div>`
      : nothing}
  </section>`;
}

export { PREVIEW_WIDTHS, renderPreviewControls, type PreviewTheme, type PreviewWidth } from './preview.templates.js';
