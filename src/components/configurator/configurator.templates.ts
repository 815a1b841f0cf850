import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { modeSchema, themeSchema } from '../../config/choices.js';
import { accessModeSchema, MAX_ACCESS_DAYS } from '../../core/protocol/primitives.js';
import type { ConfigIssue } from '../../config/parse-config.js';
import type { Snippets } from '../../core/configurator/snippets.js';
import { PROCESS_FIELDS, STYLE_KEYS, type FormValues, type ProcessField } from '../../core/configurator/form-values.js';
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
const COUNTRIES = ['PL', 'CZ', 'SK', 'DE', 'ES', 'LT', 'LV', 'EE', 'RO'];
const INPUT_TYPES: Partial<Record<ProcessField, 'url' | 'number'>> = { apiBase: 'url', returnUrl: 'url', termsUrl: 'url', privacyUrl: 'url', missingBankUrl: 'url', popupTimeoutMs: 'number', accessDays: 'number' };
/** The range of a number control, as the schema checks it (the browser's own hints; the schema's message names the problem). */
const RANGES: Partial<Record<ProcessField, { min: number; max: number; placeholder: string }>> = { accessDays: { min: 1, max: MAX_ACCESS_DAYS, placeholder: String(MAX_ACCESS_DAYS) } };

export type ExportTab = 'html' | 'npm' | 'embed' | 'json' | 'css';
export const EXPORT_TABS: readonly ExportTab[] = ['html', 'npm', 'embed', 'json', 'css'];

export interface FormView {
  readonly i18n: Localizer<ConfiguratorCatalog>;
  readonly values: FormValues;
  /** The problems of each control (by field or style key). */
  readonly problems: ReadonlyMap<string, readonly string[]>;
  readonly onProcess: (field: ProcessField, value: string) => void;
  readonly onStyle: (key: StyleKey, value: string) => void;
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
    <datalist id="countries">${COUNTRIES.map((code) => html`<option value=${code}></option>`)}</datalist>
  </fieldset>`;
}

const HEX = /^#[\da-f]{6}$/i;

/** The colour picker's starting value for a default: itself, or the token it follows (`var(--_surface)`); white for `transparent`. */
function swatchOf(value: string, depth = 0): string {
  if (HEX.test(value)) return value;
  const followed = /^var\(--_([\w-]+)\)$/.exec(value)?.[1];
  const entry = followed ? (Object.values(TOKENS) as readonly TokenEntry[]).find((token) => token[4] === followed) : undefined;
  return entry && depth < 4 ? swatchOf(entry[2], depth + 1) : value === 'transparent' ? '#ffffff' : '#000000';
}

function styleControl(key: StyleKey, view: FormView): TemplateResult {
  const [, kind, light] = TOKENS[key];
  const id = `s-${key}`;
  const value = view.values.styles[key];
  const problems = view.problems.get(key);
  const onInput = (event: Event) => view.onStyle(key, (event.target as HTMLInputElement).value);
  const swatch = HEX.test(value) ? value : swatchOf(light);
  return html`<div class="field style">
    <label for=${id}>${key} <code>${tokenProperty(key)}</code></label>
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
        ? html`<input class="swatch" type="color" aria-label=${view.i18n.t('configurator.pickColor', { name: key })} .value=${swatch.toLowerCase()} @input=${onInput} />`
        : nothing}
    </span>
    ${fieldError(id, problems)}
  </div>`;
}

/** One control per design token (text; a colour picker beside the colours). */
export function renderStyles(view: FormView): TemplateResult {
  return html`<fieldset class="group">
    <legend>${view.i18n.t('configurator.styles')}</legend>
    <p class="hint">${view.i18n.t('configurator.stylesHint')}</p>
    <div class="fields styles">${STYLE_KEYS.map((key) => styleControl(key, view))}</div>
  </fieldset>`;
}

export interface ExportView {
  readonly i18n: Localizer<ConfiguratorCatalog>;
  readonly tab: ExportTab;
  readonly snippets: Snippets | undefined;
  readonly issues: readonly ConfigIssue[];
  readonly onTab: (tab: ExportTab, focus?: boolean) => void;
  readonly onCopy: (codeId: string) => void;
}

const codeBlock = (id: string, text: string, view: ExportView) =>
  html`<div class="code"><pre tabindex="0"><code id=${id}>${text}</code></pre><button class="button secondary copy" type="button" aria-describedby=${id} @click=${() => view.onCopy(id)}>${view.i18n.t('configurator.copy')}</button></div>`;

function onTabKey(event: KeyboardEvent, view: ExportView): void {
  const index = EXPORT_TABS.indexOf(view.tab);
  const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: EXPORT_TABS.length - 1 };
  const next = moves[event.key];
  if (next === undefined) return;
  event.preventDefault();
  view.onTab(EXPORT_TABS[(next + EXPORT_TABS.length) % EXPORT_TABS.length]!, true);
}

/** The five exports as tabs, each a read-only code block with a Copy button. */
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
    ${tab === 'html' && snippets.htmlScript ? html`<p class="hint">${i18n.t('configurator.export.scriptNote')}</p>${codeBlock('code-html-script', snippets.htmlScript, view)}` : nothing}`;
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
        >${i18n.t(`configurator.export.${name}` as ConfiguratorMessageKey)}</button>`,
      )}
    </div>
    <div role="tabpanel" id="export-panel" aria-labelledby="tab-${tab}">${panel}</div>
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
