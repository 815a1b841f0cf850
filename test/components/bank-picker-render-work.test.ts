import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SignInBankPicker } from '../../src/components/bank-picker/bank-picker.js';
import { logoRule } from '../../src/components/bank-picker/bank-picker.templates.js';
import { bankSchema } from '../../src/core/protocol/catalog.js';
import { countryOptions } from '../../src/core/catalog/country-names.js';
import { fixtureBanks } from '../fixtures/banks.js';

// What a render of the picker must not redo while the user types: work that depends only on
// inputs that did not change.
describe('<signin-bank-picker> render work', () => {
  it('names the countries of its select once per locale, not on every render', async () => {
    const Original = Intl.DisplayNames;
    const intl = Intl as { DisplayNames: typeof Intl.DisplayNames };
    let made = 0;
    intl.DisplayNames = class extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.DisplayNames>) {
        super(...args);
        made++;
      }
    };
    try {
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" countries="PL,CZ,SK" locale="de" .banks=${fixtureBanks}></signin-bank-picker>`);
      const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="country"]')!;
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Polen', 'Slowakei', 'Tschechien']);
      el.shadowRoot!.querySelector('input')!.focus();
      for (const key of ['b', 'a', 'n', 'k']) {
        await sendKeys({ type: key });
        await el.updateComplete;
        await nextFrame();
      }
      expect(made).to.be.at.most(1);
    } finally {
      intl.DisplayNames = Original;
    }
  });

  it('sorts the same country options once for the same codes and locale', () => {
    const options = countryOptions(['SK', 'PL', 'CZ'], 'pl');
    expect(options.map((o) => o.name)).to.deep.equal(['Czechy', 'Polska', 'Słowacja']);
    expect(countryOptions(['SK', 'PL', 'CZ'], 'pl')).to.equal(options);
    expect(countryOptions(['SK', 'PL', 'CZ'], 'en').map((o) => o.name)).to.deep.equal(['Czechia', 'Poland', 'Slovakia']);
  });

  it('parses the page and provider URLs when the API base changes, not for every row', () => {
    const rule = logoRule('http://provider.test:8787/api/');
    expect(logoRule('http://provider.test:8787/api/')).to.equal(rule);
    expect(rule('http://provider.test:8787/logo.png')).to.equal('http://provider.test:8787/logo.png');
    expect(rule('http://tracker.test/logo.png')).to.equal(undefined);
    expect(logoRule('not a url')('http://provider.test:8787/logo.png')).to.equal(undefined);
    expect(logoRule('')('http://provider.test:8787/logo.png')).to.equal(undefined);
  });

  it('parses one URL a row: the logo\'s', async () => {
    const banks = Array.from({ length: 40 }, (_, i) => bankSchema.parse({ id: `b${i}`, name: `Bank ${i}`, country: 'PL', logoUrl: `/test/fixtures/logo.svg?${i}` }));
    const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" .banks=${banks}></signin-bank-picker>`);
    await el.updateComplete;
    await nextFrame();
    const Original = URL;
    let parsed = 0;
    globalThis.URL = class extends Original {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        parsed++;
      }
    };
    try {
      el.requestUpdate(); // one render of the rows shown
      await el.updateComplete;
    } finally {
      globalThis.URL = Original;
    }
    const rows = el.shadowRoot!.querySelectorAll('[part~="option"]').length;
    expect(rows).to.be.greaterThan(5);
    expect(parsed).to.equal(rows);
  });
});
