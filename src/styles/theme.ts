import type { PropertyDeclaration } from 'lit';

/**
 * The colour theme of an element: `light`, `dark`, or `auto` (follows the system's
 * `prefers-color-scheme`). Unset, an element inherits the theme of the element around it
 * (the `--_theme-*` values of tokens.ts inherit through shadow roots), else light.
 */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * Options of the `theme` property: reflected, so the `:host([theme])` rules of tokens.ts apply.
 * Use it as `theme: themeProperty` in `static get properties()` with a field `theme?: Theme;` — no default, or an inner element would
 * override the theme it inherits.
 */
export const themeProperty: PropertyDeclaration = { reflect: true };
