import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { embed } from '../../src/embed/embed.js';
import { ConfigError } from '../../src/config/parse-config.js';

const config = { clientId: 'sandbox-client', apiBase: `${location.origin}/test-provider/ok`, ownerExternalId: 'user-1', country: 'PL' };

describe('SignInFlow.embed', () => {
  let host: HTMLElement;
  beforeEach(async () => {
    host = await fixture(html`<div id="signin-here"></div>`);
  });

  it('puts one configured widget into the target found by selector', async () => {
    const onSuccess = () => {};
    const handle = embed('#signin-here', { ...config, onSuccess });
    expect(host.children).to.have.length(1);
    expect(handle.element.localName).to.equal('signin-widget');
    expect(handle.element.config).to.deep.equal(config);
    expect(handle.element.onSuccess).to.equal(onSuccess);
    await handle.element.updateComplete;
    handle.destroy();
  });

  it('names a missing target and a bad selector', () => {
    expect(() => embed('#nowhere', config)).to.throw(Error, 'no element matches "#nowhere"');
    expect(() => embed('##', config)).to.throw(Error, '"##" is not a valid CSS selector');
    expect(() => embed(42 as unknown as string, config)).to.throw(Error, 'must be an element or a CSS selector');
  });

  it('names every bad field of the config, callbacks included', () => {
    expect(() => embed(host, { ...config, apiBase: 'nope', clientId: '' })).to.throw(ConfigError, /apiBase: must be an absolute http\(s\) URL.*clientId: must not be empty|clientId: must not be empty.*apiBase/);
    expect(() => embed(host, { ...config, onError: 'alert' as unknown as () => void })).to.throw(ConfigError, 'onError: must be a function');
    expect(() => embed(host, null as unknown as typeof config)).to.throw(ConfigError, '(config): must be an object');
    expect(host.children).to.have.length(0);
  });

  it('replaces the widget when embedding into the same target again', () => {
    const first = embed(host, config);
    const second = embed(host, { ...config, country: 'CZ' });
    expect(host.querySelectorAll('signin-widget')).to.have.length(1);
    expect(first.element.isConnected).to.equal(false);
    expect(second.element.config?.country).to.equal('CZ');
    second.destroy();
  });

  it('listens with on(), stops with its return value, and stops everything on destroy', () => {
    const handle = embed(host, config);
    const seen: unknown[] = [];
    const stop = handle.on('signin-step-change', (detail) => seen.push(detail));
    handle.on('signin-cancel', (detail) => seen.push(detail));
    handle.element.dispatchEvent(new CustomEvent('signin-step-change', { detail: 1 }));
    stop();
    handle.element.dispatchEvent(new CustomEvent('signin-step-change', { detail: 2 }));
    handle.element.dispatchEvent(new CustomEvent('signin-cancel', { detail: 3 }));
    const element = handle.element;
    handle.destroy();
    handle.destroy();
    element.dispatchEvent(new CustomEvent('signin-cancel', { detail: 4 }));
    expect(seen).to.deep.equal([1, 3]);
    expect(host.children).to.have.length(0);
  });

  it('updates the config, merged and validated', () => {
    const handle = embed(host, config);
    handle.update({ locale: 'pl' });
    expect(handle.element.config).to.deep.equal({ ...config, locale: 'pl' });
    expect(() => handle.update({ mode: 'iframe' as 'popup' })).to.throw(ConfigError, 'mode: must be one of');
    expect(handle.element.config?.locale).to.equal('pl');
    handle.destroy();
  });

  it('takes the access options: access-mode, access-days, multi-bank; a bad one names its field', async () => {
    const handle = embed(host, { ...config, accessMode: 'mixed', accessDays: 30, multiBank: true, termsUrl: '/terms', privacyUrl: '/privacy', bank: 'demo-bank-pl' });
    expect(() => handle.update({ accessDays: 365 })).to.throw(ConfigError, 'accessDays: must be a whole number of days from 1 to 180');
    expect(() => handle.update({ accessMode: 'forever' as 'mixed' })).to.throw(ConfigError, 'accessMode:');
    expect(() => handle.update({ reconnectToken: 'short' })).to.throw(ConfigError, 'reconnectToken:');
    expect(handle.element.config).to.include({ accessMode: 'mixed', accessDays: 30, multiBank: true });
    handle.destroy();
  });

  it('opens: shows the widget and moves the focus into it', async () => {
    const handle = embed(host, config);
    handle.element.hidden = true;
    handle.open();
    expect(handle.element.hidden).to.equal(false);
    handle.destroy();
  });
});
