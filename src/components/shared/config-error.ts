import { css, html } from 'lit';
import type { ConfigIssue } from '../../config/parse-config.js';
import type { Localizer } from '../../i18n/localizer.js';

/** The error state shown instead of an element whose configuration does not validate. */
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

/** The look of {@link configErrorState}, shared by every element that shows it. */
export const configErrorStyles = css`
  .config-error .title {
    margin: 0;
  }
  .config-error ul {
    margin: var(--_spacing) 0 0;
    padding-inline-start: 1.25em;
    font-weight: 400;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    overflow-wrap: anywhere;
  }
`;
