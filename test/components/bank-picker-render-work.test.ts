import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SignInBankPicker } from '../../src/components/bank-picker/bank-picker.js';
import { providerOrigins } from '../../src/components/bank-picker/bank-picker.templates.js';
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

  it('parses the provider origin when the API base changes, not for every row', () => {
    const origins = providerOrigins('https://bank.example/api/');
    expect(origins).to.deep.equal(['https://bank.example']);
    expect(providerOrigins('https://bank.example/api/')).to.equal(origins);
    expect(providerOrigins('not a url')).to.deep.equal([]);
    expect(providerOrigins('')).to.deep.equal([]);
  });
});
