import { css, unsafeCSS } from 'lit';

// A narrow widget names the current step only (the others keep their label for screen readers),
// so no language's word has to break. As a string: lit-analyzer's CSS data predates container queries.
const narrowSteps = unsafeCSS(`[part='base'] { container-type: inline-size; }
@container (max-width: 30rem) {
  [part~='step'][aria-current='step'] { flex-grow: 5; }
  [part~='step']:not([aria-current='step']) .label { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
}`);

export const widgetStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_spacing) * 2.5);
  }
  [part='steps'] {
    display: flex;
    gap: var(--_spacing);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
    font-size: var(--_font-size-small);
  }
  [part~='step'] {
    flex: 1 1 0;
    min-inline-size: 0;
    padding-block-start: calc(var(--_spacing) * 0.75);
    border-block-start: 4px solid var(--_border);
    color: var(--_text-muted);
    counter-increment: step;
    /* Words break at hyphenation points, never mid-syllable; a narrow widget shows the label of
       the current step only (below), so no language's word has to break at all. */
    hyphens: auto;
    overflow-wrap: break-word;
  }
  [part~='step']::before {
    content: counter(step);
    display: block;
  }
  [part~='step'].done {
    border-color: var(--_primary);
  }
  ${narrowSteps}
  [part~='step'][aria-current='step'] {
    border-color: var(--_primary);
    color: var(--_text);
    font-weight: 700;
  }
  /* After the current step's rule: a failed sign-in is red, current or not. */
  [part~='step'].failed {
    border-color: var(--_error);
    color: var(--_error);
  }
  [part='chosen-bank'],
  [part='notice'] {
    margin: 0;
    color: var(--_text-muted);
    font-weight: 600;
  }
  [part='notice'].error {
    color: var(--_error);
  }
  [part='another-bank'] {
    justify-self: start;
  }
  [part='panel'] {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }
  .head {
    display: grid;
    justify-items: start;
    gap: calc(var(--_spacing) / 2);
  }
  [part='title'] {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  [part='title']:focus {
    outline: none;
  }
  [part='title']:focus-visible {
    outline: 3px solid var(--_focus-ring);
  }
  .back {
    min-block-size: 2.75rem;
    margin-inline-start: calc(var(--_spacing) * -1);
    padding-inline: var(--_spacing);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
`;
