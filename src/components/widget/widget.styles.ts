import { css } from 'lit';

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
    overflow-wrap: anywhere;
  }
  [part~='step']::before {
    content: counter(step);
    display: block;
  }
  [part~='step'].done {
    border-color: var(--_primary);
  }
  [part~='step'][aria-current='step'] {
    border-color: var(--_primary);
    color: var(--_text);
    font-weight: 700;
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
