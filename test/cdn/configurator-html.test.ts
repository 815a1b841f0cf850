import { expect, waitUntil } from '@open-wc/testing';
import type { SignInWidget } from '../../src/components/widget/widget.js';
import { widgetConfigSchema } from '../../src/config/widget-config.js';
import { exportSnippets } from '../../src/core/configurator/snippets.js';
import { sandbox } from '../helpers/flow.js';

const blobUrl = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));

describe('exported HTML with the built classic script', () => {
  it('renders a <signin-widget> with the configuration', async () => {
    const { sandboxUrl } = await sandbox();
    const config = widgetConfigSchema.parse({
      clientId: 'sandbox-client',
      apiBase: sandboxUrl,
      ownerExternalId: 'user "42" <&>',
      country: 'PL',
      locale: 'pl',
      bank: 'demo-bank-pl',
      theme: 'dark',
      consents: [{ id: 'data-access', version: '2025-01', label: 'Zgadzam się na dostęp do danych.' }],
      styles: { colorPrimary: '#00754a', borderRadius: '3px' },
    });
    const first = exportSnippets(config);
    // The files the integrator would create beside the page; the built script instead of jsDelivr's copy.
    const { html } = exportSnippets(config, {
      cdnUrl: '/dist/cdn/signin-flow.min.js',
      cssHref: blobUrl(first.css, 'text/css'),
      configScriptSrc: blobUrl(first.htmlScript, 'text/javascript'),
    });
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>Exported</title></head><body>${html}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const widget = doc.querySelector<SignInWidget>('signin-widget')!;
    await waitUntil(() => frame.contentWindow!.customElements.get('signin-widget') && widget.shadowRoot?.querySelector('[part="base"]'), 'no widget', { timeout: 5000 });
    expect(widget.getAttribute('owner-external-id')).to.equal('user "42" <&>');
    expect(widget.getAttribute('api-base')).to.equal(sandboxUrl);
    expect(widget.getAttribute('theme')).to.equal('dark');
    const style = frame.contentWindow!.getComputedStyle(widget);
    expect(style.getPropertyValue('--signin-color-primary').trim()).to.equal('#00754a');
    expect(style.getPropertyValue('--signin-radius').trim()).to.equal('3px');
    // The preselected bank and the consents of the external script: the flow starts at those consents.
    await waitUntil(() => widget.step === 'consents', 'not at the consents', { timeout: 5000 });
    await widget.updateComplete;
    const consents = widget.shadowRoot!.querySelector('signin-consents')!;
    await waitUntil(() => consents.shadowRoot?.textContent?.includes('Zgadzam się na dostęp do danych.'), 'consents not applied', { timeout: 5000 });
    frame.remove();
  });

  it('gives the widget the access mode, its days and multi-bank as attributes', async () => {
    const { sandboxUrl } = await sandbox();
    const config = widgetConfigSchema.parse({ clientId: 'sandbox-client', apiBase: sandboxUrl, ownerExternalId: 'user-42', country: 'PL', accessMode: 'mixed', accessDays: 30, multiBank: true });
    const { html, htmlScript } = exportSnippets(config, { cdnUrl: '/dist/cdn/signin-flow.min.js' });
    expect(htmlScript).to.equal('');
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><title>Exported</title></head><body>${html}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const widget = frame.contentDocument!.querySelector<SignInWidget>('signin-widget')!;
    await waitUntil(() => frame.contentWindow!.customElements.get('signin-widget') && widget.shadowRoot?.querySelector('[part="base"]'), 'no widget', { timeout: 5000 });
    expect([widget.accessMode, widget.accessDays, widget.multiBank]).to.deep.equal(['mixed', 30, true]);
    frame.remove();
  });
});
