import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { catalogResponseSchema, type Bank } from '../../../src/core/protocol/catalog.js';
import { COUNTRIES } from '../../../demo/sandbox/catalog-data.js';
import { makeSandbox, type ApiErrorJson } from './helpers.js';

describe('GET /v1/catalog', () => {
  const { app, sandbox } = makeSandbox();
  after(() => sandbox.close());

  const banksOf = async (query: string): Promise<Bank[]> => {
    const response = await app.request(`/v1/catalog${query}`);
    assert.equal(response.status, 200);
    const parsed = catalogResponseSchema.safeParse(await response.json());
    assert.ok(parsed.success, 'the body matches catalogResponseSchema');
    return parsed.data.banks;
  };

  test('every country has Demo Bank, a down bank and only its own banks', async () => {
    for (const country of COUNTRIES) {
      const banks = await banksOf(`?country=${country}`);
      assert.ok(banks.length >= 3, `${country} has banks`);
      assert.ok(banks.every((bank) => bank.country === country), `${country} lists only its banks`);
      const demo = banks.find((bank) => bank.id === `demo-bank-${country.toLowerCase()}`);
      assert.equal(demo?.name, 'Demo Bank');
      assert.equal(demo?.status, 'up');
      assert.ok(banks.some((bank) => bank.status === 'down' && bank.statusMessage), `${country} has a down bank with a message`);
      for (const bank of banks) {
        assert.match(bank.bic ?? '', /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/, `${bank.id} BIC`);
        assert.equal(bank.bic?.slice(4, 6), country);
        assert.ok(Array.isArray(bank.aliases));
        assert.equal(bank.logoUrl, `http://localhost:8787/logos/${bank.id}.svg`);
        assert.equal(typeof bank.popular === 'boolean' || bank.popular === undefined, true);
      }
    }
  });

  test('names keep their diacritics', async () => {
    const names = (await banksOf('')).map((bank) => bank.name.toLowerCase()).join(' | ');
    for (const letter of ['ł', 'ř', 'ß', 'ñ', 'ė', 'ā', 'õ', 'ë', 'ľ']) assert.ok(names.includes(letter), `a bank name contains "${letter}"`);
    const lakowy = (await banksOf('?country=PL')).find((bank) => bank.id === 'bank-lakowy');
    assert.equal(lakowy?.name, 'Bank Łąkowy');
  });

  test('without country: all countries; lower-case country works; unknown country is empty', async () => {
    const all = await banksOf('');
    assert.deepEqual(new Set(all.map((bank) => bank.country)), new Set(COUNTRIES));
    assert.equal((await banksOf('?country=pl')).length, (await banksOf('?country=PL')).length);
    assert.deepEqual(await banksOf('?country=FR'), []);
  });

  test('a bad country is a 400 naming the field', async () => {
    const response = await app.request('/v1/catalog?country=Poland');
    assert.equal(response.status, 400);
    const body = (await response.json()) as ApiErrorJson;
    assert.equal(body.error.field, 'country');
    assert.equal(body.error.code, 'invalid_request');
  });

  test('the status message follows the locale, with an en fallback', async () => {
    const down = async (locale: string) => (await banksOf(`?country=PL&locale=${locale}`)).find((bank) => bank.status === 'down')?.statusMessage;
    assert.match((await down('pl')) ?? '', /niedostępny/);
    assert.match((await down('xx')) ?? '', /unavailable/);
  });

  test('open CORS, cache headers and ETag revalidation', async () => {
    const response = await app.request('/v1/catalog?country=DE', { headers: { origin: 'https://anywhere.example' } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('cache-control') ?? '', /max-age=\d+/);
    const etag = response.headers.get('etag');
    assert.ok(etag);
    const again = await app.request('/v1/catalog?country=DE', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  });
});

describe('logos', () => {
  const { app, sandbox } = makeSandbox();
  after(() => sandbox.close());

  test('an SVG monogram per bank, 404 for unknown ones', async () => {
    const response = await app.request('/logos/bank-lakowy.svg');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    const svg = await response.text();
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, />Ł<\/text>/);
    assert.equal((await app.request('/logos/nope.svg')).status, 404);
    assert.equal((await app.request('/logos/bank-lakowy.png')).status, 404);
  });
});

describe('SANDBOX_CATALOG_SIZE', () => {
  test('generated banks fill the catalog up to the size, deterministic and unique', async () => {
    const { app, sandbox } = makeSandbox({ catalogSize: 50_000 });
    after(() => sandbox.close());
    const started = performance.now();
    const all = ((await (await app.request('/v1/catalog')).json()) as { banks: Bank[] }).banks;
    assert.equal(all.length, 50_000);
    assert.ok(performance.now() - started < 5_000, 'a 50,000-bank catalog is served fast');
    assert.equal(new Set(all.map((bank) => bank.id)).size, 50_000, 'ids are unique');
    const pl = ((await (await app.request('/v1/catalog?country=PL')).json()) as { banks: Bank[] }).banks;
    assert.ok(pl.length > 5_000);
    assert.ok(pl.some((bank) => bank.id.startsWith('gen-pl-') && /[ŁŚŻł]/.test(bank.name)));
    const logo = await app.request(`/logos/${pl.find((bank) => bank.id.startsWith('gen-'))?.id ?? ''}.svg`);
    assert.equal(logo.status, 200);
  });

  test('a size below the fixed banks keeps the fixed banks only', async () => {
    const { app, sandbox } = makeSandbox({ catalogSize: 3 });
    after(() => sandbox.close());
    const all = ((await (await app.request('/v1/catalog')).json()) as { banks: Bank[] }).banks;
    assert.ok(all.length > 30);
    assert.ok(all.every((bank) => !bank.id.startsWith('gen-')));
  });
});
