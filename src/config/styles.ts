import * as z from 'zod/mini';
import { refine } from '../core/protocol/primitives.js';
import { TOKENS, tokenProperty, type StyleKey, type TokenKind } from '../styles/token-names.js';
import { parseConfig, type ConfigResult } from './parse-config.js';

const KEYS = Object.keys(TOKENS) as StyleKey[];
// Characters that could end a declaration or smuggle markup: never in a token value.
const UNSAFE = /[;{}<>\\]|\/\*/;
const PROBE: Record<TokenKind, string> = { color: 'color', length: 'width', font: 'font-family', shadow: 'box-shadow' };
/** What a value of each token kind must be: the message of a refused one. */
export const TOKEN_EXPECTED: Record<TokenKind, string> = {
  color: 'must be a CSS colour such as #1d4ed8 or rgb(29 78 216)',
  length: 'must be a CSS length such as 8px or 0.5rem',
  font: 'must be a CSS font-family list',
  shadow: 'must be a CSS box-shadow',
};

/**
 * Whether `value` is a valid CSS value of a token kind. The browser decides (`CSS.supports`);
 * without one (node) only what could break out of a declaration is refused, and the widget
 * checks the value again in the browser when it validates its config.
 */
export function isTokenValue(kind: TokenKind, value: string): boolean {
  const v = value.trim();
  if (!v || UNSAFE.test(v)) return false;
  // A length needs a number or a function: `auto` or `fit-content` are valid widths, not lengths.
  if (kind === 'length' && !/\d|\(/.test(v)) return false;
  return typeof CSS === 'undefined' || !CSS.supports || CSS.supports(PROBE[kind], v);
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The known key closest to an unknown one (by its name or its custom property's), if close. */
export function suggestStyle(unknown: string): StyleKey | undefined {
  const lower = unknown.toLowerCase().replace(/^--signin-/, '');
  let best: StyleKey | undefined;
  let bestDistance = Math.max(3, Math.floor(lower.length / 3)) + 1;
  for (const key of KEYS) {
    for (const name of [key, camel(TOKENS[key][0]), TOKENS[key][0]]) {
      const d = distance(lower, name.toLowerCase());
      if (d < bestDistance) [best, bestDistance] = [key, d];
    }
  }
  return best;
}

const shape = Object.fromEntries(
  KEYS.map((key) => {
    const kind = TOKENS[key][1];
    return [key, z.optional(z.string().check(refine((value) => isTokenValue(kind, value), TOKEN_EXPECTED[kind])))];
  }),
) as Record<StyleKey, z.ZodMiniOptional<z.ZodMiniString>>;

/**
 * The `styles` config: names like Stripe's appearance variables, each setting one `--signin-*`
 * token (`{colorPrimary: '#0a7'}` → `--signin-color-primary: #0a7`). An unknown name is named
 * with the closest known one; a value that is not a CSS colour (or length…) is named too.
 */
export const stylesSchema = z.looseObject(shape).check(
  // A plain check (not superRefine, whose `addIssue` it does not need): its issues are pushed whole.
  z.check<Record<string, unknown>>(
    ({ value: styles, issues }) => {
      for (const key of Object.keys(styles)) {
        if (Object.hasOwn(TOKENS, key)) continue;
        const hint = suggestStyle(key);
        issues.push({ code: 'custom', message: `is not a known style${hint ? ` (did you mean "${hint}"?)` : ''}`, input: key, path: [key] });
      }
    },
    // Runs even when some values are invalid, so an unknown name is reported alongside them.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  ),
);
export type Styles = Partial<Record<StyleKey, string>>;

/** Validates a `styles` object: `{ok, config}` or `{ok: false, issues: [{field, message}]}`. */
export function parseStyles(input: unknown): ConfigResult<Styles> {
  return parseConfig(stylesSchema, input) as ConfigResult<Styles>;
}

/** `--signin-color-primary: #0a7; …` for a `<style>` block of the integrator's own. */
export function stylesToCssText(styles: Styles, priority = ''): string {
  return KEYS.filter((key) => styles[key] !== undefined)
    .map((key) => `${tokenProperty(key)}: ${styles[key]!.trim()}${priority};`)
    .join(' ');
}

/**
 * Validated `styles` as the rule of an element's own (adopted) stylesheet, `:host { --signin-…: v
 * !important }`: the tokens win over the page's CSS, as a config should, and the host's `style`
 * attribute stays the page's. '' when there are none.
 */
export function stylesToHostRule(styles: Styles): string {
  const text = stylesToCssText(styles, ' !important');
  return text ? `:host { ${text} }` : '';
}

/**
 * Sets the tokens of validated `styles` on `element` through the CSSOM (allowed by a strict
 * CSP, unlike a `style` attribute); keys left out are removed. Validate with {@link parseStyles} first.
 */
export function applyStyles(element: ElementCSSInlineStyle, styles: Styles): void {
  for (const key of KEYS) {
    const value = styles[key];
    if (value === undefined) element.style.removeProperty(tokenProperty(key));
    else element.style.setProperty(tokenProperty(key), value.trim());
  }
}
