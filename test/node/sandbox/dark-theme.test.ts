// The sandbox's own pages (bank login, hosted page, completion, root) follow a dark system theme:
// sandbox.css and hosted.css give a dark palette under prefers-color-scheme, and every text colour
// stays readable (WCAG AA, 4.5:1) on the background it is drawn on, in both palettes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (file: string) => readFileSync(new URL(`../../../demo/sandbox/assets/${file}`, import.meta.url), 'utf8');

/** The custom properties of the first rule for `selector` in `css` (outside or inside the dark media block). */
function properties(css: string, selector: string, dark: boolean): Record<string, string> {
  const at = css.indexOf('@media (prefers-color-scheme: dark)');
  assert.ok(at >= 0, 'a dark palette');
  const scope = dark ? css.slice(at) : css.slice(0, at);
  const body = new RegExp(`(?:^|\\n)\\s*${selector.replace(/[-[\]]/g, '\\$&')} \\{([^}]*)\\}`).exec(scope)?.[1];
  assert.ok(body, `${selector} (${dark ? 'dark' : 'light'})`);
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  assert.ok(match, `${hex} is a #rrggbb colour`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
};

test('sandbox.css: a dark palette under prefers-color-scheme, its texts readable on their backgrounds', () => {
  const css = read('sandbox.css');
  const light = properties(css, ':root', false);
  const dark = { ...light, ...properties(css, ':root', true) };
  assert.match(css, /@media \(prefers-color-scheme: dark\) \{\s*:root \{\s*color-scheme: dark;/);
  assert.notEqual(dark['--card'], light['--card'], 'the card is dark');
  const pairs: [text: string, background: string][] = [
    ['--text', '--card'], ['--text', '--bg'], ['--muted', '--card'], ['--link', '--card'], ['--text', '--field'],
    ['--danger', '--danger-bg'], ['--hint-text', '--hint-bg'], ['--text', '--hint-bg'], ['--muted', '--field'],
  ];
  for (const [name, palette] of [['light', light], ['dark', dark]] as const) {
    for (const [text, background] of pairs) {
      const ratio = contrast(palette[text]!, palette[background]!);
      assert.ok(ratio >= 4.5, `${name}: ${text} on ${background} is ${ratio.toFixed(2)}:1`);
    }
    assert.ok(contrast('#ffffff', palette['--primary']!) >= 4.5, `${name}: the primary button's white text`);
  }
  // No colour of its own left outside the palettes but white on the solid buttons and result icons.
  const rules = css.replace(/:root \{[^}]*\}/g, '');
  assert.deepEqual([...new Set(rules.match(/#[0-9a-f]{3,6}\b/gi))].sort(), ['#5b6575', '#b42318', '#fff'].sort());
});

test('hosted.css: the hosted widget takes a dark surface in a dark system theme, its texts readable', () => {
  const css = read('hosted.css');
  const light = properties(css, 'signin-widget', false);
  const dark = { ...light, ...properties(css, 'signin-widget', true) };
  for (const [name, palette] of [['light', light], ['dark', dark]] as const) {
    for (const text of ['--signin-color-text', '--signin-color-text-muted', '--signin-color-link', '--signin-color-error', '--signin-color-warning', '--signin-color-success', '--signin-color-primary']) {
      for (const background of ['--signin-color-surface', '--signin-color-surface-muted']) {
        const ratio = contrast(palette[text]!, palette[background]!);
        assert.ok(ratio >= 4.5, `${name}: ${text} on ${background} is ${ratio.toFixed(2)}:1`);
      }
    }
    assert.ok(contrast(palette['--signin-color-on-primary']!, palette['--signin-color-primary']!) >= 4.5, `${name}: on-primary`);
    assert.ok(contrast(palette['--signin-color-border']!, palette['--signin-color-surface']!) >= 3, `${name}: the border`);
  }
  assert.notEqual(dark['--signin-color-surface'], light['--signin-color-surface']);
});
