import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/configurator/configurator.define.js';
import type { SignInConfigurator } from '../../src/components/configurator/configurator.js';
import type { SignInWidget } from '../../src/components/widget/widget.js';
import { EXAMPLE_API_BASE, exampleCatalogClient, exampleProviderClient } from '../../src/core/configurator/example-provider.js';
import { configuratorEn, configuratorLoaders } from '../../src/i18n/configurator/index.js';
import { LOCALES } from '../../src/i18n/load-locale.js';
import { comboboxAxe } from '../helpers/axe.js';
import { sandbox } from '../helpers/flow.js';

/** An address where nothing answers. */
const NOWHERE = 'http://127.0.0.1:9';

async function configurator(apiBase = NOWHERE): Promise<SignInConfigurator> {
  const el = await fixture<SignInConfigurator>(html`<signin-configurator api-base=${apiBase} locale="en"></signin-configurator>`);
  await waitUntil(() => preview(el), 'no preview', { timeout: 5000 });
  return el;
}
const $ = <T extends Element = HTMLInputElement>(el: SignInConfigurator, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const preview = (el: SignInConfigurator) => el.shadowRoot!.querySelector<SignInWidget>('signin-widget');

async function type(el: SignInConfigurator, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
  await preview(el)?.updateComplete;
}

describe('<signin-configurator>', () => {
  it('updates the preview on every change and fires change', async () => {
    const el = await configurator();
    const changed = oneEvent(el, 'change');
    await type(el, '#f-clientId', 'acme-budget');
    await changed;
    expect(preview(el)!.config?.clientId).to.equal('acme-budget');
    await type(el, '#f-mode', 'popup');
    expect(preview(el)!.config?.mode).to.equal('popup');
    await type(el, '#f-theme', 'dark');
    expect(preview(el)!.getAttribute('theme')).to.equal('dark');
    await type(el, '#s-colorPrimary', '#00754a');
    expect(getComputedStyle(preview(el)!).getPropertyValue('--signin-color-primary').trim()).to.equal('#00754a');
    await type(el, '#s-colorPrimary', '');
    expect(getComputedStyle(preview(el)!).getPropertyValue('--signin-color-primary').trim()).to.equal('');
    expect(el.config).to.include({ clientId: 'acme-budget', mode: 'popup', theme: 'dark' });
    expect(el.snippets!.html).to.contain('client-id="acme-budget"');
  });

  it('previews example banks when the provider does not answer, and says so', async () => {
    const el = await configurator();
    await waitUntil(() => $(el, '.note.unreachable'), 'no note', { timeout: 5000 });
    expect($(el, '.note').textContent).to.contain('Sandbox not reachable at http://127.0.0.1:9');
    await el.updateComplete;
    expect(preview(el)!.config?.apiBase).to.equal(EXAMPLE_API_BASE);
    const picker = preview(el)!.shadowRoot!.querySelector('signin-bank-picker')!;
    await waitUntil(() => picker.shadowRoot!.querySelector('[role="option"]'), 'no example banks', { timeout: 5000 });
    // The export keeps the provider the user typed.
    expect(el.snippets!.json).to.contain(NOWHERE);
    await expect(el).to.be.accessible(comboboxAxe);
  });

  it('never touches window.fetch: the example provider is a client given to the preview', async () => {
    const original = window.fetch;
    const el = await configurator();
    await waitUntil(() => $(el, '.note.unreachable'), 'no note', { timeout: 5000 });
    await el.updateComplete;
    expect(window.fetch, 'while connected').to.equal(original);
    const widget = preview(el)!;
    expect(widget.catalogClient).to.equal(exampleCatalogClient);
    expect(widget.providerClient).to.equal(exampleProviderClient);
    // A wrapper installed later (a mock, monitoring) survives the configurator's removal.
    const wrapper: typeof fetch = (input, init) => original(input, init);
    window.fetch = wrapper;
    try {
      el.remove();
      expect(window.fetch).to.equal(wrapper);
    } finally {
      window.fetch = original;
    }
  });

  it('previews against the sandbox when it answers', async () => {
    const { sandboxUrl } = await sandbox();
    const el = await configurator(sandboxUrl);
    await waitUntil(() => $(el, '.note.reachable'), 'sandbox not seen', { timeout: 5000 });
    await el.updateComplete;
    expect(preview(el)!.config?.apiBase).to.equal(sandboxUrl);
  });

  it('marks an invalid control and lists the problems instead of the export', async () => {
    const el = await configurator();
    await type(el, '#f-country', 'pl');
    expect($(el, '#f-country').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-country-error').textContent).to.contain('two-letter upper-case');
    expect(el.snippets).to.equal(undefined);
    expect($(el, '.problems').textContent).to.contain('country');
    await type(el, '#s-borderRadius', 'red');
    expect($(el, '#s-borderRadius-error').textContent).to.contain('CSS length');
  });

  it('loads a pasted JSON config into every control', async () => {
    const el = await configurator();
    $<HTMLTextAreaElement>(el, '#import-text').value = JSON.stringify({
      clientId: 'acme',
      apiBase: 'https://provider.example',
      ownerExternalId: 'u-1',
      country: 'CZ',
      mode: 'redirect',
      consents: [{ id: 'terms', version: '2', label: 'I accept.' }],
      styles: { colorPrimary: '#00754a', borderRadius: '2px' },
    });
    $<HTMLButtonElement>(el, '.import .button').click();
    await el.updateComplete;
    expect($(el, '#f-clientId').value).to.equal('acme');
    expect($(el, '#f-country').value).to.equal('CZ');
    expect($<HTMLSelectElement>(el, '#f-mode').value).to.equal('redirect');
    expect(JSON.parse($<HTMLTextAreaElement>(el, '#f-consents').value)).to.deep.equal([{ id: 'terms', version: '2', label: 'I accept.' }]);
    expect($(el, '#s-colorPrimary').value).to.equal('#00754a');
    expect($(el, '[role="status"]').textContent).to.contain('Configuration loaded.');
  });

  it('shows why a pasted config was not loaded, naming the field, and keeps the controls', async () => {
    const el = await configurator();
    $<HTMLTextAreaElement>(el, '#import-text').value = '{"clientId": "x", "apiBase": "ftp://x", "ownerExternalId": "u"}';
    $<HTMLButtonElement>(el, '.import .button').click();
    await el.updateComplete;
    const alert = $(el, '[role="alert"]');
    expect(alert.textContent).to.contain('apiBase: must be an absolute http(s) URL');
    expect($(el, '#f-clientId').value).to.equal('sandbox-client');
    expect(el.load('{oops').ok).to.equal(false);
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('(JSON): is not valid JSON');
  });

  it('edits the access mode, its days and multi-bank, exports them, and passes them to the preview', async () => {
    const el = await configurator();
    const mode = $<HTMLSelectElement>(el, '#f-accessMode');
    expect([...mode.options].map((o) => o.value)).to.deep.equal(['single', 'multiple', 'mixed']);
    expect(mode.value, 'left out: single').to.equal('single');
    expect($(el, 'label[for="f-accessMode"]').textContent).to.equal('Access mode');
    const days = $(el, '#f-accessDays');
    expect([days.type, days.min, days.max, days.placeholder]).to.deep.equal(['number', '1', '180', '180']);
    const multi = $(el, '#f-multiBank');
    expect([multi.type, multi.checked]).to.deep.equal(['checkbox', false]);
    expect($(el, 'label[for="f-multiBank"]').textContent).to.contain('Connect another bank');

    await type(el, '#f-accessMode', 'mixed');
    await type(el, '#f-accessDays', '45');
    multi.click();
    await el.updateComplete;
    await preview(el)!.updateComplete;
    expect(el.config).to.include({ accessMode: 'mixed', accessDays: 45, multiBank: true });
    expect(preview(el)!.config).to.include({ accessMode: 'mixed', accessDays: 45, multiBank: true });
    expect(el.snippets!.html).to.contain('access-mode="mixed"').and.to.contain('access-days="45"').and.to.match(/\n {2}multi-bank\n/);
    expect(el.snippets!.embed).to.contain('accessMode: "mixed"').and.to.contain('multiBank: true');

    // The widget's own message, on the control.
    await type(el, '#f-accessDays', '200');
    expect(days.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-accessDays-error').textContent).to.equal('must be a whole number of days from 1 to 180');
    expect(el.snippets).to.equal(undefined);
    await expect(el).to.be.accessible(comboboxAxe);
  });

  it('says a reconnect token is not exported, and leaves one out of a pasted config', async () => {
    const el = await configurator();
    expect($(el, '.fields > .hint').textContent).to.contain('reconnect-token').and.to.contain('per user');
    expect(el.load(JSON.stringify({ clientId: 'acme', apiBase: 'https://provider.example', ownerExternalId: 'u-1', accessMode: 'multiple', accessDays: 60, multiBank: true, reconnectToken: 'rct_0123456789abcdef0123' })).ok).to.equal(true);
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#f-accessMode').value).to.equal('multiple');
    expect($(el, '#f-accessDays').value).to.equal('60');
    expect($(el, '#f-multiBank').checked).to.equal(true);
    expect(el.config!.reconnectToken).to.equal(undefined);
    expect(preview(el)!.config!.reconnectToken).to.equal(undefined);
    for (const code of Object.values(el.snippets!)) expect(code).to.not.contain('rct_');
    expect($(el, '.import-note').textContent).to.contain('without its reconnectToken');
    expect($(el, '[role="status"]').textContent).to.contain('without its reconnectToken');
  });

  it('copies each export with the clipboard and announces it', async () => {
    const el = await configurator();
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (text: string) => void copied.push(text);
    try {
      for (const tab of ['html', 'npm', 'embed', 'json'] as const) {
        $<HTMLButtonElement>(el, `#tab-${tab}`).click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, '.copy').click();
        await waitUntil(() => copied.length > 0 && $(el, '[role="status"]').textContent!.includes('Copied'));
        expect(copied.pop()).to.equal(el.snippets![tab]);
      }
      clipboard.writeText = async () => Promise.reject(new Error('denied'));
      $<HTMLButtonElement>(el, '.copy').click();
      await waitUntil(() => $(el, '[role="status"]').textContent!.includes('Copying failed'));
      expect(getSelection()!.toString().trim()).to.equal(el.snippets!.json.trim());
    } finally {
      clipboard.writeText = original;
    }
  });

  it('moves between the export tabs with the arrow keys', async () => {
    const el = await configurator();
    $<HTMLButtonElement>(el, '#tab-html').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[aria-selected="true"]').id).to.equal('tab-css');
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-css');
  });

  it('shows its own texts in each of the 10 languages, and follows a change of locale', async () => {
    const texts = (el: SignInConfigurator) => ({
      title: $(el, 'h1').textContent,
      label: $(el, 'label[for="f-clientId"]').textContent,
      tab: $(el, '[role="tab"]').textContent!.trim(),
      lang: $(el, '.layout').getAttribute('lang'),
    });
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const catalog = (await configuratorLoaders[locale]!()).default;
      expect(catalog['configurator.title'], locale).not.to.equal(configuratorEn['configurator.title']);
      const el = await fixture<SignInConfigurator>(html`<signin-configurator api-base=${NOWHERE} locale=${locale}></signin-configurator>`);
      const expected = { title: catalog['configurator.title'], label: catalog['configurator.field.clientId'], tab: catalog['configurator.export.html'], lang: locale };
      await waitUntil(() => $(el, 'h1').textContent === expected.title, `${locale}: the title stays "${$(el, 'h1').textContent}"`, { timeout: 5000 });
      expect(texts(el), locale).to.deep.equal(expected);
    }
    const el = await fixture<SignInConfigurator>(html`<signin-configurator api-base=${NOWHERE} locale="en"></signin-configurator>`);
    expect(texts(el).title).to.equal(configuratorEn['configurator.title']);
    el.locale = 'de-AT';
    const german = (await configuratorLoaders['de']!()).default;
    await waitUntil(() => $(el, 'h1').textContent === german['configurator.title'], 'never German', { timeout: 5000 });
    expect(texts(el)).to.deep.equal({ title: german['configurator.title'], label: german['configurator.field.clientId'], tab: german['configurator.export.html'], lang: 'de' });
  });
});
