import { html, nothing } from 'lit';
import type { WidgetConfig } from '../../config/widget-config.js';
import { FLOW_STEPS, type FlowMachine } from '../../core/flow/flow-machine.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { CatalogClientLike } from '../../core/catalog/catalog-client.js';
import type { ProviderClientLike } from '../../core/flow/provider-client.js';
import type { AccessMode } from '../../core/protocol/primitives.js';

export interface WidgetView {
  readonly i18n: Localizer;
  readonly catalogClient: CatalogClientLike;
  readonly providerClient: ProviderClientLike;
  /** The bank window is open: no way back until it ends. */
  readonly busy: boolean;
  readonly onBack: () => void;
  readonly onOtherBank: () => void;
  /** The renewal of a reconnect token: `checking`, `''`, or the code it failed with. */
  readonly renewal: string;
  /** The access the consents ask for, and for how many days. */
  readonly accessMode: AccessMode;
  readonly accessDays: number;
  /** The reconnect token the session renews, when the flow is a renewal. */
  readonly reconnectToken: string;
  /** The ids of the banks connected in this widget. */
  readonly connected: readonly string[];
  /** "Connect another bank" after a success (`multi-bank`). */
  readonly onAnotherBank: (() => void) | undefined;
}

/** Why a reconnect token does not work, in the user's words. */
const renewalNotice = (code: string) => (code === 'reconnect_token_used' ? 'widget.renewUsed' : code === 'reconnect_token_expired' ? 'widget.renewExpired' : 'widget.renewInvalid');

/** The heading of the current step. */
export function stepTitle(flow: FlowMachine, i18n: Localizer): string {
  if (flow.step === 'result') return i18n.t(flow.outcome === 'success' ? 'widget.title.success' : 'widget.title.error');
  return i18n.t(flow.renewing && flow.step === 'consents' ? 'widget.title.renew' : `widget.title.${flow.step}`, { bank: flow.bank?.name ?? '' });
}

function stepContent(flow: FlowMachine, config: WidgetConfig, view: WidgetView) {
  const locale = view.i18n.locale;
  switch (flow.step) {
    case 'bank':
      if (view.renewal === 'checking') return html`<p part="notice" role="status">${view.i18n.t('widget.renewChecking')}</p>`;
      return html`${view.renewal ? html`<p part="notice" class="error" role="alert">${view.i18n.t(renewalNotice(view.renewal))} ${view.i18n.t('widget.renewAnew')}</p>` : nothing}<signin-bank-picker
        layout="list"
        api-base=${config.apiBase}
        missing-bank-url=${config.missingBankUrl ?? ''}
        missing-bank-email=${config.missingBankEmail ?? ''}
        .catalogClient=${view.catalogClient}
        .connected=${view.connected}
        country=${config.country ?? ''}
        locale=${locale}
        value=${flow.bank?.id ?? config.bank ?? ''}
      ></signin-bank-picker>`;
    case 'consents':
      return html`<p part="chosen-bank" class="chosen-bank">${view.i18n.t('widget.chosenBank', { bank: flow.bank?.name ?? '' })}</p>
        <signin-consents
          hide-legend
          locale=${locale}
          .consents=${config.consents}
          terms-url=${config.termsUrl ?? ''}
          privacy-url=${config.privacyUrl ?? ''}
          access-mode=${view.accessMode}
          access-days=${view.accessDays}
        ></signin-consents>`;
    default:
      return html`<signin-launcher
        api-base=${config.apiBase}
        client-id=${config.clientId}
        owner-external-id=${config.ownerExternalId}
        locale=${locale}
        mode=${config.mode}
        return-url=${config.returnUrl ?? ''}
        .popupTimeoutMs=${config.popupTimeoutMs}
        access-mode=${flow.access?.mode ?? 'single'}
        access-days=${view.accessDays}
        reconnect-token=${view.reconnectToken}
        .providerClient=${view.providerClient}
        .bank=${flow.bank}
        .consents=${flow.consents ?? []}
        >${flow.outcome === 'error'
          ? html`<button slot="actions" class="button secondary" type="button" @click=${view.onOtherBank}>${view.i18n.t('widget.otherBank')}</button>`
          : nothing}</signin-launcher
        >${flow.outcome === 'success' && view.onAnotherBank
          ? html`<button part="another-bank" class="button secondary" type="button" @click=${view.onAnotherBank}>${view.i18n.t('widget.anotherBank')}</button>`
          : nothing}`;
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
