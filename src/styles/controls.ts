import { css } from 'lit';
import { configErrorStyles } from '../components/shared/config-error.js';

/** Buttons, alert boxes and the configuration-error list shared by the flow elements. */
const controls = css`
  .button {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    padding-inline: calc(var(--_spacing) * 2.5);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_primary) 88%, black);
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button.secondary:hover {
    background: color-mix(in srgb, var(--_primary) 10%, transparent);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
  :focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_spacing);
  }
  p {
    margin: 0;
  }
  [part~='error'] {
    display: grid;
    gap: calc(var(--_spacing) / 2);
    padding: var(--_spacing) calc(var(--_spacing) * 1.5);
    border-inline-start: 4px solid var(--_error);
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, var(--_error) 8%, var(--_surface));
    color: var(--_error);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
`;

/** Buttons, alerts, and the configuration-error list. */
export const controlStyles = [controls, configErrorStyles];
