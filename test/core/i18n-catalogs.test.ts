import { expect } from '@open-wc/testing';
import { en, type Catalog } from '../../src/i18n/index.js';
import { LOCALES } from '../../src/i18n/load-locale.js';
import { localeLoaders } from '../../src/i18n/locale-loaders.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const union = (entry: Catalog[keyof Catalog]) =>
  [...new Set(typeof entry === 'string' ? placeholders(entry) : Object.values(entry).flatMap((t) => placeholders(t ?? '')))].sort();

describe('message catalogs', () => {
  it('ship a loader for every locale but English, which is bundled', () => {
    expect(Object.keys(localeLoaders).sort()).to.deep.equal(LOCALES.filter((l) => l !== 'en').sort());
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    describe(locale, () => {
      let catalog: Catalog;
      before(async () => {
        catalog = (await localeLoaders[locale]!()).default;
      });

      it('has exactly the keys of en (none missing, none extra)', () => {
        const keys = Object.keys(catalog);
        expect(Object.keys(en).filter((k) => !keys.includes(k)), 'missing keys').to.deep.equal([]);
        expect(keys.filter((k) => !(k in en)), 'extra keys').to.deep.equal([]);
      });

      it('has the plural forms Intl.PluralRules needs, and only those', () => {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
        for (const [key, value] of Object.entries(en)) {
          const entry = catalog[key as keyof Catalog];
          if (typeof value === 'string') expect(typeof entry, key).to.equal('string');
          else expect(Object.keys(entry).sort(), key).to.deep.equal(categories);
        }
      });

      it('uses the placeholders of en', () => {
        for (const key of Object.keys(en) as (keyof Catalog)[]) {
          expect(union(catalog[key]), key).to.deep.equal(union(en[key]));
          const entry = catalog[key];
          // Every plural form uses only known placeholders.
          if (typeof entry !== 'string') for (const form of Object.values(entry)) expect(union(en[key]), key).to.include.members(placeholders(form ?? ''));
        }
      });

      it('is translated (most texts differ from English)', () => {
        const same = (Object.keys(en) as (keyof Catalog)[]).filter((k) => typeof en[k] === 'string' && en[k] === catalog[k] && /[a-z]{3}/i.test(en[k] as string));
        expect(same.length, same.join(', ')).to.be.below(4);
      });
    });
  }
});
