import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';
import { canRetry } from '../../core/flow/error-codes.js';
import { en, type MessageKey } from '../../i18n/en.js';

/** Where a launcher is in its flow. */
export const LAUNCHER_STATUSES = ['idle', 'waiting', 'blocked', 'redirecting', 'failed', 'done'] as const;
export type LauncherStatus = (typeof LAUNCHER_STATUSES)[number];

export interface LauncherView {
  readonly i18n: Localizer;
  readonly bankName: string;
  /** The bank opens in this window (redirect mode, or an in-app browser in auto mode). */
  readonly sameWindow?: boolean;
  /** Why the previous attempt stopped, shown above the button. */
  readonly notice: 'closed' | 'cancelled' | '';
  readonly errorCode: string;
  readonly onStart: () => void;
  readonly onRedirect: () => void;
  readonly onFocusPopup: () => void;
  readonly onCancel: () => void;
}

/**
 * The user-facing text of an error code: `error.<code>` of the catalogs, the one list of the codes
 * that have their own text (the provider's `bank_down` reads as BankUnavailable), else the generic one.
 */
export function errorMessage(code: string, bank: string, i18n: Localizer): string {
  const key = `error.${code === 'bank_down' ? 'BankUnavailable' : code}`;
  return i18n.t(Object.hasOwn(en, key) ? (key as MessageKey) : 'error.generic', { bank });
}

export function renderLauncher(state: LauncherStatus, view: LauncherView) {
  const { i18n, bankName: bank } = view;
  const button = (label: string, part: string, onClick: () => void, secondary = true) =>
    html`<button part=${part} class="button ${secondary ? 'secondary' : ''}" type="button" @click=${onClick}>${label}</button>`;
  const retry = button(i18n.t('launcher.retry'), 'button', view.onStart, false);
  let content;
  switch (state) {
    case 'waiting':
      content = html`<div part="status" class="status" role="status">
          <span class="spinner" aria-hidden="true"></span>
          <p><strong>${i18n.t('launcher.waiting')}</strong> <span class="hint">${i18n.t('launcher.waitingHint', { bank })}</span></p>
        </div>
        <div class="actions">${button(i18n.t('launcher.focus'), 'focus-button', view.onFocusPopup)}${button(i18n.t('launcher.cancel'), 'cancel-button', view.onCancel)}</div>`;
      break;
    case 'blocked':
      content = html`<div part="error" role="alert"><p>${i18n.t('launcher.blocked')}</p><p class="hint">${i18n.t('launcher.blockedHint')}</p></div>
        <div class="actions">${retry}${button(i18n.t('launcher.redirect'), 'redirect-button', view.onRedirect)}</div>`;
      break;
    case 'redirecting':
      content = html`<div part="status" class="status" role="status"><span class="spinner" aria-hidden="true"></span><p>${i18n.t('launcher.redirecting', { bank })}</p></div>`;
      break;
    case 'failed':
      content = html`<div part="error" role="alert"><p>${errorMessage(view.errorCode, bank, i18n)}</p></div>
        <div class="actions">${canRetry(view.errorCode) ? retry : nothing}<slot name="actions"></slot></div>`;
      break;
    case 'done':
      content = html`<div part="status" class="status success" role="status"><span class="check" aria-hidden="true">✓</span><p>${i18n.t('launcher.success', { bank })}</p></div>`;
      break;
    default:
      content = html`${view.notice ? html`<p class="notice" role="status">${i18n.t(view.notice === 'closed' ? 'launcher.closed' : 'launcher.cancelled')}</p>` : nothing}
        <p class="hint">${i18n.t(view.sameWindow ? 'launcher.introRedirect' : 'launcher.intro')}</p>
        <div class="actions">${button(i18n.t('launcher.continue', { bank }), 'button', view.onStart, false)}</div>`;
  }
  return html`<div part="base">${content}</div>`;
}
