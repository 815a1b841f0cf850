import type { SigninResultMessage } from '../../../src/core/protocol/result.js';
import { html, jsonForScript, Raw } from '../html.js';
import { t, type PageLocale } from '../i18n.js';
import { renderPage, type PageBank } from './layout.js';

export interface CompletionPageOptions {
  locale: PageLocale;
  bank: PageBank;
  message: SigninResultMessage;
  /** The integrator's origin: the postMessage targetOrigin and the "back to" link. */
  targetOrigin: string;
  /** Human-readable reason of a failure. */
  errorText?: string | undefined;
}

/**
 * Popup completion page. `/assets/completion.js` reads the JSON block, posts the message
 * to `window.opener` with `targetOrigin` and closes the window; with no opener the page
 * tells the user to go back to the site.
 */
export function completionPage(options: CompletionPageOptions): string {
  const { locale, bank, message, targetOrigin } = options;
  const site = new URL(targetOrigin).host;
  const heading = message.status === 'success' ? t(locale, 'doneSuccess') : message.status === 'cancelled' ? t(locale, 'doneCancelled') : t(locale, 'doneFailed');
  const data = { message, targetOrigin };
  return renderPage({
    locale,
    bank,
    title: heading,
    body: html`<div class="center result result-${message.status}">
<div class="result-icon" aria-hidden="true">${message.status === 'success' ? '✓' : message.status === 'cancelled' ? '–' : '!'}</div>
<h1>${heading}</h1>
${options.errorText ? html`<p class="muted" id="signin-error-text">${options.errorText}</p>` : ''}
<p id="signin-returning" role="status" hidden>${t(locale, 'doneReturning')}</p>
<p id="signin-no-opener">${t(locale, 'doneNoOpener', { site })}</p>
<p><a class="button secondary" href="${targetOrigin}/">${t(locale, 'backToSite', { site })}</a></p>
</div>
<script type="application/json" id="signin-result">${new Raw(jsonForScript(data))}</script>
<script src="/assets/completion.js"></script>`,
  });
}
