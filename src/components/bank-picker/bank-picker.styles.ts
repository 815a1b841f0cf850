import { css, unsafeCSS } from 'lit';

export const bankPickerStyles = css`
  :host {
    display: block;
    --_list-height: var(--signin-bank-list-height, 20rem);
    /* Every row has this height: the list renders only the rows in view. */
    --_row-height: 3.25rem;
  }
  [part='base'] {
    position: relative;
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  label {
    color: var(--_heading);
    font-weight: 600;
  }
  [part='input'],
  [part='country'] {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-inline: calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  [part='input'] {
    background: var(--_input-background);
  }
  [part='country'] {
    margin-block-end: var(--_spacing);
  }
  [part='input']::placeholder {
    color: var(--_text-muted);
    opacity: 1;
  }
  [part~='input']:focus-visible,
  [part='country']:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 1px;
  }
  /* As tall as its content, up to the list's height: the list inside shrinks and scrolls. */
  .list-area {
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
    max-block-size: var(--_list-height);
    display: flex;
    flex-direction: column;
  }
  /* In the top layer (popover), placed under or over the input by PopupListController. */
  :host([layout='combobox']) .list-area {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 0;
    color: inherit;
    box-shadow: var(--_shadow);
  }
  [part='listbox'] {
    flex: 0 1 auto;
    min-block-size: 0;
    box-sizing: border-box;
    /* As tall as its rows (--_rows, set by the element), up to the list's height. */
    block-size: min(var(--_list-height), var(--_rows) * var(--_row-height));
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Rows come and go as the list scrolls: the browser must not shift the scroll to follow them. */
    overflow-anchor: none;
    /* Its size is fixed: what changes inside (rows as the user types) never relayouts the page. */
    contain: strict;
  }
  :host([layout='combobox']) [part='listbox'] {
    block-size: min(var(--_list-height), min(var(--_rows), 6) * var(--_row-height));
  }
  [part='status-detail'] {
    margin: 0;
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    border-block-start: 1px solid var(--_border);
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  [part='tag'] {
    flex: none;
    padding-inline: calc(var(--_spacing) / 2);
    border: 1px solid;
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
  }
  .missing-note {
    display: grid;
    justify-items: start;
    gap: calc(var(--_spacing) / 2);
    color: var(--_text);
  }
  [part~='missing-link'] {
    color: var(--_link);
    font-weight: 600;
    text-underline-offset: 0.15em;
  }
  [part='option'] {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    inline-size: 100%;
    block-size: var(--_row-height);
    padding-inline: var(--_spacing);
    cursor: pointer;
    overflow: hidden;
  }
  [part='option']:hover {
    background: var(--_hover);
  }
  [part='option'].active {
    background: var(--_hover);
    outline: 2px solid var(--_focus-ring);
    outline-offset: -2px;
  }
  [part='option'][aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_text-muted);
  }
  [part~='logo'] {
    flex: none;
    box-sizing: border-box;
    inline-size: var(--_logo-size);
    block-size: var(--_logo-size);
    border-radius: 50%;
    object-fit: contain;
  }
  [part~='monogram'] {
    display: grid;
    place-items: center;
    font-size: 0.75rem;
    font-weight: 700;
    color: #fff;
    background: hsl(var(--_hue, 220) 55% 30%);
  }
  /* Monogram colours by class, not by style attribute: a strict CSP blocks those. */
  ${unsafeCSS(Array.from({ length: 12 }, (_, i) => `.hue-${i} { --_hue: ${i * 30}; }`).join('\n'))}
  .text {
    flex: 1;
    min-inline-size: 0;
    display: grid;
  }
  .name,
  [part='status'] {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .matched-alias {
    color: var(--_text-muted);
  }
  .check {
    flex: none;
    color: var(--_primary);
    font-weight: 700;
  }
  mark {
    background: var(--_highlight);
    color: inherit;
    border-radius: 2px;
  }
  [part='status'] {
    font-size: var(--_font-size-small);
    color: var(--_warning);
  }
  [part='option'][aria-disabled='true'] [part='status'] {
    color: var(--_error);
  }
  .state {
    display: grid;
    gap: var(--_spacing);
    justify-items: start;
    align-content: start;
    padding: var(--_spacing);
    color: var(--_text-muted);
  }
  [part='error'] {
    color: var(--_error);
  }
  button.secondary {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-inline: calc(var(--_spacing) * 2);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_link);
    font: inherit;
    cursor: pointer;
  }
  [part='skeleton'] {
    justify-items: stretch;
    gap: 0;
  }
  .skeleton-row {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    block-size: var(--_row-height);
  }
  .skeleton-logo,
  .skeleton-text {
    background: var(--_surface-muted);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton-logo {
    inline-size: var(--_logo-size);
    block-size: var(--_logo-size);
    border-radius: 50%;
  }
  .skeleton-text {
    block-size: 0.9rem;
    inline-size: 60%;
    border-radius: 4px;
  }
  .skeleton-row:nth-child(odd) .skeleton-text {
    inline-size: 45%;
  }
  @keyframes pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-logo,
    .skeleton-text {
      animation: none;
    }
  }
`;
