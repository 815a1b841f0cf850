import { css } from 'lit';

/**
 * The design tokens every element reads. Each `--signin-*` custom property may be set on
 * any ancestor (or `:root`); the private `--_*` copies carry the defaults.
 */
export const tokens = css`
  :host {
    --_primary: var(--signin-color-primary, #1d4ed8);
    --_on-primary: var(--signin-color-on-primary, #ffffff);
    --_surface: var(--signin-color-surface, #ffffff);
    --_surface-muted: var(--signin-color-surface-muted, #f3f4f6);
    --_text: var(--signin-color-text, #111827);
    --_text-muted: var(--signin-color-text-muted, #4b5563);
    --_border: var(--signin-color-border, #9ca3af);
    --_error: var(--signin-color-error, #b91c1c);
    --_warning: var(--signin-color-warning, #92400e);
    --_highlight: var(--signin-color-highlight, #fef08a);
    --_focus-ring: var(--signin-color-focus-ring, #2563eb);
    --_radius: var(--signin-radius, 8px);
    --_font-family: var(--signin-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--signin-font-size, 1rem);
    --_font-size-small: var(--signin-font-size-small, 0.875rem);
    --_spacing: var(--signin-spacing, 0.5rem);
    --_logo-size: var(--signin-logo-size, 2rem);
    --_shadow: var(--signin-shadow, 0 4px 16px rgb(0 0 0 / 0.12));

    font-family: var(--_font-family);
    font-size: var(--_font-size);
    color: var(--_text);
  }

  :host([hidden]) {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
