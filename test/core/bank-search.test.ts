import { expect } from '@open-wc/testing';
import { BankSearchIndex, MatchRank, fold, splitByRanges } from '../../src/core/bank-search/index.js';
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
    expect(results.indexOfBank('ludowy')).to.equal(ids(index, 'bank').indexOf('ludowy'));
    expect(results.indexOfBank('nope')).to.equal(-1);
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
