import { expect } from '@open-wc/testing';
import { Localizer, negotiateLocale, registerCatalog, en } from '../../src/i18n/index.js';

describe('Localizer', () => {
  it('fills parameters and picks plural forms', () => {
    const l = new Localizer('en');
    expect(l.t('bankPicker.noResults', { query: 'xyz' })).to.equal('No bank matches “xyz”.');
    expect(l.t('bankPicker.results', { count: 1 })).to.equal('1 bank found');
    expect(l.t('bankPicker.results', { count: 12345 })).to.equal('12,345 banks found');
  });

  it('leaves an unknown placeholder visible instead of dropping it', () => {
    expect(new Localizer().t('bankPicker.noResults')).to.equal('No bank matches “{query}”.');
  });

  it('negotiates registered locales and falls back to en', () => {
    registerCatalog('xx', { ...en, 'bankPicker.label': 'Xx bank' });
    expect(negotiateLocale(['fr-FR', 'xx-YY'])).to.equal('xx');
    expect(negotiateLocale(['fr'])).to.equal('en');
    expect(new Localizer('xx').t('bankPicker.label')).to.equal('Xx bank');
    expect(new Localizer('fr').locale).to.equal('en');
  });
});
