import { html, nothing } from 'lit';
import type { ConsentDefinition } from '../../core/consents/consent-state.js';
import type { LabelPart } from '../../core/consents/label-markup.js';
import type { Localizer } from '../../i18n/localizer.js';

// The icon after a link never wraps alone onto a new line: it stays with the last word.
const lastWord = (text: string) => /\S*$/.exec(text)?.[0] ?? '';
const head = (text: string) => text.slice(0, text.length - lastWord(text).length);

/**
 * A consent label, parsed once by `parseLabel`: plain text and `[text](url)` links, never HTML.
 * Links open in a new tab without access to this page (`rel="noopener noreferrer"`) and say so to
 * screen readers.
 */
export function consentLabel(label: readonly LabelPart[], i18n: Localizer) {
  return label.map((part) =>
    part.type === 'text'
      ? part.text
      : html`<a href=${part.href} target="_blank" rel="noopener noreferrer"
          >${head(part.text)}<span class="nowrap"
            >${lastWord(part.text)}<svg class="external" viewBox="0 0 16 16" aria-hidden="true"><path d="M7 3H3v10h10V9M10 2h4v4M14 2 7.5 8.5" /></svg></span
          ><span class="visually-hidden"> ${i18n.t('consents.newTab')}</span></a
        >`,
  );
}

/** One consent: its checkbox and label (with the required/optional tag), and its details. */
export function renderConsent(definition: ConsentDefinition, label: readonly LabelPart[], i: number, accepted: boolean, invalid: boolean, onToggle: (event: Event) => void, i18n: Localizer) {
  return html`<li part="consent" class=${invalid ? 'missing' : ''}>
    <label part="label" class="row">
      <input
        part="checkbox"
        type="checkbox"
        id="consent-${i}"
        .checked=${accepted}
        ?required=${definition.required}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? 'error' : nothing}
        @change=${onToggle}
      />
      <span class="text">
        ${consentLabel(label, i18n)}
        <span class="tag">${i18n.t(definition.required ? 'consents.required' : 'consents.optional')}</span>
      </span>
    </label>
    ${definition.details
      ? html`<details part="details">
          <summary>${i18n.t('consents.details')}</summary>
          <p class="details-text">${definition.details}</p>
        </details>`
      : nothing}
  </li>`;
}
