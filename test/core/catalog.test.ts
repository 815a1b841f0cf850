import { expect } from '@open-wc/testing';
import { CatalogClient, CatalogError, catalogUrl, countryName, parseCountries, safeLogoUrl } from '../../src/core/catalog/index.js';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const bank = { id: 'demo-bank-pl', name: 'Demo Bank', country: 'PL' };

describe('CatalogClient', () => {
  it('builds the catalog URL', () => {
    expect(catalogUrl({ apiBase: 'http://localhost:8787', country: 'PL', locale: 'pl' })).to.equal('http://localhost:8787/v1/catalog?country=PL&locale=pl');
    expect(catalogUrl({ apiBase: 'https://p.example/api/' })).to.equal('https://p.example/api/v1/catalog');
  });

  it('loads, validates and caches per country', async () => {
    const calls: string[] = [];
    const client = new CatalogClient(async (url) => {
      calls.push(url);
      return json({ banks: [bank] });
    });
    const { banks, skipped } = await client.load({ apiBase: 'http://p.test', country: 'PL' });
    expect(skipped).to.deep.equal([]);
    expect(banks[0]).to.deep.include({ id: 'demo-bank-pl', aliases: [], status: 'up' });
    await client.load({ apiBase: 'http://p.test', country: 'PL' });
    await client.load({ apiBase: 'http://p.test', country: 'CZ' });
    expect(calls).to.have.length(2);
  });

  it('shares a request under way', async () => {
    let calls = 0;
    const client = new CatalogClient(async () => {
      calls++;
      return json({ banks: [bank] });
    });
    await Promise.all([client.load({ apiBase: 'http://p.test' }), client.load({ apiBase: 'http://p.test' })]);
    expect(calls).to.equal(1);
  });

  it('reports HTTP errors, bad JSON and invalid catalogs, and does not cache failures', async () => {
    let answer: () => Response = () => json({ error: {} }, 503);
    const client = new CatalogClient(async () => answer());
    const failure = (await client.load({ apiBase: 'http://p.test' }).catch((e: unknown) => e)) as CatalogError;
    expect(failure).to.be.instanceOf(CatalogError);
    expect(failure.status).to.equal(503);
    expect(failure.message).to.contain('HTTP 503');
    answer = () => new Response('<html>', { status: 200 });
    expect(((await client.load({ apiBase: 'http://p.test' }).catch((e: unknown) => e)) as Error).message).to.contain('not JSON');
    answer = () => json({ banks: 'none' });
    expect(((await client.load({ apiBase: 'http://p.test' }).catch((e: unknown) => e)) as Error).message).to.contain('banks');
    answer = () => json({ banks: [bank] });
    expect((await client.load({ apiBase: 'http://p.test' })).banks).to.have.length(1);
  });

  it('keeps the valid banks of a list with malformed rows, and names each problem of the rows left out', async () => {
    const client = new CatalogClient(async () => json({ banks: [{ id: 'x', name: '', country: 'PL' }, bank, null, { ...bank, id: 'two', country: 'pl' }, { ...bank, id: 'three' }] }));
    const { banks, skipped } = await client.load({ apiBase: 'http://p.test' });
    expect(banks.map((b) => b.id)).to.deep.equal(['demo-bank-pl', 'three']);
    expect(skipped).to.deep.equal([
      { field: 'banks.0.name', message: 'must not be empty' },
      { field: 'banks.2', message: 'must be an object' },
      { field: 'banks.3.country', message: 'must be a two-letter upper-case country code such as "PL"' },
    ]);
  });

  it('says when the provider does not answer', async () => {
    const client = new CatalogClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    const failure = (await client.load({ apiBase: 'http://p.test' }).catch((e: unknown) => e)) as Error;
    expect(failure.message).to.contain('did not answer');
  });
});

describe('safeLogoUrl', () => {
  const page = 'http://localhost:8000/demo/';
  it('keeps https, data images and same-origin URLs', () => {
    expect(safeLogoUrl('https://cdn.example/logo.svg', page)).to.equal('https://cdn.example/logo.svg');
    expect(safeLogoUrl('data:image/svg+xml;base64,PHN2Zy8+', page)).to.equal('data:image/svg+xml;base64,PHN2Zy8+');
    expect(safeLogoUrl('/logos/a.svg', page)).to.equal('http://localhost:8000/logos/a.svg');
  });
  it('keeps http logos of a trusted provider origin only', () => {
    expect(safeLogoUrl('http://localhost:8787/logos/a.svg', page, ['http://localhost:8787'])).to.equal('http://localhost:8787/logos/a.svg');
    expect(safeLogoUrl('http://localhost:9999/logos/a.svg', page, ['http://localhost:8787'])).to.equal(undefined);
  });
  it('drops everything else', () => {
    expect(safeLogoUrl('http://tracker.example/a.png', page)).to.equal(undefined);
    expect(safeLogoUrl('javascript:alert(1)', page)).to.equal(undefined);
    expect(safeLogoUrl('data:text/html,<script>', page)).to.equal(undefined);
    expect(safeLogoUrl('http://[bad', page)).to.equal(undefined);
    expect(safeLogoUrl('', page)).to.equal(undefined);
    expect(safeLogoUrl(undefined, page)).to.equal(undefined);
  });
});

describe('countries', () => {
  it('names countries in the locale', () => {
    expect(countryName('DE', 'pl')).to.equal('Niemcy');
    expect(countryName('DE', 'en')).to.equal('Germany');
  });
  it('parses a country list attribute', () => {
    expect(parseCountries('pl, CZ sk,,xx1 PL')).to.deep.equal(['PL', 'CZ', 'SK']);
    expect(parseCountries(['de', 'es'])).to.deep.equal(['DE', 'ES']);
    expect(parseCountries(undefined)).to.deep.equal([]);
  });
});
