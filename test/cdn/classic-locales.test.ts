import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadClassicScript } from '../helpers/classic-script.js';

describe('classic CDN script: languages', () => {
  it('loads a catalog from locales/ beside the script', async () => {
    await loadClassicScript();
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: true });
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<signin-consents locale="cs"></signin-consents>`);
    await waitUntil(() => el.shadowRoot?.querySelector('legend')?.textContent === 'Vaše souhlasy', 'Czech never arrived');
    observer.disconnect();
    expect(requested.some((url) => url.endsWith('/dist/cdn/locales/cs.js'))).to.equal(true);
  });
});
