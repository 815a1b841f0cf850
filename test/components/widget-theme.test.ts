import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SignInWidget } from '../../src/components/widget/widget.js';

const config = { clientId: 'sandbox-client', apiBase: `${location.origin}/test-provider/ok`, ownerExternalId: 'user-1', country: 'PL' };

describe('<signin-widget> theme and styles', () => {
  it('takes theme and styles from its config, and the elements inside follow', async () => {
    const el = await fixture<SignInWidget>(html`<signin-widget .config=${{ ...config, theme: 'dark', styles: { colorPrimary: '#ff0000', borderRadius: '2px' } }}></signin-widget>`);
    await el.updateComplete;
    // Shown through the widget's own state and stylesheet: its theme and style attributes stay the page's.
    expect(el.matches(':state(dark)')).to.equal(true);
    expect(getComputedStyle(el).getPropertyValue('--signin-color-primary').trim()).to.equal('#ff0000');
    expect([el.hasAttribute('theme'), el.hasAttribute('style')]).to.deep.equal([false, false]);
    const picker = el.shadowRoot!.querySelector('signin-bank-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('input'), 'picker did not render');
    const input = picker.shadowRoot!.querySelector('input')!;
    const background = getComputedStyle(input).backgroundColor;
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, `dark input background, got ${background}`).to.be.below(200);
    expect(getComputedStyle(input).borderTopLeftRadius).to.equal('2px');
  });

  it('names a bad style in the config error', async () => {
    const el = await fixture<SignInWidget>(html`<signin-widget .config=${{ ...config, styles: { colourPrimary: 'red' } }}></signin-widget>`);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('colourPrimary');
    expect(el.shadowRoot!.textContent).to.contain('did you mean "colorPrimary"');
  });
});
