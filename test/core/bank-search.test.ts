import { expect } from '@open-wc/testing';
import { BankSearchIndex, BankSearchResults, MatchRank, fold, foldForSearch, foldQuery, splitByRanges } from '../../src/core/bank-search/index.js';
import { DisplayOrder } from '../../src/core/bank-search/display-order.js';
import { foldedKeyAt, packedKeyAt } from '../../src/core/bank-search/fold.js';
import type { Bank } from '../../src/core/protocol/catalog.js';
import { fixtureBanks, generateBanks } from '../fixtures/banks.js';

const all = (index: BankSearchIndex, query: string) => index.search(query).slice();
const ids = (index: BankSearchIndex, query: string) => all(index, query).map((m) => m.bank.id);
const highlighted = (text: string, ranges: ReadonlyArray<readonly [number, number]>) =>
  splitByRanges(text, ranges).filter((p) => p.match).map((p) => p.text);

describe('fold', () => {
  it('removes diacritics and case', () => {
    expect(fold('Łódź Śląsk Żółć')).to.equal('lodz slask zolc');
    expect(fold('Řeznická spořitelna')).to.equal('reznicka sporitelna');
    expect(fold('Straße')).to.equal('strasse');
    expect(fold('Øresund Æble')).to.equal('oresund aeble');
    expect(fold('España Niño')).to.equal('espana nino');
    expect(fold('Šiaulių Ūkio ė')).to.equal('siauliu ukio e');
  });
});

describe('BankSearchIndex', () => {
  const index = new BankSearchIndex(fixtureBanks, { locale: 'en' });

  it('lists popular banks first, then alphabetically, for an empty query', () => {
    const all = ids(index, '  ');
    expect(all.slice(0, 3)).to.deep.equal(['pko', 'demo-bank-pl', 'muenchen']);
    expect(all).to.have.length(fixtureBanks.length);
    expect(all.indexOf('nino')).to.be.lessThan(all.indexOf('sporitelna'));
  });

  it('matches Polish names without diacritics and in any case', () => {
    expect(ids(index, 'lodzki')).to.deep.equal(['ludowy']);
    expect(ids(index, 'ŁÓDZKI')).to.deep.equal(['ludowy']);
    expect(ids(index, 'slaski')).to.deep.equal(['pko']);
    expect(ids(index, 'zagiel')).to.deep.equal(['zachodni']);
  });

  it('matches Czech, German, Lithuanian and Spanish names', () => {
    expect(ids(index, 'sporitelna')).to.deep.equal(['sporitelna']);
    expect(ids(index, 'strasse')).to.deep.equal(['strassen']);
    expect(ids(index, 'straße')).to.deep.equal(['strassen']);
    expect(ids(index, 'munchner')).to.deep.equal(['muenchen']);
    expect(ids(index, 'siauliu')).to.deep.equal(['siauliu']);
    expect(ids(index, 'ukio')).to.deep.equal(['ukis']);
    expect(ids(index, 'espana')).to.deep.equal(['espana']);
    expect(ids(index, 'nino')).to.deep.equal(['nino']);
    expect(ids(index, 'oresund')).to.deep.equal(['kobenhavn']);
  });

  it('matches aliases and BICs', () => {
    expect(ids(index, 'bso')).to.deep.equal(['pko']);
    expect(all(index, 'bso')[0]?.field).to.equal('alias');
    expect(ids(index, 'ludoplpw')).to.deep.equal(['ludowy']);
    expect(all(index, 'LUDOPLPW')[0]).to.include({ field: 'bic', rank: MatchRank.Exact });
    expect(ids(index, 'cajaespana')).to.deep.equal(['espana']);
  });

  it('ranks exact > prefix > word start > substring', () => {
    const banks = [
      { id: 'substring', name: 'Xdemo Bank' },
      { id: 'word', name: 'First Demo Savings' },
      { id: 'prefix', name: 'Demo Bank Plus' },
      { id: 'exact', name: 'Demo' },
    ].map((b) => ({ ...b, country: 'PL', aliases: [], status: 'up' as const }));
    const ranked = all(new BankSearchIndex(banks), 'demo');
    expect(ranked.map((m) => m.bank.id)).to.deep.equal(['exact', 'prefix', 'word', 'substring']);
    expect(ranked.map((m) => m.rank)).to.deep.equal([MatchRank.Exact, MatchRank.Prefix, MatchRank.WordStart, MatchRank.Substring]);
  });

  it('puts popular banks first among equally ranked ones', () => {
    const banks = [
      { id: 'alpha', name: 'Alpha Bank' },
      { id: 'zeta', name: 'Zeta Bank', popular: true },
      { id: 'beta', name: 'Beta Bank' },
    ].map((b) => ({ ...b, country: 'PL', aliases: [], status: 'up' as const }));
    expect(ids(new BankSearchIndex(banks), 'bank')).to.deep.equal(['zeta', 'alpha', 'beta']);
    expect(ids(index, 'bank').slice(0, 2)).to.deep.equal(['pko', 'zachodni']);
  });

  it('matches several words by their starts, in any order', () => {
    expect(ids(index, 'ludowy lodz')).to.deep.equal(['ludowy']);
    expect(ids(index, 'caja espa')).to.deep.equal(['espana']);
    expect(ids(index, 'ludowy xyz')).to.deep.equal([]);
  });

  it('finds a query typed on where its beginning occurs twice, overlapping', () => {
    const banks = [{ id: 'ship', name: 'Schifffahrtsbank', country: 'DE', aliases: [], status: 'up' as const }];
    const typed = new BankSearchIndex(banks);
    expect(ids(typed, 'ff')).to.deep.equal(['ship']);
    expect(ids(typed, 'ffa')).to.deep.equal(['ship']);
    expect(all(typed, 'ffa')[0]?.ranges).to.deep.equal([[5, 8]]);
  });

  it('refuses a locale Intl refuses, when made', () => {
    expect(() => new BankSearchIndex(fixtureBanks, { locale: 'x_invalid' })).to.throw(RangeError);
  });

  it('finds nothing for an unknown name', () => {
    expect(index.search('qqq').length).to.equal(0);
  });

  it('highlights the original text, diacritics included', () => {
    const [match] = all(index, 'lodz');
    expect(match).to.not.equal(undefined);
    expect(highlighted(match!.text, match!.ranges)).to.deep.equal(['Łódz']);
    const [strasse] = all(index, 'strass');
    expect(highlighted(strasse!.text, strasse!.ranges)).to.deep.equal(['Straß']);
    const [word] = all(index, 'oszcz');
    expect(highlighted(word!.text, word!.ranges)).to.deep.equal(['Oszcz']);
  });

  it('gives the same results when the query grows as when typed at once', () => {
    const typed = new BankSearchIndex(fixtureBanks);
    for (const q of ['b', 'ba', 'ban', 'bank', 'bank ', 'bank z']) all(typed, q);
    expect(ids(typed, 'bank za')).to.deep.equal(ids(new BankSearchIndex(fixtureBanks), 'bank za'));
    // a query that does not extend the last one searches the whole catalog again
    expect(ids(typed, 'nino')).to.deep.equal(['nino']);
  });

  it('scales to a large catalog', () => {
    const banks = generateBanks(20_000);
    const big = new BankSearchIndex(banks);
    expect(big.size).to.equal(20_000);
    expect(big.search('').length).to.equal(20_000);
    const target = banks[1234]!;
    expect(all(big, fold(target.name))[0]?.bank.id).to.equal(target.id);
  });

  it('gives results by position without materializing them all', () => {
    const results = index.search('bank');
    expect(results.length).to.be.greaterThan(3);
    expect(results.at(0)?.bank.id).to.equal('pko');
    expect(results.at(results.length)).to.equal(undefined);
    expect(results.slice(1, 3).map((m) => m.bank.id)).to.deep.equal(ids(index, 'bank').slice(1, 3));
  });

  it('shows a bank whose words match apart, in its name and an alias, with both highlighted', () => {
    const [match] = all(index, 'reznicka banka');
    expect(match).to.include({ field: 'alias', text: 'RS Banka', rank: MatchRank.WordStart });
    expect(highlighted(match!.bank.name, match!.nameRanges)).to.deep.equal(['Řeznická']);
    expect(highlighted(match!.text, match!.ranges)).to.deep.equal(['Banka']);
    // The alias or BIC holding the words the name lacks, not one that repeats the name.
    const banks = [{ id: 'mega', name: 'Mega Bank', country: 'PL', aliases: ['Mega', 'MB'], status: 'up' as const }];
    expect(all(new BankSearchIndex(banks), 'mb mega')[0]).to.deep.include({ field: 'alias', text: 'MB', ranges: [[0, 2]], nameRanges: [[0, 4]] });
  });

  it('shows an alias or BIC only when the name alone does not match', () => {
    const banks = [
      { id: 'demo', name: 'Demo Bank', country: 'PL', aliases: ['Demo', 'DEMO BANK'], bic: 'DEMOPLPW', status: 'up' as const },
      { id: 'pko', name: 'Powszechna Kasa Oszczędności', country: 'PL', aliases: ['PKO'], status: 'up' as const },
    ];
    const small = new BankSearchIndex(banks);
    // The alias "Demo" matches exactly (and ranks the bank so), but the name says as much: no "Demo Bank (Demo)".
    expect(all(small, 'demo')[0]).to.deep.include({ rank: MatchRank.Exact, field: 'name', text: 'Demo Bank', ranges: [[0, 4]] });
    expect(all(small, 'demo bank')[0]).to.deep.include({ field: 'name', text: 'Demo Bank' });
    expect(all(small, 'demoplpw')[0]).to.deep.include({ field: 'bic', text: 'DEMOPLPW', nameRanges: [] });
    expect(all(small, 'pko')[0]).to.deep.include({ field: 'alias', text: 'PKO', ranges: [[0, 3]] });
  });

  it('orders only the last rows for End: not the whole result set', () => {
    const banks = generateBanks(20_000);
    const order = new DisplayOrder(banks, 'en');
    let compared = 0;
    const compare = order.compare;
    (order as { compare: (a: number, b: number) => number }).compare = (a, b) => (compared++, compare(a, b));
    const results = new BankSearchResults(order, '', [order.all]);
    const sorted = order.all.slice().sort(compare);
    expect(results.at(19_999)?.bank.id).to.equal(banks[sorted[19_999]!]?.id);
    expect(results.slice(19_990).map((m) => m.bank.id)).to.deep.equal(sorted.slice(19_990).map((p) => banks[p]?.id));
    // Sorting all 20,000 takes ~260,000 comparisons; the last screen, a few hundred.
    expect(compared).to.be.below(2000);
    expect(results.at(0)?.bank.id).to.equal(banks[sorted[0]!]?.id);
  });

  it('highlights each word of a several-word query', () => {
    const [match] = all(index, 'ludowy lodz');
    expect(highlighted(match!.text, match!.ranges)).to.deep.equal(['Łódz', 'Ludowy']);
  });

  it('treats hyphens and dots as word separators', () => {
    const banks = [{ id: 'x', name: 'Raiffeisen-Landesbank St.Pölten', country: 'AT', aliases: [], status: 'up' as const }];
    const small = new BankSearchIndex(banks);
    expect(all(small, 'landes')[0]?.rank).to.equal(MatchRank.WordStart);
    expect(all(small, 'polten')[0]?.rank).to.equal(MatchRank.WordStart);
    expect(all(small, 'raiffeisen-lan')[0]?.rank).to.equal(MatchRank.Prefix);
  });
});

/** A seeded pseudo-random generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

describe('foldedKeyAt', () => {
  // Letters whose folding is special: ß and ẞ, İ, Σ (σ or ς by position), a combining accent,
  // a surrogate pair, dashes and no-break space (separators), the Kelvin sign, a ligature, NUL.
  const alphabet = ['a', 'B', 'z', ' ', '-', '.', 'ł', 'Ł', 'ß', 'ẞ', 'İ', 'Σ', 'σ', 'ς', 'é', 'e\u0301', '\u0301', '😀', 'Æ', '–', '\u00a0', 'ǅ', 'K', 'ﬁ', '\u0000', 'Ω', 'Ж'];

  it('packs three letters of the search folding, or says it cannot', () => {
    const { next, pick } = random(1);
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: Math.floor(next() * 10) }, () => pick(alphabet)).join('');
      for (const from of [0, 3, 6, 9]) {
        const key = foldedKeyAt(text, from);
        if (key === -1) expect(/[Σ\ud800-\udfff]/.test(text), JSON.stringify(text)).to.equal(true);
        else expect(key, `${JSON.stringify(text)} from ${from}`).to.equal(packedKeyAt(foldForSearch(text), from));
      }
    }
  });

  it('orders as the folded texts do', () => {
    const texts = ['', 'a', 'a ', 'ab', 'abc', 'abcd', 'b', 'Ą', 'ż', 'Ω'];
    const keys = texts.map((text) => foldedKeyAt(text, 0));
    const sorted = [...texts].sort((a, b) => (foldForSearch(a) < foldForSearch(b) ? -1 : foldForSearch(a) > foldForSearch(b) ? 1 : 0));
    expect([...keys].sort((a, b) => a - b)).to.deep.equal(sorted.map((text) => foldedKeyAt(text, 0)));
  });
});

describe('BankSearchIndex against a reference', () => {
  // Names that share long beginnings, fold alike ("Łódź", "Lodz", "LODZ"; "St.Pölten", "St Pölten",
  // which the locale tells apart), or differ only by
  // digits, so that ordering the first rows must look past the first letters.
  const heads = ['Bank Spółdzielczy w', 'Bank Spoldzielczy w', 'Bank', 'BANK', 'Sparkasse', 'Spořitelna', 'Caja Rural de', 'Øresund', 'Straße', 'Ṣ', 'Raiffeisenbank', 'Schifffahrtsbank'];
  const tails = ['Łódź', 'Lodz', 'LODZ', 'Kraków', 'Krakow', 'München', 'Muenchen', 'Ełk', 'Elk', 'St.Pölten', 'St Pölten', 'Zürich-Land', 'Zürich Land', 'Þorn', 'Thorn', 'Ávila', 'Avila', '2', '10', '1'];
  const queryWords = ['bank', 'ban', 'b', 'spol', 'sp', 'lodz', 'łódź', 'krak', 'w', 'mu', 'elk', 'polten', 'st', 'land', 'avila', 'rural de', 'caja', 'bank sp', 'lodz bank', 'sp w', 'ss', 'strasse', '1', '10', 'xyz', 'bso', 'ab', 'bank 2', 'bank lodz', 'bk001', 'fff', 'ffa'];

  function catalog(seed: number, size: number): Bank[] {
    const { next, pick } = random(seed);
    return Array.from({ length: size }, (_, i) => ({
      id: `b${i}`,
      name: `${pick(heads)} ${pick(tails)}${next() < 0.3 ? ` ${pick(tails)}` : ''}`,
      country: 'PL',
      aliases: next() < 0.2 ? [pick(['BŚO', 'Bank Lodz', 'LBL', 'Caja Ávila', 'Caja', 'Bank'])] : [],
      ...(next() < 0.7 ? { bic: `B${pick(['K', 'S', 'L'])}${String(i).padStart(4, '0')}` } : {}),
      status: 'up' as const,
      ...(next() < 0.05 ? { popular: true } : {}),
    }));
  }

  /** The best rank of a folded query in folded texts, as the index defines it, or -1. */
  function rankIn(texts: readonly string[], q: string): number {
    if (texts.some((t) => t.includes(q))) {
      if (texts.includes(q)) return MatchRank.Exact;
      if (texts.some((t) => t.startsWith(q))) return MatchRank.Prefix;
      return texts.some((t) => t.includes(` ${q}`)) ? MatchRank.WordStart : MatchRank.Substring;
    }
    const words = q.split(' ');
    return words.length > 1 && words.every((w) => texts.some((t) => t.startsWith(w) || t.includes(` ${w}`))) ? MatchRank.WordStart : -1;
  }

  /** The results, sorted the straightforward way: rank, popular first, folded name, locale, catalog order. */
  function reference(banks: readonly Bank[], query: string, locale = 'en') {
    const q = foldQuery(query);
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const rows = banks.flatMap((bank, i) => {
      const texts = [bank.name, ...bank.aliases, ...(bank.bic ? [bank.bic] : [])];
      const folded = texts.map(foldForSearch);
      const rank = q === '' ? MatchRank.Prefix : rankIn(folded, q);
      if (rank === -1) return [];
      // The text a row shows: the name when it matches on its own; else the best other text that
      // does; else (the words match apart) the one holding most of the words the name lacks.
      const fields = ['name', ...bank.aliases.map(() => 'alias'), ...(bank.bic ? ['bic'] : [])];
      const own = folded.map((text) => (q === '' ? MatchRank.Prefix : rankIn([text], q)));
      const alone = own.slice(1).filter((r) => r >= 0);
      const startsWord = (text: string, word: string) => text.startsWith(word) || text.includes(` ${word}`);
      const missing = q.split(' ').filter((word) => !startsWord(folded[0] as string, word));
      const held = folded.map((text, t) => (t === 0 ? -1 : missing.filter((word) => startsWord(text, word)).length));
      const shown = (own[0] as number) >= 0 ? 0 : alone.length > 0 ? own.indexOf(Math.min(...alone), 1) : held.indexOf(Math.max(...held));
      return [{ i, bank, rank, key: folded[0] as string, shown: { field: fields[shown], text: texts[shown] } }];
    });
    rows.sort((a, b) => a.rank - b.rank || Number(!!b.bank.popular) - Number(!!a.bank.popular) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || collator.compare(a.bank.name, b.bank.name) || a.i - b.i);
    return rows;
  }

  function expectSame(index: BankSearchIndex, banks: readonly Bank[], query: string, order: 'rows first' | 'all at once'): void {
    const expected = reference(banks, query);
    const results = index.search(query);
    const label = JSON.stringify(query);
    expect(results.length, label).to.equal(expected.length);
    if (order === 'rows first') {
      // As a list asks: the first screen, a few rows further down, then everything.
      // From the end too, as End and ArrowUp ask: the last rows are put in order from there.
      for (const i of [expected.length - 1, expected.length - 2, expected.length - 40, 0, 1, 12, 40, 41, 200, expected.length - 41]) {
        if (i >= 0 && i < expected.length) expect(results.at(i)?.bank.id, `${label} row ${i}`).to.equal(expected[i]?.bank.id);
      }
    }
    expect(results.positions.map((p) => banks[p]?.id), label).to.deep.equal(expected.map((row) => row.bank.id));
    // Every row shows a text: no row of words matched apart (in the name and an alias) is left blank.
    expect(results.slice().map((m) => [m.bank.id, m.rank, m.field, m.text]), label).to.deep.equal(expected.map((row) => [row.bank.id, row.rank, row.shown.field, row.shown.text]));
    const words = [foldQuery(query), ...foldQuery(query).split(' ')];
    for (const match of results.slice(0, 50)) {
      for (const [text, ranges] of [[match.text, match.ranges], [match.bank.name, match.nameRanges]] as const) {
        for (const [start, end] of ranges) {
          expect(start < end && end <= text.length, `${label} range in ${text}`).to.equal(true);
          expect(words.some((w) => foldForSearch(text.slice(start, end)).includes(w)), `${label} highlights ${text.slice(start, end)}`).to.equal(true);
        }
      }
      if (match.field === 'name') expect(match.nameRanges, label).to.deep.equal(match.ranges);
      else expect(match.ranges, `${label}: ${match.text} shows a match`).to.not.deep.equal([]);
    }
  }

  it('orders and ranks as the reference, for random catalogs and queries', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const banks = catalog(seed, seed < 4 ? 60 : 400);
      const { pick } = random(seed * 7);
      for (const query of ['', ...Array.from({ length: 12 }, () => pick(queryWords))]) {
        expectSame(new BankSearchIndex(banks, { locale: 'en' }), banks, query, pick(['rows first', 'all at once'] as const));
      }
    }
  });

  it('gives the reference results while a query is typed, letter by letter and back', () => {
    const banks = catalog(9, 500);
    const index = new BankSearchIndex(banks, { locale: 'en' });
    const { pick } = random(9);
    for (let n = 0; n < 6; n++) {
      const query = pick(queryWords);
      for (let length = 1; length <= query.length; length++) expectSame(index, banks, query.slice(0, length), 'rows first');
      for (let length = query.length - 1; length >= 0; length--) expectSame(index, banks, query.slice(0, length), 'rows first');
    }
  });

  it('orders the first rows of a large catalog without folding it all, then the rest when asked', () => {
    const banks = catalog(11, 5000);
    const index = new BankSearchIndex(banks, { locale: 'en' });
    const expected = reference(banks, '').map((row) => row.bank.id);
    const results = index.search('');
    expect(Array.from({ length: 20 }, (_, i) => results.at(i)?.bank.id)).to.deep.equal(expected.slice(0, 20));
    expect(results.at(4999)?.bank.id).to.equal(expected[4999]);
    expect(results.positions.map((p) => banks[p]?.id)).to.deep.equal(expected);
  });

  it('searches the same once prepared in slices, as idle time allows', () => {
    const banks = catalog(12, 3000);
    const sliced = new BankSearchIndex(banks, { locale: 'en' });
    let slices = 0;
    while (!sliced.prepare(() => 0)) slices++;
    expect(slices).to.be.greaterThan(5);
    for (const query of ['bank', 'lodz bank', 'sp w', 'b1']) {
      expect(sliced.search(query).positions).to.deep.equal(new BankSearchIndex(banks, { locale: 'en' }).search(query).positions);
    }
  });
});
