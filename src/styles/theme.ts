import type { PropertyDeclaration } from 'lit';
import { themeSchema, type Theme } from '../config/choices.js';

export type { Theme };

/**
 * Options of the `theme` property: `theme: themeProperty` in `static get properties()` with a
 * field `theme?: Theme;` (no default, or an inner element would override the theme it inherits).
 * The attribute is the integrator's: the element only reads it, and shows its theme through
 * {@link showTheme}.
 */
export const themeProperty: PropertyDeclaration = { reflect: true };

/**
 * Shows `theme` through the element's custom states (`:state(dark)`…), which the rules of
 * tokens.ts read: the element owns them, so no host attribute is ever written by two parties.
 * Unset, the element inherits the theme of the element around it (the `--_theme-*` values of
 * tokens.ts inherit through shadow roots), else light.
 */
export function showTheme(internals: ElementInternals, theme: Theme | undefined): void {
  for (const name of themeSchema.options) if (name !== theme) internals.states.delete(name);
  if (theme && themeSchema.options.includes(theme)) internals.states.add(theme);
}
