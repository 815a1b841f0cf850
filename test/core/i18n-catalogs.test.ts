import { expect } from '@open-wc/testing';
import { en, type PluralForms } from '../../src/i18n/index.js';
import { configuratorEn, configuratorLoaders } from '../../src/i18n/configurator/index.js';
import { LOCALES } from '../../src/i18n/load-locale.js';
import { localeLoaders } from '../../src/i18n/locale-loaders.js';

type Entry = string | PluralForms;
type Messages = Readonly<Record<string, Entry>>;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const union = (entry: Entry) =>
  [...new Set(typeof entry === 'string' ? placeholders(entry) : Object.values(entry).flatMap((t) => placeholders(t ?? '')))].sort();

// The elements' catalogs (src/i18n) and <signin-configurator>'s own (src/i18n/configurator).
const SETS: [name: string, reference: Messages, loaders: Readonly<Record<string, () => Promise<{ default: Messages }>>>][] = [
  ['message catalogs', en, localeLoaders],
  ['configurator catalogs', configuratorEn, configuratorLoaders],
];

for (const [name, reference, loaders] of SETS) {
  describe(name, () => {
    it('ship a loader for every locale but English, which is bundled', () => {
      expect(Object.keys(loaders).sort()).to.deep.equal(LOCALES.filter((l) => l !== 'en').sort());
    });

    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      describe(locale, () => {
        let catalog: Messages;
        before(async () => {
          catalog = (await loaders[locale]!()).default;
        });

        it('has exactly the keys of en (none missing, none extra)', () => {
          const keys = Object.keys(catalog);
          expect(Object.keys(reference).filter((k) => !keys.includes(k)), 'missing keys').to.deep.equal([]);
          expect(keys.filter((k) => !(k in reference)), 'extra keys').to.deep.equal([]);
        });

        it('has the plural forms Intl.PluralRules needs, and only those', () => {
          const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
          for (const [key, value] of Object.entries(reference)) {
            const entry = catalog[key]!;
            if (typeof value === 'string') expect(typeof entry, key).to.equal('string');
            else expect(Object.keys(entry).sort(), key).to.deep.equal(categories);
          }
        });

        it('uses the placeholders of en', () => {
          for (const key of Object.keys(reference)) {
            expect(union(catalog[key]!), key).to.deep.equal(union(reference[key]!));
            const entry = catalog[key]!;
            // Every plural form uses only known placeholders.
            if (typeof entry !== 'string') for (const form of Object.values(entry)) expect(union(reference[key]!), key).to.include.members(placeholders(form ?? ''));
          }
        });

        it('is translated (most texts differ from English)', () => {
          const same = Object.keys(reference).filter((k) => typeof reference[k] === 'string' && reference[k] === catalog[k] && /[a-z]{3}/i.test(reference[k]));
          expect(same.length, same.join(', ')).to.be.below(4);
        });
      });
    }
  });
}

describe('the default data-access consent', () => {
  // Its details are shown whether or not a privacy notice is configured (without privacyUrl its
  // consent is left out): they must not send the user to a document that may not be there.
  const privacyNotice: Record<string, RegExp> = {
    en: /privacy/i, cs: /ochran/i, de: /datenschutz/i, es: /privacidad/i, et: /privaatsus/i,
    lt: /privatum/i, lv: /privātum/i, pl: /prywatno/i, ro: /confidențialitate/i, sk: /ochran/i,
  };
  for (const locale of LOCALES) {
    it(`names no privacy notice in its details (${locale})`, async () => {
      const catalog: Messages = locale === 'en' ? en : (await localeLoaders[locale]!()).default;
      const privacy = catalog['consents.default.privacy.label'];
      expect(String(privacy)).to.match(privacyNotice[locale]!, 'the pattern finds the notice’s name');
      expect(String(catalog['consents.default.data.details'])).not.to.match(privacyNotice[locale]!);
    });
  }
});
