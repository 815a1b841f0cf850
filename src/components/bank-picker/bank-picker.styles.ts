import { css, unsafeCSS } from 'lit';

export const bankPickerStyles = css`
  :host {
    display: block;
    --_list-height: var(--signin-bank-list-height, 20rem);
  }
  [part='base'] {
    position: relative;
    display: grid;
    gap: calc(var(--_spacing) / 2);
  }
  label {
    font-weight: 600;
  }
  [part='input'] {
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
  [part='input']:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 1px;
  }
  [part='listbox'] {
    box-sizing: border-box;
    max-block-size: var(--_list-height);
    overflow-y: auto;
    margin: 0;
    padding: calc(var(--_spacing) / 2);
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :host([layout='combobox']) [part='listbox'] {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 100%;
    z-index: 10;
    margin-block-start: calc(var(--_spacing) / 2);
    box-shadow: var(--_shadow);
  }
  [part='option'] {
    display: flex;
    align-items: center;
    gap: var(--_spacing);
    min-block-size: 2.75rem;
    padding-inline: var(--_spacing);
    border-radius: calc(var(--_radius) - 2px);
    cursor: pointer;
  }
  [part='option'][aria-selected='true'] {
    font-weight: 600;
  }
  [part='option'].active {
    background: var(--_surface-muted);
    outline: 2px solid var(--_focus-ring);
    outline-offset: -2px;
  }
  [part='option'][aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_text-muted);
  }
  [part='logo'] {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: var(--_logo-size);
    block-size: var(--_logo-size);
    border-radius: 50%;
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
    padding-block: calc(var(--_spacing) / 2);
    overflow-wrap: anywhere;
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
  .more,
  [part='empty'] {
    padding: var(--_spacing);
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }
  [part='empty'] {
    display: grid;
    gap: var(--_spacing);
    justify-items: start;
  }
  [part='missing-button'] {
    min-block-size: 2.75rem;
    padding-inline: calc(var(--_spacing) * 2);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
  }
`;
