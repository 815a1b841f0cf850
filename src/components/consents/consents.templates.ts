import { html } from 'lit';
import type { ConfigIssue } from '../../config/parse-config.js';
import { parseLabel } from '../../core/consents/label-markup.js';
import type { Localizer } from '../../i18n/localizer.js';

// The icon after a link never wraps alone onto a new line: it stays with the last word.
const lastWord = (text: string) => /\S*$/.exec(text)?.[0] ?? '';
const head = (text: string) => text.slice(0, text.length - lastWord(text).length);

/**
 * A consent label: plain text and `[text](url)` links, never HTML. Links open in a new tab
 * without access to this page (`rel="noopener noreferrer"`) and say so to screen readers.
 */
export function consentLabel(label: string, i18n: Localizer) {
  return parseLabel(label).map((part) =>
    part.type === 'text'
      ? part.text
      : html`<a href=${part.href} target="_blank" rel="noopener noreferrer"
          >${head(part.text)}<span class="nowrap"
            >${lastWord(part.text)}<svg class="external" viewBox="0 0 16 16" aria-hidden="true"><path d="M7 3H3v10h10V9M10 2h4v4M14 2 7.5 8.5" /></svg></span
          ><span class="visually-hidden"> ${i18n.t('consents.newTab')}</span></a
        >`,
  );
}

/** The error state shown instead of the element when its configuration does not validate. */
export function configErrorState(issues: readonly ConfigIssue[], i18n: Localizer) {
  return html`<div part="base">
    <div part="error" class="config-error" role="alert">
      <p class="title">${i18n.t('config.errorTitle')}</p>
      <ul>
        ${issues.map((issue) => html`<li><code>${i18n.t('config.errorField', { field: issue.field, message: issue.message })}</code></li>`)}
      </ul>
    </div>
  </div>`;
}
