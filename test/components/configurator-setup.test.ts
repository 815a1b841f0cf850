import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/configurator/configurator.define.js';
import type { SignInConfigurator } from '../../src/components/configurator/configurator.js';
import type { SignInWidget } from '../../src/components/widget/widget.js';
import { PRESETS, PREVIEW_STATES, SNIPPET_NAMES, auditContrast, contrastRatio, exampleBanks, parseColor } from '../../src/core/configurator/index.js';
import { tokenProperty } from '../../src/styles/token-names.js';
import { comboboxAxe } from '../helpers/axe.js';
import { sandbox } from '../helpers/flow.js';

/** An address where nothing answers: the preview uses the example provider. */
const NOWHERE = 'http://127.0.0.1:9';

async function configurator(options: { hashSync?: boolean; theme?: string } = {}): Promise<SignInConfigurator> {
  const el = await fixture<SignInConfigurator>(
    html`<signin-configurator api-base=${NOWHERE} locale="en" ?hash-sync=${options.hashSync} theme=${options.theme ?? 'light'}></signin-configurator>`,
  );
  await waitUntil(() => preview(el), 'no preview', { timeout: 5000 });
  return el;
}
const $ = <T extends Element = HTMLInputElement>(el: SignInConfigurator, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const preview = (el: SignInConfigurator) => el.shadowRoot!.querySelector<SignInWidget>('signin-widget');
/** A query through the preview's shadow roots: widget › element › selector. */
const inPreview = (el: SignInConfigurator, element: string, selector?: string) => {
  const inner = preview(el)?.shadowRoot?.querySelector(element);
  return selector ? inner?.shadowRoot?.querySelector(selector) : inner;
};

async function type(el: SignInConfigurator, selector: string, value: string) {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

describe('<signin-configurator>: presets, contrast, sharing', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('applies a preset: every control, the preview and every export carry its tokens', async () => {
    const el = await configurator();
    const friendly = PRESETS.find((p) => p.name === 'friendly')!;
    $(el, 'input[name="preset"][value="friendly"]').click();
    await el.updateComplete;
    expect($(el, '#s-colorPrimary').value).to.equal(friendly.styles.colorPrimary);
    expect($(el, '#s-borderRadius').value).to.equal('16px');
    expect($<HTMLSelectElement>(el, '#f-theme').value).to.equal('light');
    expect($(el, 'input[name="preset"][value="friendly"]').checked).to.equal(true);
    const snippets = el.snippets!;
    for (const [key, value] of Object.entries(friendly.styles)) {
      expect(snippets.css, key).to.contain(`${tokenProperty(key as keyof typeof friendly.styles)}: ${value};`);
      for (const name of ['npm', 'embed', 'react', 'vue', 'angular'] as const) expect(snippets[name], `${name} ${key}`).to.contain(JSON.stringify(value));
    }
    expect(JSON.parse(snippets.json).styles).to.deep.equal(friendly.styles);
    await preview(el)!.updateComplete;
    expect(getComputedStyle(preview(el)!).getPropertyValue('--signin-color-primary').trim()).to.equal(friendly.styles.colorPrimary);
    // A change of one token: no preset any more.
    await type(el, '#s-colorPrimary', '#5b21b6');
    expect(el.shadowRoot!.querySelector('input[name="preset"]:checked')).to.equal(null);
    expect($(el, '[role="status"]').textContent).to.contain('Preset');
  });

  it('names #fef08a as brand colour failing, says so in the exports, and its fix passes', async () => {
    const el = await configurator();
    await type(el, '#f-theme', 'light');
    await type(el, '#s-colorPrimary', '#fef08a');
    const failure = $(el, '.failure[data-pair="primary"]');
    expect(failure.textContent).to.contain('brand colour (buttons, checkboxes) on surface (light theme): 1.1:1, needs 3:1');
    expect($(el, '.failure[data-pair="link"]').textContent).to.contain('links on surface (light theme): 1.1:1, needs 4.5:1');
    expect(el.snippets!.html).to.match(/^<!--\n {2}Contrast below WCAG 2\.2 AA/).and.to.contain('links on surface (light theme): 1.1:1, needs 4.5:1');
    expect(el.snippets!.react).to.contain('// - brand colour (buttons, checkboxes) on surface (light theme): 1.1:1, needs 3:1');
    failure.querySelector<HTMLButtonElement>('.fix')!.click();
    await el.updateComplete;
    const fixed = $(el, '#s-colorPrimary').value;
    expect(fixed).to.match(/^#[\da-f]{6}$/).and.not.equal('#fef08a');
    expect(contrastRatio(parseColor(fixed)!, parseColor('#ffffff')!)).to.be.at.least(3);
    expect(el.shadowRoot!.querySelector('.failure[data-pair="primary"]')).to.equal(null);
    $<HTMLButtonElement>(el, '.failure[data-pair="link"] .fix').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.failure')).to.equal(null);
    expect($(el, '.contrast-pass').textContent).to.contain('passes');
    expect(el.snippets!.html).to.not.contain('Contrast below');
    expect(auditContrast(el.config!.styles!, ['light']).every((r) => r.pass)).to.equal(true);
  });

  it('audits both themes when the theme is left to the page, and reads any CSS colour', async () => {
    const el = await configurator();
    await type(el, '#s-colorText', 'gold');
    const themes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.failure[data-pair="text"]')].map((li) => li.dataset['theme']);
    expect(themes).to.deep.equal(['light']);
    await type(el, '#s-colorText', 'hsl(0 0% 20%)');
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('.failure[data-pair="text"]')].map((li) => li.dataset['theme'])).to.deep.equal(['dark']);
    // The fix in one theme cannot pass in the other: it says so.
    expect($(el, '.failure[data-pair="text"]').textContent).to.contain('No single value passes in both themes');
  });

  it('keeps the setup in the address: a reload gives the same controls and exports', async () => {
    const el = await configurator({ hashSync: true });
    await type(el, '#f-clientId', 'acme-budget');
    await type(el, '#f-accessMode', 'mixed');
    await type(el, '#s-colorPrimary', '#00754a');
    await type(el, '#s-shadow', 'none');
    $(el, 'input[name="preview-width"][value="phone"]').click();
    await el.updateComplete;
    expect(location.hash).to.match(/^#setup=/);
    expect($(el, '#share-link').value).to.equal(location.href);
    const before = el.snippets!;
    el.remove();
    const again = await configurator({ hashSync: true });
    expect($(again, '#f-clientId').value).to.equal('acme-budget');
    expect($<HTMLSelectElement>(again, '#f-accessMode').value).to.equal('mixed');
    expect($(again, '#s-colorPrimary').value).to.equal('#00754a');
    expect($(again, 'input[name="preview-width"][value="phone"]').checked).to.equal(true);
    expect(again.snippets).to.deep.equal(before);
    // A broken link is named, and the starter setup stays.
    again.remove();
    history.replaceState(null, '', '#setup=eyJw');
    const broken = await configurator({ hashSync: true });
    expect($(broken, '.share [role="alert"]').textContent).to.contain('#setup');
    expect($(broken, '#f-clientId').value).to.equal('sandbox-client');
  });

  it('lets nothing invalid reach the preview or the exports', async () => {
    const el = await configurator();
    await type(el, '#s-colorPrimary', '#00754a');
    await type(el, '#f-country', 'pl');
    await type(el, '#s-borderRadius', 'round');
    expect($(el, '#f-country-error').textContent).to.contain('two-letter');
    expect($(el, '#s-borderRadius-error').textContent).to.contain('CSS length');
    expect(el.snippets).to.equal(undefined);
    // The preview keeps the last valid setup.
    expect(preview(el)!.config).to.include({ country: 'PL' });
    expect(preview(el)!.config!.styles).to.deep.equal({ colorPrimary: '#00754a' });
    expect(preview(el)!.shadowRoot!.querySelector('.config-error')).to.equal(null);
  });

  it('copies the link and each export, and the button says Copied', async () => {
    const el = await configurator();
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    try {
      $<HTMLButtonElement>(el, '.copy-link').click();
      await waitUntil(() => $(el, '.copy-link').textContent === 'Copied');
      expect(copied.pop()).to.equal(el.shareLink);
      for (const tab of SNIPPET_NAMES.filter((name) => name !== 'css')) {
        $<HTMLButtonElement>(el, `#tab-${tab}`).click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, '.copy').click();
        await waitUntil(() => $(el, '.copy').textContent === 'Copied', `${tab}: no Copied`);
        expect(copied.pop()).to.equal(el.snippets![tab]);
      }
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('imports each export format back into the same setup', async () => {
    const source = await configurator();
    $(source, 'input[name="preset"][value="neutral"]').click();
    await type(source, '#f-clientId', 'acme-budget');
    await type(source, '#f-mode', 'popup');
    await type(source, '#f-consents', JSON.stringify([{ id: 'terms', version: '3', label: "I accept Acme's terms." }]));
    const snippets = source.snippets!;
    const expected = source.config;
    for (const name of SNIPPET_NAMES.filter((n) => n !== 'css')) {
      const el = await configurator();
      const text = name === 'html' ? [snippets.html, snippets.htmlScript, snippets.css].join('\n') : snippets[name];
      $<HTMLTextAreaElement>(el, '#import-text').value = text;
      $<HTMLButtonElement>(el, '.import .button').click();
      await el.updateComplete;
      expect(el.config, name).to.deep.equal(expected);
      expect($(el, '#f-clientId').value, name).to.equal('acme-budget');
      expect(el.snippets, name).to.deep.equal(snippets);
    }
  });

  it('renders every state of the preview with the real widget', async () => {
    const el = await configurator();
    const select = $<HTMLSelectElement>(el, '#preview-state');
    expect([...select.options].map((o) => o.value)).to.deep.equal(PREVIEW_STATES.map((s) => s.id));
    const checks: Record<string, () => unknown> = {
      banks: () => inPreview(el, 'signin-bank-picker', '[role="option"]'),
      loading: () => inPreview(el, 'signin-bank-picker', '[part="skeleton"]'),
      empty: () => inPreview(el, 'signin-bank-picker', '[part="empty"]'),
      catalogError: () => inPreview(el, 'signin-bank-picker', '[part="error"]'),
      unavailable: () => inPreview(el, 'signin-bank-picker', '[role="option"][aria-disabled="true"]'),
      consentsSingle: () => inPreview(el, 'signin-consents', 'input[type="checkbox"]'),
      consentsMultiple: () => (inPreview(el, 'signin-consents') as HTMLElement | undefined)?.getAttribute('access-mode') === 'multiple' && inPreview(el, 'signin-consents', 'input'),
      consentsMixed: () => inPreview(el, 'signin-consents', 'input[type="radio"]'),
      redirect: () => (inPreview(el, 'signin-launcher') as { status?: string } | undefined)?.status === 'idle' && inPreview(el, 'signin-launcher', 'button'),
      success: () => preview(el)!.step === 'result' && (inPreview(el, 'signin-launcher') as { status?: string } | undefined)?.status === 'done' && !location.search.includes('signin_'),
      waiting: () => (inPreview(el, 'signin-launcher') as { status?: string } | undefined)?.status === 'redirecting',
      // The popup blocker of the test browser is on (web-test-runner.config): a bank window opened without user activation is blocked.
      blocked: () => (inPreview(el, 'signin-launcher') as { status?: string } | undefined)?.status === 'blocked',
    };
    for (const state of PREVIEW_STATES) {
      select.value = state.id;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const check =
        checks[state.id] ??
        (() => {
          const launcher = inPreview(el, 'signin-launcher') as (HTMLElement & { status: string; errorCode: string }) | undefined;
          return launcher?.status === 'failed' && launcher.errorCode === state.id.slice('error-'.length) && preview(el)!.step === 'result';
        });
      await waitUntil(check, `state ${state.id} not shown`, { timeout: 5000 });
    }
    // A state stays while the look changes (the tokens reach the widget where it is).
    await type(el, '#s-colorPrimary', '#00754a');
    await preview(el)!.updateComplete;
    expect((inPreview(el, 'signin-launcher') as unknown as { status: string }).status).to.equal('failed');
    expect(getComputedStyle(preview(el)!).getPropertyValue('--signin-color-primary').trim()).to.equal('#00754a');
    // The exports are the config's, not the state's.
    expect(el.snippets!.html).to.not.contain('mode="redirect"');
  });

  it('shows the preview at phone, tablet and desktop widths, in either theme', async () => {
    const el = await configurator();
    const frame = $<HTMLElement>(el, '.frame');
    for (const [width, px] of [['phone', 360], ['tablet', 768]] as const) {
      $(el, `input[name="preview-width"][value="${width}"]`).click();
      await el.updateComplete;
      expect(frame.getBoundingClientRect().width, width).to.equal(px);
    }
    $(el, 'input[name="preview-theme"][value="dark"]').click();
    await el.updateComplete;
    expect(preview(el)!.getAttribute('theme')).to.equal('dark');
    $(el, 'input[name="preview-theme"][value=""]').click();
    await type(el, '#f-theme', 'light');
    expect(preview(el)!.getAttribute('theme')).to.equal('light');
  });

  it('offers the countries of the provider’s catalog: every country with banks, none without', async () => {
    const el = await configurator();
    const options = () => [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('#countries option')].map((o) => o.value);
    // The example provider's countries while the provider does not answer.
    expect(options()).to.deep.equal([...new Set(exampleBanks.map((bank) => bank.country))]);
    const { sandboxUrl } = await sandbox();
    await type(el, '#f-apiBase', sandboxUrl);
    const catalog = (await (await fetch(`${sandboxUrl}/v1/catalog`)).json()) as { banks: { country: string }[] };
    const expected = [...new Set(catalog.banks.map((bank) => bank.country))].sort();
    await waitUntil(() => JSON.stringify(options()) === JSON.stringify(expected), `countries ${options().join(',')} ≠ ${expected.join(',')}`, { timeout: 5000 });
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in the ${theme} theme, with the More tokens and a contrast failure shown`, async () => {
      const el = await configurator({ theme });
      $<HTMLDetailsElement>(el, 'details.more').open = true;
      await type(el, '#s-colorPrimary', '#fef08a');
      await expect(el).to.be.accessible(comboboxAxe);
    });
  }
});
