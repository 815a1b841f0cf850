/**
 * A strict check of design-token values without a browser: what a provider (in Node, with no
 * `CSS.supports`) accepts in the `styles` of a link request. Deliberately a subset of CSS:
 *
 * - colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, a named colour (or `transparent`),
 *   `rgb()`/`rgba()`, `hsl()`/`hsla()` (comma or space syntax), `hwb()`, `lab()`, `lch()`,
 *   `oklab()`, `oklch()` with plain numbers, percentages, angles or `none` (no `var()`,
 *   no relative colours);
 * - length: `0`, or a non-negative number with a length unit or `%`, or `calc()`/`min()`/
 *   `max()`/`clamp()` of those and plain numbers;
 * - font: a comma-separated list of family names, each quoted (`'Segoe UI'`) or unquoted words
 *   (`Segoe UI`), or a generic family;
 * - shadow: `none`, or a comma-separated list of shadows: `inset`?, 2–4 lengths (offsets may
 *   be negative, the blur not) and at most one colour.
 *
 * Everything it accepts is valid CSS (checked against `CSS.supports` in
 * test/core/css-values.test.ts), and nothing it accepts can leave its declaration. The browser
 * never loads this module: the link schema (link.ts) composes it with the widget's `styles` schema.
 */
import type { TokenKind } from '../../styles/token-names.js';

// The CSS named colours (CSS Color 4), lower case.
const NAMED_COLOURS = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood cadetblue ' +
    'chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey ' +
    'darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray ' +
    'darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen ' +
    'fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen ' +
    'lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime ' +
    'limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
    'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
    'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
    'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver ' +
    'skyblue slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white ' +
    'whitesmoke yellow yellowgreen transparent'
  ).split(' '),
);

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?`;
const isNumber = (s: string) => new RegExp(`^${NUMBER}$`, 'i').test(s);
const isPercent = (s: string) => new RegExp(`^${NUMBER}%$`, 'i').test(s);
const isAngle = (s: string) => new RegExp(`^${NUMBER}(?:deg|grad|rad|turn)$`, 'i').test(s);
const LENGTH_UNITS = 'px|em|rem|ex|rex|ch|rch|cap|rcap|ic|ric|lh|rlh|vw|vh|vi|vb|vmin|vmax|svw|svh|lvw|lvh|dvw|dvh|cqw|cqh|cqi|cqb|cqmin|cqmax|cm|mm|q|in|pt|pc';
const DIMENSION = new RegExp(`^(${NUMBER})(${LENGTH_UNITS}|%)$`, 'i');

/** A length: `0`, or a number with a length unit (`%` when `percent`); negative only when `negative`. */
function isLength(s: string, negative: boolean, percent = true): boolean {
  if (isNumber(s)) return Number(s) === 0;
  const match = DIMENSION.exec(s);
  if (!match || (!percent && match[2] === '%')) return false;
  return negative || Number(match[1]) >= 0;
}

/** Splits on top-level `separator` (commas, or runs of whitespace), keeping parenthesised groups whole; null if unbalanced. */
function splitTop(value: string, separator: ',' | ' '): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return null;
    const splits = depth === 0 && (separator === ',' ? ch === ',' : /\s/.test(ch));
    if (splits) {
      if (separator === ',' || current) parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (depth !== 0) return null;
  if (separator === ',' || current) parts.push(current.trim());
  return parts;
}

/** `name(args)` → `[name, args]` (name lower-cased), or null. */
function functionCall(value: string): [string, string] | null {
  const match = /^([a-z-]+)\((.*)\)$/is.exec(value);
  return match ? [match[1]!.toLowerCase(), match[2]!] : null;
}

type Component = (s: string) => boolean;
const pct: Component = isPercent;
const numOrPct: Component = (s) => isNumber(s) || isPercent(s);
const hue: Component = (s) => isNumber(s) || isAngle(s);
const alpha: Component = numOrPct;

/** The arguments of a colour function in the modern syntax (`a b c / alpha`, `none` allowed) or the legacy one (`a, b, c, alpha`). */
function colourArguments(args: string, components: readonly Component[], legacy: readonly Component[] | null): boolean {
  const commas = splitTop(args, ',');
  if (commas && commas.length > 1) {
    if (!legacy) return false;
    const values = commas.map((part) => part.trim());
    if (values.length < 3 || values.length > 4) return false;
    return values.every((value, i) => (i === 3 ? alpha(value) : legacy[i]!(value)));
  }
  const [main, alphaPart, ...rest] = args.split('/');
  if (rest.length > 0 || main === undefined) return false;
  const values = splitTop(main.trim(), ' ');
  if (!values || values.length !== 3) return false;
  if (!values.every((value, i) => value.toLowerCase() === 'none' || components[i]!(value))) return false;
  if (alphaPart === undefined) return true;
  const a = alphaPart.trim();
  return a.toLowerCase() === 'none' || alpha(a);
}

const COLOUR_FUNCTIONS: Record<string, [modern: readonly Component[], legacy: readonly Component[] | null]> = {
  rgb: [[numOrPct, numOrPct, numOrPct], null],
  hsl: [[hue, numOrPct, numOrPct], [hue, pct, pct]],
  hwb: [[hue, numOrPct, numOrPct], null],
  lab: [[numOrPct, numOrPct, numOrPct], null],
  oklab: [[numOrPct, numOrPct, numOrPct], null],
  lch: [[numOrPct, numOrPct, hue], null],
  oklch: [[numOrPct, numOrPct, hue], null],
};

/** Whether `value` is a colour of the accepted subset (see the module comment). */
export function isCssColour(value: string): boolean {
  const v = value.trim();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v)) return true;
  if (NAMED_COLOURS.has(v.toLowerCase())) return true;
  const call = functionCall(v);
  if (!call) return false;
  const [rawName, args] = call;
  const name = rawName === 'rgba' ? 'rgb' : rawName === 'hsla' ? 'hsl' : rawName;
  const grammar = COLOUR_FUNCTIONS[name];
  if (!grammar) return false;
  // Legacy rgb(): all numbers or all percentages, the same kind in the three channels.
  const legacy: readonly Component[] | null = name === 'rgb' ? [numOrPct, numOrPct, numOrPct] : grammar[1];
  if (name === 'rgb') {
    const commas = splitTop(args, ',');
    if (commas && commas.length > 1) {
      const kinds = commas.slice(0, 3).map((part) => (isPercent(part.trim()) ? '%' : 'n'));
      if (new Set(kinds).size > 1) return false;
    }
  }
  return colourArguments(args, grammar[0], legacy);
}

const MATH_FUNCTIONS = new Set(['calc', 'min', 'max', 'clamp']);

type MathType = 'length' | 'number';

/**
 * A math function of lengths and numbers, typed as CSS types it: `+`/`-` (with spaces around
 * them, as CSS requires) join operands of the same type, `*` takes a number on one side, `/` a
 * number on the right; parentheses and nested math functions. Returns its type, or null.
 */
function mathType(expression: string): MathType | null {
  const tokens = (expression.match(/\s+[+-]\s+|[a-z-]+\(|[()*,/]|[^\s()*,/]+|\s+/gi) ?? []).map((t) => (/^\s+$/.test(t) ? ' ' : t.trim() || t)).filter((t) => t !== ' ');
  let at = 0;
  const peek = () => tokens[at];
  const sum = (): MathType | null => {
    const type = product();
    while (type && (peek() === '+' || peek() === '-')) {
      at++;
      if (product() !== type) return null;
    }
    return type;
  };
  const product = (): MathType | null => {
    let type = value();
    while (type && (peek() === '*' || peek() === '/')) {
      const operator = tokens[at++];
      const right = value();
      if (!right || (operator === '/' && right !== 'number') || (type === 'length' && right === 'length')) return null;
      if (right === 'length') type = 'length';
    }
    return type;
  };
  const value = (): MathType | null => {
    const token = tokens[at++];
    if (token === undefined) return null;
    if (token.endsWith('(')) {
      const name = token.slice(0, -1).toLowerCase();
      if (name && !MATH_FUNCTIONS.has(name)) return null;
      const args: (MathType | null)[] = [sum()];
      while ((name === 'min' || name === 'max' || name === 'clamp') && peek() === ',') {
        at++;
        args.push(sum());
      }
      if (tokens[at++] !== ')' || (name === 'clamp' && args.length !== 3)) return null;
      return args.every((type) => type === args[0]) ? args[0]! : null;
    }
    if (isNumber(token)) return 'number';
    return isLength(token, true) ? 'length' : null;
  };
  const type = value();
  return at === tokens.length ? type : null;
}

const isMathLength = (value: string): boolean => {
  const call = functionCall(value);
  return !!call && MATH_FUNCTIONS.has(call[0]) && mathType(value) === 'length';
};

/** Whether `value` is a non-negative length of the accepted subset (or a math function of lengths). */
export function isCssLength(value: string): boolean {
  const v = value.trim();
  return isLength(v, false) || isMathLength(v);
}

const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'emoji', 'math', 'fangsong']);
const CSS_WIDE = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer', 'default']);
const IDENT = /^-?[a-z_\u00a0-\uffff][\w\u00a0-\uffff-]*$/i;

/** Whether `value` is a font-family list: quoted names, unquoted words, generic families. */
export function isCssFontFamily(value: string): boolean {
  const families = value.split(',');
  return families.every((raw) => {
    const family = raw.trim();
    if (/^'[^'\n\\]+'$/.test(family) || /^"[^"\n\\]+"$/.test(family)) return true;
    const words = family.split(/\s+/);
    if (!family || !words.every((word) => IDENT.test(word) && !/^-?\d/.test(word.replace(/^-/, '')) && !word.startsWith('--'))) return false;
    // A CSS-wide keyword (or `default`) is not a family name, unquoted; a generic one only stands alone.
    if (words.some((word) => CSS_WIDE.has(word.toLowerCase()))) return false;
    return words.length === 1 || !words.some((word) => GENERIC_FAMILIES.has(word.toLowerCase()));
  });
}

/** One shadow: `inset`?, 2–4 lengths in a row (offsets may be negative, the blur not), a colour before or after them. */
function isShadow(shadow: string): boolean {
  const parts = splitTop(shadow, ' ');
  if (!parts || parts.length === 0) return false;
  let inset = false;
  let colour = false;
  const lengths: string[] = [];
  let lengthsClosed = false;
  for (const part of parts) {
    if (part.toLowerCase() === 'inset') {
      if (inset) return false;
      inset = true;
      if (lengths.length > 0) lengthsClosed = true;
    } else if (isLength(part, true, false) || (isMathLength(part) && !part.includes('%'))) {
      if (lengthsClosed) return false;
      lengths.push(part);
    } else if (isCssColour(part)) {
      if (colour) return false;
      colour = true;
      if (lengths.length > 0) lengthsClosed = true;
    } else return false;
  }
  if (lengths.length < 2 || lengths.length > 4) return false;
  const blur = lengths[2];
  return blur === undefined || !blur.trim().startsWith('-');
}

/** Whether `value` is `none` or a list of box shadows of the accepted subset. */
export function isCssShadow(value: string): boolean {
  const v = value.trim();
  if (v.toLowerCase() === 'none') return true;
  const shadows = splitTop(v, ',');
  return !!shadows && shadows.every((shadow) => isShadow(shadow));
}

const CHECKS: Record<TokenKind, (value: string) => boolean> = { color: isCssColour, length: isCssLength, font: isCssFontFamily, shadow: isCssShadow };

/**
 * Whether `value` is a valid value of a token kind, decided without a browser (see the module
 * comment for the accepted subset). Refuses, whatever the kind, a value over 200 characters and
 * any character that could end a declaration or smuggle markup.
 */
export function isStrictTokenValue(kind: TokenKind, value: string): boolean {
  if (value.length > 200 || /[;{}<>\\@!]|\/\*|url\(/i.test(value) || !value.trim()) return false;
  return CHECKS[kind](value);
}
