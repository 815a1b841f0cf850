import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { applyStyles, isTokenValue, parseStyles, stylesToCssText, suggestStyle } from '../../src/config/styles.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { widgetConfigSchema } from '../../src/config/widget-config.js';
import { TOKENS } from '../../src/styles/token-names.js';
import '../../src/define.js';
import type { SignInBankPicker } from '../../src/components/bank-picker/bank-picker.js';
import type { SignInConsents } from '../../src/components/consents/consents.js';
import { fixtureBanks } from '../fixtures/banks.js';

describe('styles config', () => {
  it('accepts the tokens by their Stripe-like names', () => {
    const result = parseStyles({ colorPrimary: '#0a7', colorDanger: 'rgb(200 0 0)', borderRadius: '4px', fontFamily: 'Inter, sans-serif', shadow: 'none', spacingUnit: 'calc(0.25rem + 2px)' });
    expect(result.ok).to.equal(true);
  });

  it('names an unknown key and suggests the closest one', () => {
    expect(parseStyles({ colourPrimary: '#fff' })).to.deep.equal({ ok: false, issues: [{ field: 'colourPrimary', message: 'is not a known style (did you mean "colorPrimary"?)' }] });
    expect(suggestStyle('colorError')).to.equal('colorDanger'); // its custom property is --signin-color-error
    expect(suggestStyle('radius')).to.equal('borderRadius');
    expect(suggestStyle('zzzzzzzzzzzz')).to.equal(undefined);
  });

  it('names a bad colour and a bad length', () => {
    const result = parseStyles({ colorText: 'blurple', borderRadius: 'round', colorSurface: '#12345', unknownThing: '1px' });
    expect(result.ok).to.equal(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).to.deep.include({ field: 'colorText', message: 'must be a CSS colour such as #1d4ed8 or rgb(29 78 216)' });
    expect(issues).to.deep.include({ field: 'colorSurface', message: 'must be a CSS colour such as #1d4ed8 or rgb(29 78 216)' });
    expect(issues).to.deep.include({ field: 'borderRadius', message: 'must be a CSS length such as 8px or 0.5rem' });
    expect(issues.map((i) => i.field)).to.include('unknownThing');
  });

  it('refuses values that would break out of a declaration', () => {
    expect(isTokenValue('color', 'red; background: url(x)')).to.equal(false);
    expect(isTokenValue('length', 'auto')).to.equal(false);
    expect(isTokenValue('color', 'oklch(60% 0.2 250)')).to.equal(true);
  });

  it('is part of the widget config', () => {
    const result = parseConfig(widgetConfigSchema, { clientId: 'c', apiBase: 'https://p.example', ownerExternalId: 'u', styles: { colorPrimay: '#fff' } });
    expect(result.ok).to.equal(false);
    expect(result.ok ? [] : result.issues).to.deep.include({ field: 'styles.colorPrimay', message: 'is not a known style (did you mean "colorPrimary"?)' });
  });

  it('maps every key to one --signin-* custom property', () => {
    const names = Object.values(TOKENS).map(([name]) => name);
    expect(new Set(names).size).to.equal(names.length);
    expect(stylesToCssText({ colorPrimary: '#0a7', borderRadius: '4px' })).to.equal('--signin-color-primary: #0a7; --signin-radius: 4px;');
  });

  it('reaches the rendered styles of the inner parts', async () => {
    const picker = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" .banks=${fixtureBanks}></signin-bank-picker>`);
    await nextFrame();
    await picker.updateComplete;
    applyStyles(picker, { colorInputBackground: 'rgb(1, 2, 3)', borderRadius: '3px', fontFamily: 'serif', logoSize: '40px' });
    const input = picker.shadowRoot!.querySelector('[part="input"]')!;
    expect(getComputedStyle(input).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(input).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(input).fontFamily).to.equal('serif');
    expect(getComputedStyle(picker.shadowRoot!.querySelector('[part~="logo"]')!).inlineSize).to.equal('40px');
    expect(picker.style.getPropertyValue('--signin-radius')).to.equal('3px');
    applyStyles(picker, {});
    expect(getComputedStyle(input).borderTopLeftRadius).to.equal('8px');

    const consents = await fixture<SignInConsents>(html`<signin-consents terms-url="/terms"></signin-consents>`);
    applyStyles(consents, { colorPrimary: 'rgb(170, 0, 0)', colorOnPrimary: 'rgb(255, 255, 0)', colorLink: 'rgb(0, 100, 0)' });
    const button = getComputedStyle(consents.shadowRoot!.querySelector('[part="button"]')!);
    expect([button.backgroundColor, button.color]).to.deep.equal(['rgb(170, 0, 0)', 'rgb(255, 255, 0)']);
    expect(getComputedStyle(consents.shadowRoot!.querySelector('a')!).color).to.equal('rgb(0, 100, 0)');
  });
});
