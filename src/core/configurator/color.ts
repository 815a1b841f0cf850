/**
 * Colour math of the configurator's contrast audit, with no DOM: sRGB parsing, WCAG 2.2 relative
 * luminance and contrast ratio, and OKLCH (Björn Ottosson's OKLab in polar form) to move a colour
 * along its lightness while its hue stays.
 */

/** An sRGB colour: channels 0–255, alpha 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** OKLCH: lightness 0–1, chroma ≥ 0, hue in degrees. */
export interface Oklch {
  readonly l: number;
  readonly c: number;
  readonly h: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function channel(text: string, scale: number): number {
  const value = text.endsWith('%') ? (parseFloat(text) / 100) * scale : parseFloat(text);
  return Number.isFinite(value) ? clamp(value, 0, scale) : NaN;
}

/**
 * Reads `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` (comma or space syntax),
 * `oklch()` and `transparent`; undefined for anything else (a named colour: resolve it first).
 */
export function parseColor(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
    return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
  }
  const fn = /^(rgba?|oklch)\(\s*([^)]*)\)$/.exec(value);
  if (!fn) return undefined;
  const parts = fn[2]!.split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return undefined;
  const alpha = parts[3] === undefined ? 1 : channel(parts[3], 1);
  if (fn[1] === 'oklch') {
    const l = parts[0]!.endsWith('%') ? parseFloat(parts[0]!) / 100 : parseFloat(parts[0]!);
    const c = parts[1]!.endsWith('%') ? (parseFloat(parts[1]!) / 100) * 0.4 : parseFloat(parts[1]!);
    const h = parseFloat(parts[2]!);
    if (![l, c, alpha].every(Number.isFinite)) return undefined;
    return { ...oklchToRgb({ l, c, h: Number.isFinite(h) ? h : 0 }), a: alpha };
  }
  const [r, g, b] = parts.slice(0, 3).map((part) => channel(part, 255));
  if (![r, g, b, alpha].every((n) => Number.isFinite(n))) return undefined;
  return { r: r!, g: g!, b: b!, a: alpha };
}

/** `#rrggbb` of an opaque colour (channels rounded). */
export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((v) => Math.round(clamp(v, 0, 255)).toString(16).padStart(2, '0')).join('')}`;
}

/** `fg` painted over an opaque `bg` (alpha compositing). */
export function over(fg: Rgba, bg: Rgba): Rgba {
  const a = fg.a;
  return { r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a), a: 1 };
}

const toLinear = (v: number) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG 2.2 relative luminance of an opaque sRGB colour (0 black … 1 white). */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG 2.2 contrast ratio of two opaque colours, 1–21 (order does not matter). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** OKLCH of an sRGB colour (alpha dropped). */
export function rgbToOklch(color: Rgba): Oklch {
  const [r, g, b] = [color.r, color.g, color.b].map(toLinear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const h = (Math.atan2(B, A) * 180) / Math.PI;
  return { l: L, c: Math.hypot(A, B), h: h < 0 ? h + 360 : h };
}

/** The linear sRGB channels of an OKLCH colour, unclipped (outside 0–1 when out of gamut). */
function oklchToLinear({ l: L, c, h }: Oklch): [number, number, number] {
  const A = c * Math.cos((h * Math.PI) / 180);
  const B = c * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
}

const inGamut = (linear: readonly number[]) => linear.every((v) => v >= -1e-6 && v <= 1 + 1e-6);

/**
 * The sRGB colour of an OKLCH one; out of gamut, its chroma is reduced (hue and lightness kept)
 * until it fits, as CSS Color 4's gamut mapping does in spirit.
 */
export function oklchToRgb(color: Oklch): Rgba {
  const l = clamp(color.l, 0, 1);
  let linear = oklchToLinear({ ...color, l });
  if (!inGamut(linear)) {
    let [low, high] = [0, color.c];
    for (let i = 0; i < 24; i++) {
      const mid = (low + high) / 2;
      if (inGamut(oklchToLinear({ l, c: mid, h: color.h }))) low = mid;
      else high = mid;
    }
    linear = oklchToLinear({ l, c: low, h: color.h });
  }
  const [r, g, b] = linear.map((v) => clamp(fromLinear(clamp(v, 0, 1)), 0, 255)) as [number, number, number];
  return { r, g, b, a: 1 };
}

/**
 * The colour closest to `color` in OKLCH lightness (hue kept, chroma only as the gamut needs)
 * whose contrast with `against` (each of them, when several) is at least `min`, as `#rrggbb`; it
 * moves toward white or black, whichever needs the smaller step. Undefined when no lightness passes.
 */
export function nearestPassing(color: Rgba, against: Rgba | readonly Rgba[], min: number): string | undefined {
  const start = rgbToOklch(color);
  const backgrounds = Array.isArray(against) ? against : [against as Rgba];
  const passes = (l: number) => {
    const hex = toHex(oklchToRgb({ ...start, l }));
    const rgb = parseColor(hex)!;
    return backgrounds.every((bg) => contrastRatio(rgb, bg) >= min) ? hex : undefined;
  };
  const step = 0.005;
  let best: { delta: number; hex: string } | undefined;
  for (const direction of [1, -1]) {
    // Walk in small steps (contrast is not strictly monotonic once the gamut cuts the chroma), then halve the last one.
    for (let delta = step; delta <= 1 + step; delta += step) {
      const l = clamp(start.l + direction * delta, 0, 1);
      if (!passes(l)) {
        if (l === 0 || l === 1) break;
        continue;
      }
      // (Several backgrounds: a window of lightness may pass; the walk finds its near edge.)
      let [low, high] = [delta - step, delta];
      for (let i = 0; i < 12; i++) {
        const mid = (low + high) / 2;
        if (passes(clamp(start.l + direction * mid, 0, 1))) high = mid;
        else low = mid;
      }
      const hex = passes(clamp(start.l + direction * high, 0, 1))!;
      if (!best || high < best.delta) best = { delta: high, hex };
      break;
    }
  }
  return best?.hex;
}
