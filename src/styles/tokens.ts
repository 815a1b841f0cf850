import { css, unsafeCSS } from 'lit';
import { TOKENS, type TokenEntry } from './token-names.js';

const entries: readonly TokenEntry[] = Object.values(TOKENS);
/**
 * `auto` (the default of colorOnPrimary): white on a dark brand colour, near-black on a light one,
 * from the colour's OKLCH lightness (relative colour syntax; 0.6 is about where white and black
 * read equally well), so a brand colour set alone always gets readable text.
 */
const AUTO_ON_PRIMARY = 'oklch(from var(--_primary) clamp(0.2, (0.6 - l) * 1000, 1) 0 0)';
const cssValue = (value: string) => (value === 'auto' ? AUTO_ON_PRIMARY : value);
const themed = entries.filter((entry) => entry[3] !== undefined && entry[4]);
/** `--_theme-*` values of a theme; `initial` makes every `var(--_theme-x, light)` fall back to light. */
const themeValues = (dark: boolean) => themed.map(([, , , darkValue, name]) => `--_theme-${name}: ${dark ? darkValue : 'initial'};`).join('');
// `--_primary: var(--signin-color-primary, var(--_theme-primary, #1d4ed8))`: the public token
// wins, then the theme (set by this element's `theme` or inherited from an ancestor's), then light.
const mapped = entries
  .filter((entry) => entry[4])
  .map(([name, , light, dark, own]) => `--_${own}: var(--signin-${name}, ${dark === undefined ? cssValue(light) : `var(--_theme-${own}, ${light})`});`)
  .join('');

// A dark element paints its own background (a light one leaves the page's): on a light page it
// is a box of its own, so its content keeps off the edges.
const painted = 'padding: calc(var(--_spacing) * 2); border-radius: var(--_radius);';

// Whole rules, so that the template below stays plain CSS for the linters (which also predate
// color-scheme). Reduced motion: no animation or transition, whatever a component says.
const generated = unsafeCSS(`:host { ${mapped} }
:host(:state(light)), :host(:state(auto)) { color-scheme: light; ${themeValues(false)} }
:host(:state(dark)) { color-scheme: dark; ${themeValues(true)} ${painted} }
@media (prefers-color-scheme: dark) { :host(:state(auto)) { color-scheme: dark; ${themeValues(true)} ${painted} } }
@media (prefers-reduced-motion: reduce) { *, ::before, ::after { animation: none !important; transition: none !important; } }`);

/**
 * The design tokens every element reads. Each `--signin-*` custom property may be set on
 * any ancestor (or `:root`); the private `--_*` copies carry the defaults (token-names.ts).
 * The element's theme state (`:state(dark)`, or `auto` in a dark system; see theme.ts) defines the
 * `--_theme-*` values, which inherit through shadow roots: a theme set on the widget reaches the
 * elements inside it.
 */
export const tokens = css`
  ${generated}
  :host {
    background: var(--_background);
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
