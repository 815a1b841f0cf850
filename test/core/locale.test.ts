import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { hasCatalog, Localizer, negotiateLocale } from '../../src/i18n/localizer.js';
import { loadLocale, pickLocale, preferredLocales } from '../../src/i18n/load-locale.js';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import '../../src/define.js';
import type { SignInBankPicker } from '../../src/components/bank-picker/bank-picker.js';
import type { SignInConsents } from '../../src/components/consents/consents.js';
import { fixtureBanks } from '../fixtures/banks.js';

/** Pretends the browser prefers `languages` until restored. */
function browserLanguages(languages: string[]): () => void {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  return () => delete (navigator as { languages?: unknown }).languages;
}

class LocaleProbe extends LitElement {
  static override get properties(): PropertyDeclarations {
    return { locale: {} };
  }
  locale = '';
  readonly i18n = new LocaleController(this, () => this.locale);
  renders = 0;
  override render() {
    this.renders++;
    return html`<p lang=${this.i18n.langAttribute ?? ''}>${this.i18n.t('widget.back')}</p>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

describe('locale negotiation', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('speaks the language of the page where it stands (the nearest lang), before the browser\'s, after its own locale', async () => {
    restore = browserLanguages(['en-US']);
    const page = await fixture<HTMLDivElement>(html`<div lang="pl"><section lang=""><locale-probe></locale-probe></section><locale-probe locale="de"></locale-probe></div>`);
    const [inherits, own] = [...page.querySelectorAll<LocaleProbe>('locale-probe')];
    await waitUntil(() => inherits!.i18n.lang === 'pl', 'the page\'s lang was not used', { timeout: 3000 });
    await waitUntil(() => own!.i18n.lang === 'de', 'its own locale did not win', { timeout: 3000 });
    // Inside another element's shadow root: the lang around that element counts.
    const outer = await fixture<HTMLDivElement>(html`<div lang="cs"><div class="shadow-host"></div></div>`);
    const shadow = outer.querySelector('.shadow-host')!.attachShadow({ mode: 'open' });
    const nested = document.createElement('locale-probe') as LocaleProbe;
    shadow.append(nested);
    await waitUntil(() => nested.i18n.lang === 'cs', 'the lang across the shadow root was not used', { timeout: 3000 });
  });

  it('prefers the attribute, then navigator.languages, then en', () => {
    restore = browserLanguages(['de-AT', 'fr']);
    expect(pickLocale(preferredLocales('pl'))).to.equal('pl');
    expect(pickLocale(preferredLocales(''))).to.equal('de');
    expect(pickLocale(preferredLocales('fr-FR'))).to.equal('de'); // unsupported attribute: the browser's next
    restore();
    restore = browserLanguages(['fr-FR', 'ja']);
    expect(pickLocale(preferredLocales())).to.equal('en');
  });

  it('falls back from a region to its language, case-insensitively', () => {
    expect(pickLocale(['pl-PL'])).to.equal('pl');
    expect(pickLocale(['ES-mx'])).to.equal('es');
    expect(pickLocale(['pt-BR', 'lv-LV'])).to.equal('lv');
    expect(pickLocale(['xx'])).to.equal('en');
    expect(negotiateLocale(['sk'], () => false)).to.equal('en');
  });

  it('loads a catalog once and registers it', async () => {
    const [a, b] = await Promise.all([loadLocale('ro-RO'), loadLocale('ro')]);
    expect([a, b]).to.deep.equal(['ro', 'ro']);
    expect(hasCatalog('ro')).to.equal(true);
    expect(new Localizer('ro').t('bankPicker.results', { count: 2 })).to.equal('2 bănci găsite');
    expect(new Localizer('ro').t('bankPicker.results', { count: 20 })).to.equal('20 de bănci găsite');
  });

  it('formats numbers and plurals of the locale', async () => {
    await loadLocale('pl');
    const pl = new Localizer('pl');
    expect(pl.t('bankPicker.results', { count: 1 })).to.equal('Znaleziono 1 bank');
    expect(pl.t('bankPicker.results', { count: 3 })).to.equal('Znaleziono 3 banki');
    expect(pl.t('bankPicker.results', { count: 12345 })).to.equal('Znaleziono 12\u00a0345 banków');
  });
});

describe('LocaleController', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('shows English first, then re-renders in the catalog language when it arrives', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe locale="lt-LT"></locale-probe>`);
    expect(el.i18n.locale).to.equal('lt-LT'); // for Intl, at once
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Atgal'), 'Lithuanian never arrived');
    expect(el.i18n.lang).to.equal('lt');
    expect(el.shadowRoot!.querySelector('p')!.lang).to.equal('lt');
  });

  it('follows navigator.languages when no locale is set', async () => {
    restore = browserLanguages(['et-EE']);
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Tagasi'));
  });

  it('switches when the locale property changes, and back', async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe locale="de"></locale-probe>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Zurück'));
    el.locale = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Back');
  });

  it('renders the bank picker and the consents in Polish, with Polish country names', async () => {
    const picker = await fixture<SignInBankPicker>(html`<signin-bank-picker locale="pl-PL" countries="PL,CZ" country="PL" .banks=${fixtureBanks}></signin-bank-picker>`);
    await waitUntil(() => picker.shadowRoot!.querySelector('#bank-label')?.textContent === 'Twój bank', 'picker not in Polish');
    expect(picker.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('pl');
    expect([...picker.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent)).to.deep.equal(['Czechy', 'Polska']);
    const consents = await fixture<SignInConsents>(html`<signin-consents locale="pl"></signin-consents>`);
    await waitUntil(() => consents.shadowRoot!.querySelector('legend')?.textContent === 'Twoje zgody', 'consents not in Polish');
    expect(consents.definitions[0]!.label).to.match(/^Zgadzam się/);
  });
});
