import { html, nothing } from 'lit';
import type { WidgetConfig } from '../../config/widget-config.js';
import { FLOW_STEPS, type FlowMachine } from '../../core/flow/flow-machine.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { CatalogClientLike } from '../../core/catalog/catalog-client.js';
import type { ProviderClientLike } from '../../core/flow/provider-client.js';

export interface WidgetView {
  readonly i18n: Localizer;
  readonly catalogClient: CatalogClientLike;
  readonly providerClient: ProviderClientLike;
  /** The bank window is open: no way back until it ends. */
  readonly busy: boolean;
  readonly onBack: () => void;
  readonly onOtherBank: () => void;
}

/** The heading of the current step. */
export function stepTitle(flow: FlowMachine, i18n: Localizer): string {
  if (flow.step === 'result') return i18n.t(flow.outcome === 'success' ? 'widget.title.success' : 'widget.title.error');
  return i18n.t(`widget.title.${flow.step}`, { bank: flow.bank?.name ?? '' });
}

function stepContent(flow: FlowMachine, config: WidgetConfig, view: WidgetView) {
  const locale = view.i18n.locale;
  switch (flow.step) {
    case 'bank':
      return html`<signin-bank-picker
        layout="list"
        api-base=${config.apiBase}
        missing-bank-url=${config.missingBankUrl ?? ''}
        missing-bank-email=${config.missingBankEmail ?? ''}
        .catalogClient=${view.catalogClient} country=${config.country ?? ''} locale=${locale} value=${flow.bank?.id ?? config.bank ?? ''}></signin-bank-picker>`;
    case 'consents':
      return html`<p part="chosen-bank" class="chosen-bank">${view.i18n.t('widget.chosenBank', { bank: flow.bank?.name ?? '' })}</p>
        <signin-consents hide-legend locale=${locale} .consents=${config.consents} terms-url=${config.termsUrl ?? ''} privacy-url=${config.privacyUrl ?? ''}></signin-consents>`;
    default:
      return html`<signin-launcher
        api-base=${config.apiBase}
        client-id=${config.clientId}
        owner-external-id=${config.ownerExternalId}
        locale=${locale}
        mode=${config.mode}
        return-url=${config.returnUrl ?? ''}
        .popupTimeoutMs=${config.popupTimeoutMs}
        .providerClient=${view.providerClient}
        .bank=${flow.bank}
        .consents=${flow.consents ?? []}
        >${flow.outcome === 'error'
          ? html`<button slot="actions" class="button secondary" type="button" @click=${view.onOtherBank}>${view.i18n.t('widget.otherBank')}</button>`
          : nothing}</signin-launcher
      >`;
  }
}

/** Steps indicator, live region, and the current step with its heading and back button. */
export function renderWidget(flow: FlowMachine, config: WidgetConfig, view: WidgetView) {
  const { i18n } = view;
  const title = stepTitle(flow, i18n);
  const position = flow.position;
  return html`<div part="base">
    <ol part="steps" aria-label=${i18n.t('widget.progress')}>
      ${FLOW_STEPS.map((step, index) => {
        // A failed sign-in is not done: its step and the last one say so.
        const failed = flow.outcome === 'error' && index >= FLOW_STEPS.indexOf('authorize');
        const state = failed ? 'failed' : index + 1 < position ? 'done' : '';
        const label = failed && step === 'result' ? i18n.t('widget.step.failed') : i18n.t(`widget.step.${step}`);
        return html`<li part="step" class=${state} aria-current=${index + 1 === position ? 'step' : 'false'}><span class="label">${label}</span></li>`;
      })}
    </ol>
    <p class="visually-hidden" role="status">${i18n.t('widget.stepStatus', { position, total: FLOW_STEPS.length, title })}</p>
    <section part="panel" aria-labelledby="title">
      <div class="head">
        ${flow.canGoBack && !view.busy
          ? html`<button part="back-button" class="back" type="button" @click=${view.onBack}><span aria-hidden="true">←</span> ${i18n.t('widget.back')}</button>`
          : nothing}
        <h2 part="title" id="title" tabindex="-1">${title}</h2>
      </div>
      ${stepContent(flow, config, view)}
    </section>
  </div>`;
}
