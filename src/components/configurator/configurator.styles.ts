import { css, unsafeCSS } from 'lit';

// Last in the styles (it overrides .layout). Two columns when the element (not the page) is wide enough: it may sit in a narrow panel.
// A string, as in tokens.ts: the template linters predate container queries.
const wide = `:host { container-type: inline-size; }
@container (min-width: 56rem) {
  .layout { grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); align-items: start; }
  .intro { grid-column: 1 / -1; }
  .side { position: sticky; inset-block-start: var(--_spacing); }
}`;

export const configuratorStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_spacing) * 3);
  }
  h1,
  h2 {
    margin: 0;
    color: var(--_heading);
    line-height: 1.3;
  }
  h1 {
    font-size: 1.5em;
  }
  h2,
  legend {
    font-size: var(--_font-size-heading);
    font-weight: 700;
    color: var(--_heading);
  }
  .hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-small);
  }
  .form,
  .side {
    display: grid;
    gap: calc(var(--_spacing) * 3);
    min-inline-size: 0;
  }
  .group {
    display: grid;
    gap: calc(var(--_spacing) * 1.5);
    margin: 0;
    padding: calc(var(--_spacing) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  legend {
    padding-inline: calc(var(--_spacing) / 2);
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: calc(var(--_spacing) * 1.5) calc(var(--_spacing) * 2);
  }
  .field {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    align-content: start;
    min-inline-size: 0;
  }
  .field.wide,
  .fields > .hint.wide {
    grid-column: 1 / -1;
  }
  .fields > .hint.wide {
    margin: 0;
  }
  .field.check {
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    align-content: center;
    gap: calc(var(--_spacing) / 2) var(--_spacing);
  }
  .field.check input {
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
    margin: 0;
  }
  .field.check .field-error {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  label code {
    display: block;
    font-weight: 400;
    color: var(--_text-muted);
  }
  input,
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_input-background);
    color: var(--_text);
    font: inherit;
  }
  textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: var(--_font-size-small);
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .field-error {
    color: var(--_error);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .with-swatch {
    display: flex;
    gap: calc(var(--_spacing) / 2);
  }
  .swatch {
    flex: 0 0 2.75rem;
    inline-size: 2.75rem;
    padding: 2px;
    cursor: pointer;
  }
  .preview,
  .export,
  .import {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_spacing);
    min-inline-size: 0;
  }
  .note {
    font-size: var(--_font-size-small);
    color: var(--_text-muted);
  }
  .note.unreachable {
    color: var(--_warning);
    font-weight: 600;
  }
  .stage {
    padding: calc(var(--_spacing) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    min-block-size: 12rem;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) / 2);
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    min-block-size: 2.5rem;
    padding-inline: calc(var(--_spacing) * 1.5);
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    color: var(--_text-muted);
    font: inherit;
    font-size: var(--_font-size-small);
    font-weight: 600;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_primary);
    color: var(--_text);
  }
  [role='tabpanel'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_spacing);
  }
  .code {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_spacing) / 2);
    min-inline-size: 0;
  }
  pre {
    margin: 0;
    max-block-size: 24rem;
    overflow: auto;
    padding: calc(var(--_spacing) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    color: var(--_text);
    font-size: var(--_font-size-small);
    line-height: 1.45;
  }
  pre code {
    overflow-wrap: normal;
    white-space: pre;
  }
  .copy {
    justify-self: end;
    grid-row: 1;
    min-block-size: 2.25rem;
  }
  .problems {
    color: var(--_error);
    font-size: var(--_font-size-small);
  }
  .problems ul,
  [part~='error'] ul {
    margin: 0;
    padding-inline-start: 1.25em;
    font-weight: 400;
  }
  .preset-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: var(--_spacing);
  }
  .preset {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: calc(var(--_spacing) / 2) var(--_spacing);
    align-items: center;
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 600;
    cursor: pointer;
  }
  .preset:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .preset-swatches {
    display: flex;
    grid-column: 1 / -1;
    grid-row: 2;
  }
  .preset-swatch,
  .fix-swatch {
    display: inline-block;
    inline-size: 1.5rem;
    block-size: 1rem;
    border: 1px solid var(--_border);
  }
  .preset-swatch + .preset-swatch {
    margin-inline-start: -1px;
  }
  .fix-swatch {
    inline-size: 1rem;
    margin-inline-end: calc(var(--_spacing) / 2);
    border-radius: 2px;
    vertical-align: -0.15em;
  }
  details.more {
    display: grid;
    gap: var(--_spacing);
  }
  details.more > summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 2.25rem;
    display: flex;
    align-items: center;
  }
  details.more[open] > summary {
    margin-block-end: var(--_spacing);
  }
  .contrast h2 {
    font-size: var(--_font-size-heading);
  }
  .contrast-pass {
    color: var(--_success);
    font-weight: 600;
  }
  .contrast-fail {
    color: var(--_error);
    font-weight: 600;
  }
  .failures {
    display: grid;
    gap: var(--_spacing);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .failure {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    justify-items: start;
    padding-block-end: var(--_spacing);
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .fix {
    min-block-size: 2.25rem;
    font-size: var(--_font-size-small);
  }
  .share,
  .preview-controls {
    display: grid;
    gap: var(--_spacing);
    min-inline-size: 0;
  }
  .share-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
  }
  .share-row input {
    flex: 1 1 14rem;
    inline-size: auto;
    font-size: var(--_font-size-small);
  }
  .preview-controls {
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    align-items: start;
  }
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_spacing) / 2);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .segmented legend {
    inline-size: 100%;
    padding: 0;
    margin-block-end: calc(var(--_spacing) / 2);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .segmented label {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_spacing) / 2);
    min-block-size: 2.25rem;
    padding-inline: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .segmented label:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    font-weight: 600;
  }
  .segmented input,
  .preset input {
    inline-size: 1.1rem;
    min-block-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
  }
  .stage {
    overflow: auto;
  }
  .stage.dark {
    background: #111827;
  }
  .stage .frame {
    margin-inline: auto;
    inline-size: 100%;
  }
  .stage[data-width='phone'] .frame {
    inline-size: 360px;
  }
  .stage[data-width='tablet'] .frame {
    inline-size: 768px;
  }
  ${unsafeCSS(wide)}
`;
