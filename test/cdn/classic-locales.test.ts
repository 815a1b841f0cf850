import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// The classic script does not bundle the catalogs: it loads `locales/<locale>.js` from beside itself.
function loadClassicScript(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/cdn/signin-flow.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('dist/cdn/signin-flow.min.js did not load: run "npm run build" first'));
    document.head.append(script);
  });
}

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
