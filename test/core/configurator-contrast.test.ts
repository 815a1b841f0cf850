import { expect } from '@open-wc/testing';
import { stylesSchema } from '../../src/config/styles.js';
import {
  AA_TEXT,
  CONTRAST_PAIRS,
  MORE_STYLE_KEYS,
  PRESETS,
  PRIMARY_STYLE_KEYS,
  auditContrast,
  auditThemes,
  contrastRatio,
  failures,
  matchingPreset,
  nearestPassing,
  oklchToRgb,
  parseColor,
  rgbToOklch,
  tokenValue,
  toHex,
} from '../../src/core/configurator/index.js';
import { TOKENS, type StyleKey } from '../../src/styles/token-names.js';

const rgb = (text: string) => parseColor(text)!;

describe('configurator: colour math', () => {
  it('reads hex, rgb() and oklch() colours, and nothing else', () => {
    expect(rgb('#fff')).to.deep.equal({ r: 255, g: 255, b: 255, a: 1 });
    expect(rgb('#1d4ed8')).to.deep.equal({ r: 29, g: 78, b: 216, a: 1 });
    expect(rgb('#00000080').a).to.be.closeTo(0.5, 0.01);
    expect(rgb('rgb(29 78 216)')).to.deep.equal({ r: 29, g: 78, b: 216, a: 1 });
    expect(rgb('rgba(29, 78, 216, 0.5)')).to.deep.equal({ r: 29, g: 78, b: 216, a: 0.5 });
    expect(rgb('transparent').a).to.equal(0);
    expect(toHex(rgb('oklch(1 0 0)'))).to.equal('#ffffff');
    expect(toHex(rgb('oklch(0 0 0)'))).to.equal('#000000');
    for (const bad of ['red', '#12', 'rgb(1 2)', 'hsl(0 0% 0%)', '']) expect(parseColor(bad), bad).to.equal(undefined);
  });

  it('gives the WCAG 2.2 contrast ratios of known pairs', () => {
    expect(contrastRatio(rgb('#000'), rgb('#fff'))).to.equal(21);
    expect(contrastRatio(rgb('#fff'), rgb('#fff'))).to.equal(1);
    // Values from the WebAIM contrast checker.
    expect(contrastRatio(rgb('#767676'), rgb('#ffffff'))).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio(rgb('#1d4ed8'), rgb('#ffffff'))).to.be.closeTo(6.7, 0.05);
    expect(contrastRatio(rgb('#fef08a'), rgb('#ffffff'))).to.be.closeTo(1.16, 0.01);
  });

  it('goes to OKLCH and back', () => {
    for (const hex of ['#1d4ed8', '#fef08a', '#00754a', '#b91c1c', '#808080']) expect(toHex(oklchToRgb(rgbToOklch(rgb(hex)))), hex).to.equal(hex);
    // The reference value of OKLab's author for pure red.
    const red = rgbToOklch(rgb('#ff0000'));
    expect(red.l).to.be.closeTo(0.628, 0.001);
    expect(red.c).to.be.closeTo(0.2577, 0.001);
    expect(red.h).to.be.closeTo(29.23, 0.05);
    // Out of gamut: the chroma gives way, the result is a real sRGB colour.
    const mapped = oklchToRgb({ l: 0.9, c: 0.4, h: 264 });
    for (const v of [mapped.r, mapped.g, mapped.b]) expect(v).to.be.within(0, 255);
  });

  it('moves a colour the least along its lightness to pass, keeping its hue', () => {
    const yellow = rgb('#fef08a');
    const white = rgb('#ffffff');
    const fixed = nearestPassing(yellow, white, 3)!;
    expect(contrastRatio(rgb(fixed), white)).to.be.at.least(3);
    expect(rgbToOklch(rgb(fixed)).h).to.be.closeTo(rgbToOklch(yellow).h, 3);
    // The least move: a little lighter would not pass any more.
    const lighter = toHex(oklchToRgb({ ...rgbToOklch(rgb(fixed)), l: rgbToOklch(rgb(fixed)).l + 0.01 }));
    expect(contrastRatio(rgb(lighter), white)).to.be.below(3);
    // Toward white when that is the nearer way (on a dark background).
    const onDark = nearestPassing(rgb('#4b5563'), rgb('#111827'), AA_TEXT)!;
    expect(rgbToOklch(rgb(onDark)).l).to.be.above(rgbToOklch(rgb('#4b5563')).l);
    // A colour that passes already stays (nearly) where it is; nothing passes 21:1 against grey.
    expect(nearestPassing(rgb('#808080'), rgb('#808080'), 21)).to.equal(undefined);
  });
});

describe('configurator: contrast audit', () => {
  it('measures every pair in both themes; the built-in themes and every preset pass', () => {
    const results = auditContrast({});
    expect(results.filter((r) => r.theme === 'dark').length).to.be.greaterThan(10);
    expect(failures(results)).to.deep.equal([]);
    for (const preset of PRESETS) {
      expect(stylesSchema.safeParse(preset.styles).success, preset.name).to.equal(true);
      expect(failures(auditContrast(preset.styles)), preset.name).to.deep.equal([]);
    }
  });

  it('names #fef08a as brand colour failing, and its fixes pass', () => {
    const styles = { colorPrimary: '#fef08a' };
    const failing = failures(auditContrast(styles, ['light']));
    expect(failing.map((r) => r.id)).to.have.members(['link', 'primary']);
    const primary = failing.find((r) => r.id === 'primary')!;
    expect(primary).to.include({ fg: 'colorPrimary', bg: 'colorSurface', min: 3, ratio: 1.1, pass: false });
    expect(primary.fix!.key).to.equal('colorPrimary');
    let fixed: Record<string, string> = { ...styles };
    for (const result of failing) fixed = { ...fixed, [result.fix!.key]: result.fix!.value };
    expect(failures(auditContrast(fixed, ['light'])), JSON.stringify(fixed)).to.deep.equal([]);
    // In both themes: a brand colour between the two surfaces passes as a UI part in each…
    const both = failures(auditContrast(styles)).find((r) => r.id === 'primary')!;
    expect(both.fix!.everyTheme).to.equal(true);
    expect(auditContrast({ colorPrimary: both.fix!.value }).filter((r) => r.id === 'primary').every((r) => r.pass)).to.equal(true);
    // …but no link colour reads as text on both white and the dark surface: the fix says it is for its theme only.
    const link = failures(auditContrast(styles)).find((r) => r.id === 'link')!;
    expect(link.fix).to.include({ key: 'colorLink', everyTheme: false });
    expect(auditContrast({ ...styles, colorLink: link.fix!.value }, ['light']).find((r) => r.id === 'link')!.pass).to.equal(true);
  });

  it('audits button text on the brand colour, and fixes the text, which can always pass', () => {
    const white = auditContrast({ colorPrimary: '#fef08a', colorOnPrimary: '#ffffff' }, ['light']).find((r) => r.id === 'onPrimary')!;
    expect(white).to.include({ pass: false, ratio: 1.1 });
    expect(white.fix!.key).to.equal('colorOnPrimary');
    // `auto` text follows the brand colour: near-black on yellow passes.
    expect(auditContrast({ colorPrimary: '#fef08a' }, ['light']).find((r) => r.id === 'onPrimary')!.pass).to.equal(true);
    // On a mid grey the text goes to black, the nearer end that reaches 4.5.
    const grey = auditContrast({ colorPrimary: '#7a7a7a', colorOnPrimary: '#8a8a8a' }, ['light']).find((r) => r.id === 'onPrimary')!;
    expect(grey.pass).to.equal(false);
    expect(grey.fix!.key).to.equal('colorOnPrimary');
    expect(rgbToOklch(rgb(grey.fix!.value)).l).to.be.below(rgbToOklch(rgb('#8a8a8a')).l);
    const stuck = auditContrast({ colorPrimary: '#767676', colorOnPrimary: '#767676' }, ['light']).find((r) => r.id === 'onPrimary')!;
    expect(contrastRatio(rgb(stuck.fix!.value), rgb('#767676'))).to.be.at.least(4.5);
  });

  it('follows the theme defaults and the tokens that follow others', () => {
    expect(tokenValue({}, 'colorLink', 'light')).to.equal(TOKENS.colorPrimary[2]);
    expect(tokenValue({}, 'colorLink', 'dark')).to.equal(TOKENS.colorPrimary[3]);
    expect(tokenValue({ colorPrimary: '#00754a' }, 'colorLink', 'dark')).to.equal('#00754a');
    expect(tokenValue({}, 'colorInputBackground', 'dark')).to.equal(TOKENS.colorSurface[3]);
    // A transparent background (the page's) is not measured.
    expect(auditContrast({}, ['light']).some((r) => r.bg === 'colorBackground')).to.equal(false);
    expect(auditContrast({}, ['dark']).some((r) => r.bg === 'colorBackground')).to.equal(true);
    expect(auditThemes('dark')).to.deep.equal(['dark']);
    expect(auditThemes('auto')).to.deep.equal(['light', 'dark']);
    expect(auditThemes(undefined)).to.deep.equal(['light', 'dark']);
  });

  it('rounds the ratio down, so a pair just under the minimum never shows as passing', () => {
    // #777777 on white: 4.48:1.
    const result = auditContrast({ colorText: '#777777' }, ['light']).find((r) => r.id === 'text')!;
    expect(result).to.include({ ratio: 4.4, pass: false });
    expect(CONTRAST_PAIRS.every((pair) => pair.min === 4.5 || pair.min === 3)).to.equal(true);
  });
});

describe('configurator: presets', () => {
  it('splits the tokens into the primary ones and "More", each once', () => {
    expect([...PRIMARY_STYLE_KEYS, ...MORE_STYLE_KEYS].sort()).to.deep.equal((Object.keys(TOKENS) as StyleKey[]).sort());
    expect(PRIMARY_STYLE_KEYS).to.include.members(['colorPrimary', 'colorText', 'colorSurface', 'fontFamily', 'borderRadius', 'spacingUnit']);
  });

  it('has at least four named looks; each but the default sets every colour', () => {
    expect(PRESETS.length).to.be.at.least(4);
    const colours = (Object.keys(TOKENS) as StyleKey[]).filter((key) => TOKENS[key][1] === 'color');
    for (const preset of PRESETS.filter((p) => p.name !== 'default')) expect(Object.keys(preset.styles), preset.name).to.include.members(colours);
    expect(PRESETS.some((p) => p.theme === 'dark')).to.equal(true);
  });

  it('recognizes the preset a set of styles is', () => {
    const neutral = PRESETS.find((p) => p.name === 'neutral')!;
    expect(matchingPreset(neutral.styles)?.name).to.equal('neutral');
    expect(matchingPreset({})?.name).to.equal('default');
    expect(matchingPreset({ ...neutral.styles, colorPrimary: '#000000' })).to.equal(undefined);
  });
});
