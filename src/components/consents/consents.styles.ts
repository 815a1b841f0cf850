import { css, unsafeCSS } from 'lit';

// lit-analyzer's CSS data predates accent-color (supported by every current browser).
const accentColor = unsafeCSS('input { accent-color: var(--_primary); }');

export const consentsStyles = css`
  :host {
    display: block;
    --_max-height: var(--signin-consents-max-height, 32rem);
    --_checkbox: var(--signin-checkbox-size, 1.25rem);
    --_pad: calc(var(--_spacing) * 1.5);
    --_subtle-border: color-mix(in srgb, var(--_border) 55%, transparent);
    line-height: 1.5;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) * 2);
    min-inline-size: 0;
  }
  fieldset {
    display: grid;
    gap: var(--_spacing);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_spacing) / 2);
    color: var(--_heading);
    font-size: var(--_font-size-heading);
    font-weight: 600;
  }
  .intro {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }
  [part='list'] {
    display: grid;
    gap: var(--_spacing);
    max-block-size: var(--_max-height);
    overflow-y: auto;
    overscroll-behavior: contain;
    /* Room for the focus rings inside the scrolling box. */
    margin: 0 -4px;
    padding: 4px;
    list-style: none;
  }
  [part='consent'] {
    border: 1px solid var(--_subtle-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding-inline: var(--_pad);
  }
  [part='consent'].missing {
    border-color: var(--_error);
    box-shadow: inset 0 0 0 1px var(--_error);
  }
  .row {
    display: grid;
    grid-template-columns: var(--_checkbox) minmax(0, 1fr);
    column-gap: var(--_pad);
    align-items: start;
    min-block-size: 2.75rem;
    padding-block: 0.625rem;
    box-sizing: border-box;
    cursor: pointer;
  }
  [part='accept-all'] {
    padding-inline: calc(var(--_pad) + 1px);
    font-weight: 600;
  }
  input:is([type='checkbox'], [type='radio']) {
    inline-size: var(--_checkbox);
    block-size: var(--_checkbox);
    margin: 0;
    margin-block-start: calc((1.5em - var(--_checkbox)) / 2);
    cursor: inherit;
  }
  ${accentColor}
  .missing input[type='checkbox'] {
    outline: 2px solid var(--_error);
    outline-offset: 1px;
  }
  .text {
    /* Long words (German compounds) go to the next line whole, hyphenated where the browser can. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .nowrap {
    white-space: nowrap;
  }
  .tag {
    display: inline-block;
    margin-inline-start: calc(var(--_spacing) / 2);
    padding-inline: 0.5em;
    border: 1px solid var(--_subtle-border);
    border-radius: 999px;
    color: var(--_text-muted);
    font-size: 0.75rem;
    line-height: 1.5;
    vertical-align: 0.1em;
    white-space: nowrap;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  .external {
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-start: 0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
  }
  [part='details'] {
    margin-inline-start: calc(var(--_checkbox) + var(--_pad));
    margin-block-start: -0.375rem;
  }
  summary {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_spacing) * 0.75);
    min-block-size: 2.75rem;
    color: var(--_link);
    font-size: var(--_font-size-small);
    font-weight: 600;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    inline-size: 0.4em;
    block-size: 0.4em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  [part='details'][open] summary::before {
    transform: rotate(45deg);
  }
  /* The chevron points to the end of the line: left in right-to-left text. */
  summary:dir(rtl)::before {
    transform: rotate(45deg);
  }
  [part='details'][open] summary:dir(rtl)::before {
    transform: rotate(-45deg);
  }
  .details-text {
    margin: 0 0 var(--_pad);
    padding: var(--_pad);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_surface-muted);
    font-size: var(--_font-size-small);
    white-space: pre-line;
  }
  input:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    border-radius: 2px;
  }
  /* mixed, nothing chosen yet: Continue waits (it says why when pressed). */
  [part='button'][aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.5;
  }
  fieldset:disabled .row,
  fieldset:disabled summary {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* The alert stays in place, empty, so that its message is announced when it comes. */
  [part='error']:empty {
    padding: 0;
    border: 0;
    margin-block-end: calc(var(--_spacing) * -2);
  }
  @media (prefers-reduced-motion: reduce) {
    summary::before {
      transition: none;
    }
  }
`;
