import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/define.js';
import { tokens } from '../../src/styles/tokens.js';
import { showTheme } from '../../src/styles/theme.js';
import { embed } from '../../src/embed/embed.js';
import type { SignInWidget } from '../../src/components/widget/widget.js';
import { TOKENS } from '../../src/styles/token-names.js';
import type { SignInBankPicker } from '../../src/components/bank-picker/bank-picker.js';
import type { SignInConsents } from '../../src/components/consents/consents.js';
import { comboboxAxe } from '../helpers/axe.js';
import { fixtureBanks } from '../fixtures/banks.js';

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const ratio = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};
/** A token's colour in a theme, following `var(--_x)` defaults; transparent background = white page. */
function colour(name: string, dark: boolean): string {
  const entry = Object.values(TOKENS).find((e) => e[4] === name)!;
  const value: string = (dark ? (entry[3] ?? entry[2]) : entry[2]) as string;
  const alias = /^var\(--_([\w-]+)\)$/.exec(value);
  if (alias) return colour(alias[1]!, dark);
  // `auto` (on-primary) is checked as the browser computes it, in its own test below.
  if (value === 'auto') return ratio('#ffffff', colour('primary', dark)) >= ratio('#121212', colour('primary', dark)) ? '#ffffff' : '#121212';
  return value === 'transparent' ? '#ffffff' : value;
}
/** A computed colour (`rgb()`, `oklch()`…) as #rrggbb, as the browser paints it. */
function hex(color: string): string {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return `#${[...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

const TEXT = 4.5;
const UI = 3;
// [foreground, background, minimum]: every text and control colour on every background it meets.
const pairs: [string, string, number][] = [
  ...['text', 'text-muted', 'heading', 'link', 'error', 'warning', 'success'].flatMap((fg) => ['background', 'surface', 'surface-muted', 'hover', 'input-background'].map((bg): [string, string, number] => [fg, bg, TEXT])),
  ['on-primary', 'primary', TEXT],
  ['text', 'highlight', TEXT],
  ...['background', 'surface', 'surface-muted', 'input-background'].flatMap((bg): [string, string, number][] => [['border', bg, UI], ['focus-ring', bg, UI], ['primary', bg, UI]]),
];

describe('themes', () => {
  for (const dark of [false, true]) {
    it(`the ${dark ? 'dark' : 'light'} palette meets WCAG 2.2 AA contrast`, () => {
      const failures = pairs.filter(([fg, bg, min]) => ratio(colour(fg, dark), colour(bg, dark)) < min).map(([fg, bg]) => `${fg} on ${bg}: ${ratio(colour(fg, dark), colour(bg, dark)).toFixed(2)}`);
      expect(failures).to.deep.equal([]);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`the bank picker passes axe (color-contrast included) with theme="${theme}"`, async () => {
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker theme=${theme} layout="list" countries="PL,CZ" .banks=${fixtureBanks}></signin-bank-picker>`);
      el.shadowRoot!.querySelector('input')!.focus();
      await el.updateComplete;
      await nextFrame();
      await expect(el).to.be.accessible(comboboxAxe);
    });

    it(`the consents pass axe (color-contrast included) with theme="${theme}"`, async () => {
      const el = await fixture<SignInConsents>(html`<signin-consents theme=${theme} accept-all terms-url="/terms" privacy-url="/privacy"></signin-consents>`);
      el.validate(); // shows the error colours too
      await el.updateComplete;
      el.shadowRoot!.querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    });
  }

  it('reflects the theme and sets color-scheme', async () => {
    const el = await fixture<SignInConsents>(html`<signin-consents></signin-consents>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(17, 24, 39)');
  });

  it('reaches the elements inside an element that has a theme, and a public token still wins', async () => {
    class ThemedHost extends LitElement {
      static override styles = [tokens];
      constructor() {
        super();
        showTheme(this.attachInternals(), 'dark');
      }
      override render() {
        return html`<signin-consents></signin-consents><signin-consents theme="light"></signin-consents>`;
      }
    }
    customElements.define('themed-host', ThemedHost);
    const host = await fixture<LitElement>(html`<themed-host style="--signin-color-text: rgb(0, 255, 0)"></themed-host>`);
    const [inner, light] = [...host.shadowRoot!.querySelectorAll<SignInConsents>('signin-consents')];
    await inner!.updateComplete;
    const surface = (el: SignInConsents) => getComputedStyle(el.shadowRoot!.querySelector('[part="consent"]')!).backgroundColor;
    expect(surface(inner!)).to.equal('rgb(31, 41, 55)'); // the dark surface, inherited
    expect(surface(light!)).to.equal('rgb(255, 255, 255)'); // an explicit light theme inside
    expect(getComputedStyle(inner!.shadowRoot!.querySelector('legend')!).color).to.equal('rgb(0, 255, 0)');
  });

  it('shows the theme the config resolves and follows every change: the host attribute stays the integrator\'s', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const handle = embed(host, { clientId: 'c', apiBase: 'https://nowhere.invalid', ownerExternalId: 'u', theme: 'dark' });
    const el = host.querySelector<SignInWidget>('signin-widget')!;
    const scheme = async () => {
      await el.updateComplete;
      return getComputedStyle(el).colorScheme;
    };
    expect(await scheme()).to.equal('dark');
    expect(el.hasAttribute('theme'), 'no attribute written by the widget').to.equal(false);
    handle.update({ theme: 'light' });
    expect(await scheme(), 'a second theme from the config').to.equal('light');
    handle.update({ theme: 'dark' });
    expect(await scheme()).to.equal('dark');
    handle.destroy();
    const widget = await fixture<SignInWidget>(html`<signin-widget theme="dark" client-id="c" api-base="https://nowhere.invalid" owner-external-id="u"></signin-widget>`);
    expect(getComputedStyle(widget).colorScheme, 'the attribute').to.equal('dark');
    widget.config = { theme: 'light' };
    await widget.updateComplete;
    expect(getComputedStyle(widget).colorScheme, 'the config wins over the attribute').to.equal('light');
    expect(widget.getAttribute('theme')).to.equal('dark');
    widget.config = {};
    await widget.updateComplete;
    expect(getComputedStyle(widget).colorScheme, 'back to the attribute').to.equal('dark');
  });

  it('applies the config\'s styles in its own stylesheet: they win over the page\'s CSS, and the host\'s style attribute stays the page\'s', async () => {
    const page = document.createElement('style');
    page.textContent = '.styled-widget { --signin-color-primary: rgb(255, 0, 0); }';
    document.head.append(page);
    try {
      const el = await fixture<SignInWidget>(html`<signin-widget class="styled-widget" style="--signin-color-text: rgb(0, 255, 0)" client-id="c" api-base="https://nowhere.invalid" owner-external-id="u"></signin-widget>`);
      const token = (name: string) => getComputedStyle(el).getPropertyValue(name).trim();
      expect(token('--signin-color-primary')).to.equal('rgb(255, 0, 0)');
      el.config = { styles: { colorPrimary: 'rgb(1, 2, 3)', colorText: 'rgb(4, 5, 6)' } };
      await el.updateComplete;
      expect(token('--signin-color-primary'), 'the config over the page').to.equal('rgb(1, 2, 3)');
      expect(token('--signin-color-text'), 'the config over the inline style').to.equal('rgb(4, 5, 6)');
      expect(el.getAttribute('style'), 'the host attribute untouched').to.equal('--signin-color-text: rgb(0, 255, 0)');
      el.config = {};
      await el.updateComplete;
      expect(token('--signin-color-primary'), 'styles left out: the page\'s again').to.equal('rgb(255, 0, 0)');
      expect(token('--signin-color-text'), 'the inline token is still there').to.equal('rgb(0, 255, 0)');
    } finally {
      page.remove();
    }
  });

  it('a dark element is a box of its own: padding and rounded corners around its painted background, none in light', async () => {
    const dark = await fixture<SignInWidget>(html`<signin-widget theme="dark" client-id="c" api-base="https://nowhere.invalid" owner-external-id="u"></signin-widget>`);
    const light = await fixture<SignInWidget>(html`<signin-widget theme="light" client-id="c" api-base="https://nowhere.invalid" owner-external-id="u"></signin-widget>`);
    const inset = (el: SignInWidget) => {
      const host = el.getBoundingClientRect();
      const steps = el.shadowRoot!.querySelector('[part="steps"]')!.getBoundingClientRect();
      return [steps.left - host.left, steps.top - host.top];
    };
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(17, 24, 39)');
    for (const gap of inset(dark)) expect(gap, 'content off the dark box\'s edges').to.be.at.least(12);
    expect(getComputedStyle(dark).borderTopLeftRadius).to.not.equal('0px');
    expect(inset(light)).to.deep.equal([0, 0]);
  });

  it('picks a readable text colour for a brand colour set alone, in both themes', async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const primary of ['#93c5fd', '#facc15', '#f97316', '#1e3a8a', '#767676', '#00754a', '#ffffff', '#000000']) {
        const el = await fixture<SignInConsents>(html`<signin-consents theme=${theme} style=${`--signin-color-primary: ${primary}`}></signin-consents>`);
        const button = el.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
        const { color, backgroundColor } = getComputedStyle(button);
        expect(hex(backgroundColor), `${theme} ${primary}`).to.equal(primary);
        expect(ratio(hex(color), primary), `${theme}: text on ${primary} is ${hex(color)}`).to.be.at.least(4.5);
      }
    }
  });
});
