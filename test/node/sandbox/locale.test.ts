// Every route that takes a locale negotiates it in one place (negotiateLocale): an unknown or
// malformed tag never reaches `in` on an object or `Intl` unchecked. The browser-facing GETs fall
// back to English; the API's POSTs validate their input and answer 400 naming `locale`.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { canonicalLocale, negotiateLocale } from '../../../demo/sandbox/i18n.js';
import type { Bank } from '../../../src/core/protocol/catalog.js';
import { ORIGIN, authedJson, bankPath, createSession, makeSandbox, postJson, sessionBody, type ApiErrorJson } from './helpers.js';

/** A well-formed 300-character tag (private-use subtags), too long to be parsed. */
const LONG = `en-x-${'abcdefgh-'.repeat(40)}`.slice(0, 300).replace(/-$/, 'x');
const BAD = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'en-', 'x', 'pl_PL', 'ab-12', 'a'.repeat(300), LONG];

describe('negotiateLocale', () => {
  test('a spoken language (any region or case) is itself; anything else is en', () => {
    for (const [tag, expected] of [['pl', 'pl'], ['pl-PL', 'pl'], ['DE-at', 'de'], ['en-GB', 'en'], ['ro', 'ro'], ['et-EE', 'et'], ['fr', 'en'], ['zh-Hant-TW', 'en'], ['', 'en'], [undefined, 'en']] as const) {
      assert.equal(negotiateLocale(tag), expected, String(tag));
    }
    for (const tag of BAD) assert.equal(negotiateLocale(tag), 'en', tag.slice(0, 20));
  });

  test('canonicalLocale: the canonical tag, or undefined for a malformed one', () => {
    assert.equal(canonicalLocale('en-gb'), 'en-GB');
    assert.equal(canonicalLocale('PL'), 'pl');
    assert.equal(LONG.length, 300);
    for (const tag of ['__proto__', 'constructor', 'en-', 'x', 'pl_PL', 'ab-12', 'a'.repeat(300), LONG]) assert.equal(canonicalLocale(tag), undefined, tag.slice(0, 20));
  });
});

describe('routes taking a locale', () => {
  const log: string[] = [];
  const { app, sandbox } = makeSandbox({ log: (message) => log.push(message) });
  after(() => sandbox.close());
  const q = encodeURIComponent;

  test('GET /v1/catalog: an unknown or malformed locale is English', async () => {
    for (const locale of [...BAD, 'fr']) {
      for (const country of ['', 'PL']) {
        const response = await app.request(`/v1/catalog?locale=${q(locale)}${country ? `&country=${country}` : ''}`);
        assert.equal(response.status, 200, locale.slice(0, 20));
        const { banks } = (await response.json()) as { banks: Bank[] };
        assert.match(banks.find((bank) => bank.status === 'down')?.statusMessage ?? '', /temporarily unavailable/, locale.slice(0, 20));
      }
    }
  });

  test('GET /connecting: an unknown or malformed locale is an English page', async () => {
    for (const locale of [...BAD, 'fr']) {
      const response = await app.request(`/connecting?locale=${q(locale)}`);
      assert.equal(response.status, 200, locale.slice(0, 20));
      assert.match(await response.text(), /<html lang="en">[\s\S]*Connecting to your bank…/);
    }
  });

  test('POST /v1/signin-sessions and POST /v1/signin-links: a malformed locale is a 400 naming locale', async () => {
    for (const locale of BAD) {
      const answers = [
        await postJson(app, '/v1/signin-sessions', sessionBody({ locale }), { origin: ORIGIN }),
        await authedJson(app, '/v1/signin-links', { ownerExternalId: 'u', returnUrl: `${ORIGIN}/done`, locale }),
      ];
      for (const response of answers) {
        assert.equal(response.status, 400, locale.slice(0, 20));
        const { error } = (await response.json()) as ApiErrorJson;
        assert.equal(error.code, 'invalid_request');
        assert.equal(error.field, 'locale');
      }
    }
  });

  test('a well-formed locale the sandbox does not speak is kept, and its pages are English', async () => {
    const { authorizationUrl, sessionId } = await createSession(app, { locale: 'fr-CA' });
    assert.match(await (await app.request(bankPath(authorizationUrl))).text(), /<html lang="en">[\s\S]*Sign in to Demo Bank/);
    assert.ok(sessionId);
    const link = (await (await authedJson(app, '/v1/signin-links', { ownerExternalId: 'u', returnUrl: `${ORIGIN}/done`, locale: 'fr' })).json()) as { id: string };
    assert.match(await (await app.request(`/signin/${link.id}/form`)).text(), /<html lang="en">[\s\S]*Connect your bank account/);
  });

  test('none of it logs an internal error', () => {
    assert.deepEqual(log, []);
  });
});
