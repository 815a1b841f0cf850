// The sandbox speaks the widget's 10 languages on every page and in the catalog's bank statuses:
// one catalog structure (every language has exactly the keys and placeholders of en), and no
// English sentence left on a page rendered in another language.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { CATALOGS, t, type MessageKey, type PageLocale } from '../../../demo/sandbox/i18n.js';
import { en } from '../../../demo/sandbox/locales/en.js';
import type { Bank } from '../../../src/core/protocol/catalog.js';
import { authedJson, bankPath, createSession, makeSandbox, postForm } from './helpers.js';

const LANGUAGES = ['en', 'pl', 'cs', 'sk', 'de', 'es', 'lt', 'lv', 'et', 'ro'] as const;
const KEYS = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** Messages that are the same in every language: error codes shown to the developer. */
const CODES = new Set<MessageKey>(['hintLocked', 'hintBankdown']);

describe('sandbox message catalogs', () => {
  test('the sandbox speaks the widget’s 10 languages', () => {
    assert.deepEqual(Object.keys(CATALOGS).sort(), [...LANGUAGES].sort());
  });

  for (const language of LANGUAGES) {
    test(`${language} has every key of en, no other, each non-empty with the same placeholders`, () => {
      const catalog: Record<string, string> = CATALOGS[language];
      assert.deepEqual(Object.keys(catalog).sort(), [...KEYS].sort());
      for (const key of KEYS) {
        assert.ok(catalog[key]?.trim(), `${language}.${key} is empty`);
        assert.deepEqual(placeholders(catalog[key] ?? ''), placeholders(en[key]), `${language}.${key} placeholders`);
      }
    });
  }

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    test(`${language} is translated: its sentences are not the English ones`, () => {
      const untranslated = KEYS.filter((key) => !CODES.has(key) && en[key].includes(' ') && CATALOGS[language][key] === en[key]);
      assert.deepEqual(untranslated, []);
    });
  }
});

/**
 * English sentences (with a space, not the same in `locale`) that appear in the text of `html`; not
 * in the completion page's data block, whose `error.message` is English by protocol.
 */
function englishIn(html: string, locale: PageLocale): string[] {
  const text = html.replace(/<script type="application\/json"[^]*?<\/script>/g, '').replace(/&#39;/g, "'").replace(/&#34;/g, '"');
  return KEYS.filter((key) => en[key].includes(' ') && t(locale, key) !== en[key])
    .map((key) => en[key].split(/\{\w+\}/)[0]?.trim() ?? '')
    .filter((fragment) => fragment.length > 8 && text.includes(fragment));
}

describe('every page and the catalog in every language', () => {
  const { app, sandbox } = makeSandbox();
  after(() => sandbox.close());

  for (const language of LANGUAGES) {
    test(`${language}: catalog statuses, connecting, bank login, MFA, wrong password, completion, hosted form`, async () => {
      const banks = ((await (await app.request(`/v1/catalog?country=PL&locale=${language}`)).json()) as { banks: Bank[] }).banks;
      assert.equal(banks.find((bank) => bank.status === 'down')?.statusMessage, t(language, 'statusDown'));
      assert.equal(banks.find((bank) => bank.status === 'degraded')?.statusMessage, t(language, 'statusDegraded'));

      const pages: [string, string][] = [];
      const page = async (name: string, response: Response | Promise<Response>) => {
        const html = await (await response).text();
        assert.match(html, new RegExp(`<html lang="${language}">`), name);
        pages.push([name, html]);
        return html;
      };
      assert.match(await page('connecting', app.request(`/connecting?locale=${language}`)), new RegExp(t(language, 'connectingTitle')));

      const login = bankPath((await createSession(app, { locale: `${language}-GB` })).authorizationUrl);
      await page('login', app.request(login));
      await page('wrong password', postForm(app, `${login}/login`, { username: 'demo', password: 'nope' }));
      await page('completion (failed)', postForm(app, `${login}/login`, { username: 'locked', password: 'x' }));
      const mfa = bankPath((await createSession(app, { locale: language })).authorizationUrl);
      await postForm(app, `${mfa}/login`, { username: 'mfa', password: 'demo' });
      await page('mfa', app.request(mfa));
      await page('mfa wrong code', postForm(app, `${mfa}/mfa`, { code: '000000' }));
      await page('completion (success)', postForm(app, `${mfa}/mfa`, { code: '123456' }));

      const link = (await (await authedJson(app, '/v1/signin-links', { ownerExternalId: 'u', returnUrl: 'http://localhost:8000/done', locale: language })).json()) as { id: string };
      await page('hosted form', app.request(`/signin/${link.id}/form`));
      await page('hosted form error', postForm(app, `/signin/${link.id}/form`, { country: 'PL', bankId: '' }));
      await page('hosted page', app.request(`/signin/${link.id}`));

      for (const [name, html] of pages) assert.deepEqual(englishIn(html, language), [], `${language} ${name}: English left`);
    });
  }
});
