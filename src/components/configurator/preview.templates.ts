import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { WidgetConfigInput } from '../../config/widget-config.js';
import { PREVIEW_STATES } from '../../core/configurator/preview-states.js';
import type { CatalogClientLike } from '../../core/catalog/catalog-client.js';
import type { ProviderClientLike } from '../../core/flow/provider-client.js';
import type { ProviderReachability } from '../../controllers/provider-watch-controller.js';
import type { ConfiguratorCatalog, ConfiguratorMessageKey } from '../../i18n/configurator/index.js';
import type { Localizer } from '../../i18n/localizer.js';

export type PreviewWidth = 'phone' | 'tablet' | 'desktop';
export const PREVIEW_WIDTHS: readonly PreviewWidth[] = ['phone', 'tablet', 'desktop'];
export type PreviewTheme = '' | 'light' | 'dark';

export interface PreviewControlsView {
  readonly i18n: Localizer<ConfiguratorCatalog>;
  readonly state: string;
  readonly width: PreviewWidth;
  readonly theme: PreviewTheme;
  readonly onState: (state: string) => void;
  readonly onWidth: (width: PreviewWidth) => void;
  readonly onTheme: (theme: PreviewTheme) => void;
}

const stateName = (id: string, i18n: Localizer<ConfiguratorCatalog>) =>
  id.startsWith('error-') ? i18n.t('configurator.state.error', { code: id.slice(6) }) : i18n.t(`configurator.state.${id}` as ConfiguratorMessageKey);

/** What the preview shows: the state (a select, grouped), the width and the theme (radio groups: arrow keys move). */
export function renderPreviewControls(view: PreviewControlsView): TemplateResult {
  const { i18n } = view;
  const group = (name: 'flow' | 'errors') =>
    html`<optgroup label=${i18n.t(`configurator.states.${name}`)}>
      ${PREVIEW_STATES.filter((state) => state.group === name).map((state) => html`<option value=${state.id} ?selected=${state.id === view.state}>${stateName(state.id, i18n)}</option>`)}
    </optgroup>`;
  const radios = <T extends string>(name: string, legend: string, options: readonly T[], current: T, text: (option: T) => string, on: (option: T) => void) =>
    html`<fieldset class="segmented">
      <legend>${legend}</legend>
      ${options.map(
        (option) => html`<label><input type="radio" name=${name} value=${String(option)} .checked=${option === current} @change=${() => on(option)} /><span>${text(option)}</span></label>`,
      )}
    </fieldset>`;
  return html`<div class="preview-controls">
    <div class="field">
      <label for="preview-state">${i18n.t('configurator.previewState')}</label>
      <select id="preview-state" @change=${(e: Event) => view.onState((e.target as HTMLSelectElement).value)}>${group('flow')}${group('errors')}</select>
    </div>
    ${radios('preview-width', i18n.t('configurator.previewWidth'), PREVIEW_WIDTHS, view.width, (w) => i18n.t(`configurator.width.${w}`), view.onWidth)}
    ${radios<PreviewTheme>('preview-theme', i18n.t('configurator.previewTheme'), ['', 'light', 'dark'], view.theme, (t) => (t ? i18n.t(`configurator.theme.${t}`) : i18n.t('configurator.themeAsSet')), view.onTheme)}
  </div>`;
}

export interface PreviewView extends PreviewControlsView {
  readonly provider: ProviderReachability;
  /** The provider's address, named in the reachability note. */
  readonly apiBase: string;
  /** The theme the preview shows ('' when neither the switch nor the config sets one). */
  readonly shownTheme: string;
  /** Remounts the widget when it changes (a new state, or the example bank's return). */
  readonly key: string;
  readonly config: Partial<WidgetConfigInput>;
  readonly clients: { readonly catalogClient: CatalogClientLike; readonly providerClient: ProviderClientLike };
  readonly redirectStopped: boolean;
  readonly waitingForBlocker: boolean;
  readonly onRedirect: (event: Event) => void;
}

const REACHABILITY_NOTES = { checking: 'configurator.checking', reachable: 'configurator.reachable', unreachable: 'configurator.unreachable' } as const;

/** The preview: the provider's reachability, its controls, and the real `<signin-widget>` at the chosen width and theme. */
export function renderPreview(view: PreviewView): TemplateResult {
  const { i18n } = view;
  return html`<section class="preview" aria-labelledby="preview-title">
    <h2 id="preview-title">${i18n.t('configurator.preview')}</h2>
    <p class="note ${view.provider}">${i18n.t(REACHABILITY_NOTES[view.provider], { url: view.apiBase })}</p>
    ${renderPreviewControls(view)}
    ${view.redirectStopped ? html`<p class="note">${i18n.t('configurator.redirectStopped')}</p>` : nothing}
    ${view.waitingForBlocker ? html`<p class="note">${i18n.t('configurator.waitingForBlocker')}</p>` : nothing}
    <div class="stage ${view.shownTheme === 'dark' ? 'dark' : ''}" data-width=${view.width}>
      <div class="frame">
        ${view.provider === 'checking'
          ? nothing
          : keyed(
              view.key,
              html`<signin-widget
                .config=${view.config}
                .catalogClient=${view.clients.catalogClient}
                .providerClient=${view.clients.providerClient}
                theme=${ifDefined(view.shownTheme || undefined)}
                @signin-redirect=${view.onRedirect}
              ></signin-widget>`,
            )}
      </div>
    </div>
  </section>`;
}
