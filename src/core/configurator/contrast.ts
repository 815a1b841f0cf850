import type { Styles } from '../../config/styles.js';
import { TOKENS, type StyleKey, type TokenEntry } from '../../styles/token-names.js';
import { contrastRatio, nearestPassing, over, parseColor, rgbToOklch, toHex, type Rgba } from './color.js';

/** WCAG 2.2 AA minimums: body text (1.4.3) and large text or UI parts (1.4.11). */
export const AA_TEXT = 4.5;
export const AA_UI = 3;

/** A text/background pair the tokens produce: `fg` is read against `bg`. */
export interface ContrastPair {
  readonly id: string;
  readonly fg: StyleKey;
  readonly bg: StyleKey;
  readonly min: number;
}

/** Every pair the widget paints, with the minimum WCAG 2.2 AA asks of it. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { id: 'text', fg: 'colorText', bg: 'colorSurface', min: AA_TEXT },
  { id: 'textBackground', fg: 'colorText', bg: 'colorBackground', min: AA_TEXT },
  { id: 'textInput', fg: 'colorText', bg: 'colorInputBackground', min: AA_TEXT },
  { id: 'textHover', fg: 'colorText', bg: 'colorHover', min: AA_TEXT },
  { id: 'textHighlight', fg: 'colorText', bg: 'colorHighlight', min: AA_TEXT },
  { id: 'heading', fg: 'colorHeading', bg: 'colorSurface', min: AA_TEXT },
  { id: 'muted', fg: 'colorTextMuted', bg: 'colorSurface', min: AA_TEXT },
  { id: 'mutedQuiet', fg: 'colorTextMuted', bg: 'colorSurfaceMuted', min: AA_TEXT },
  { id: 'link', fg: 'colorLink', bg: 'colorSurface', min: AA_TEXT },
  { id: 'onPrimary', fg: 'colorOnPrimary', bg: 'colorPrimary', min: AA_TEXT },
  { id: 'primary', fg: 'colorPrimary', bg: 'colorSurface', min: AA_UI },
  { id: 'danger', fg: 'colorDanger', bg: 'colorSurface', min: AA_TEXT },
  { id: 'warning', fg: 'colorWarning', bg: 'colorSurface', min: AA_TEXT },
  { id: 'success', fg: 'colorSuccess', bg: 'colorSurface', min: AA_TEXT },
  { id: 'border', fg: 'colorBorder', bg: 'colorSurface', min: AA_UI },
  { id: 'focus', fg: 'colorFocusRing', bg: 'colorSurface', min: AA_UI },
  { id: 'focusBackground', fg: 'colorFocusRing', bg: 'colorBackground', min: AA_UI },
];
export type PairId = (typeof CONTRAST_PAIRS)[number]['id'];

export type AuditTheme = 'light' | 'dark';

/**
 * One pair measured in one theme. `fix` (when it fails): the token to set and the value that
 * passes; `everyTheme: false` when no value of that token passes in every audited theme (a token
 * set in `styles` applies to both themes: pin the theme, or accept the other theme's failure).
 */
export interface ContrastResult extends ContrastPair {
  readonly theme: AuditTheme;
  /** The ratio, rounded down to one decimal as it is shown (so 4.49 never shows as a passing 4.5). */
  readonly ratio: number;
  readonly pass: boolean;
  readonly fix?: { readonly key: StyleKey; readonly value: string; readonly everyTheme: boolean };
}

/** Reads a CSS colour as sRGB; the element passes one that also knows named colours (the browser's). */
export type ColorResolver = (text: string) => Rgba | undefined;

const byPrivateName = new Map((Object.entries(TOKENS) as [StyleKey, TokenEntry][]).filter(([, e]) => e[4]).map(([key, e]) => [e[4]!, key]));

/** The value of a token in a theme: the one set in `styles`, else the theme's default (a `var(--_x)` default follows token x). */
export function tokenValue(styles: Styles, key: StyleKey, theme: AuditTheme, depth = 0): string {
  const entry: TokenEntry = TOKENS[key];
  const value = styles[key]?.trim() || (theme === 'dark' && entry[3] !== undefined ? entry[3] : entry[2]);
  const followed = /^var\(--_([\w-]+)\)$/.exec(value)?.[1];
  const target = followed ? byPrivateName.get(followed) : undefined;
  return target && depth < 5 ? tokenValue(styles, target, theme, depth + 1) : value;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * The colour a token paints in a theme, opaque (a translucent one over what is behind it), or
 * undefined when it cannot be read or is transparent (the page shows through: nothing to measure).
 * `colorOnPrimary: auto` is the white or near-black tokens.ts picks from the brand colour's lightness.
 */
export function tokenColor(styles: Styles, key: StyleKey, theme: AuditTheme, resolve: ColorResolver = parseColor): Rgba | undefined {
  const value = tokenValue(styles, key, theme);
  if (key === 'colorOnPrimary' && value === 'auto') {
    const primary = tokenColor(styles, 'colorPrimary', theme, resolve);
    if (!primary) return undefined;
    // oklch(from primary clamp(0.2, (0.6 - l) * 1000, 1) 0 0): white below 0.6, oklch(0.2 0 0) above.
    return rgbToOklch(primary).l < 0.6 ? WHITE : parseColor('oklch(0.2 0 0)');
  }
  const color = resolve(value);
  if (!color || color.a === 0) return undefined;
  if (color.a >= 1) return color;
  const behind = key === 'colorSurface' || key === 'colorBackground' ? WHITE : (tokenColor(styles, 'colorSurface', theme, resolve) ?? WHITE);
  return over(color, behind);
}

const floor1 = (ratio: number) => Math.floor(ratio * 10) / 10;

/**
 * Measures every {@link CONTRAST_PAIRS} pair in each of `themes` against WCAG 2.2 AA. A pair whose
 * background is transparent (the page's own) is left out. A failing pair gets the least move of its
 * text colour that passes (along OKLCH lightness) — in every theme audited when one value can, else
 * in its own.
 */
export function auditContrast(styles: Styles, themes: readonly AuditTheme[] = ['light', 'dark'], resolve: ColorResolver = parseColor): ContrastResult[] {
  const results: ContrastResult[] = [];
  for (const theme of themes) {
    for (const pair of CONTRAST_PAIRS) {
      const fg = tokenColor(styles, pair.fg, theme, resolve);
      const bg = tokenColor(styles, pair.bg, theme, resolve);
      if (!fg || !bg) continue;
      const ratio = floor1(contrastRatio(fg, bg));
      const pass = ratio >= pair.min;
      let fix: ContrastResult['fix'];
      if (!pass) {
        // A little above the minimum, so the shown (rounded-down) ratio passes too.
        const target = pair.min + 0.05;
        const backgrounds = themes.map((t) => tokenColor(styles, pair.bg, t, resolve)).filter((c): c is Rgba => c !== undefined);
        const everyTheme = nearestPassing(fg, backgrounds, target);
        // Against any opaque colour, white or black reaches 4.55:1 (the worst case is about 4.58:1): a value is always found.
        const moved = everyTheme ?? nearestPassing(fg, bg, target);
        if (moved) fix = { key: pair.fg, value: moved, everyTheme: everyTheme !== undefined };
      }
      results.push({ ...pair, theme, ratio, pass, ...(fix ? { fix } : {}) });
    }
  }
  return results;
}

/** The failing results of an audit. */
export const failures = (results: readonly ContrastResult[]) => results.filter((result) => !result.pass);

/** The themes a config can show: the one it pins, or both (`auto` or none: the page or the system decides). */
export function auditThemes(theme: string | undefined): AuditTheme[] {
  return theme === 'light' || theme === 'dark' ? [theme] : ['light', 'dark'];
}

/** `#rrggbb` of a colour value the resolver reads (for a colour picker), else undefined. */
export function hexOf(text: string, resolve: ColorResolver = parseColor): string | undefined {
  const color = resolve(text);
  return color && color.a === 1 ? toHex(color) : undefined;
}
