import type { Bank } from '../protocol/catalog.js';
import { foldForSearch, foldQuery, foldWithMap, toSourceRange } from './fold.js';

/** How well a bank matches a query; lower is better. */
export const MatchRank = {
  Exact: 0,
  Prefix: 1,
  WordStart: 2,
  Substring: 3,
} as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

/** Which text of the bank matched. */
export type MatchField = 'name' | 'alias' | 'bic';

type Range = readonly [number, number];

/** One search result. */
export interface BankMatch {
  readonly bank: Bank;
  readonly rank: MatchRank;
  readonly field: MatchField;
  /** The bank's name, alias or BIC that matched, as written. */
  readonly text: string;
  /** `[start, end)` offsets in `text` of the matched parts. */
  readonly ranges: readonly Range[];
}

/** Separates the texts of one bank in its haystack; no folded text contains it. */
const SEPARATOR = '\u0001';

/** Options of {@link BankSearchIndex}. */
export interface BankSearchOptions {
  /** Locale for the alphabetical order of names that fold alike. */
  readonly locale?: string;
}

/**
 * The banks matching one query, best first. Holds only positions: a {@link BankMatch} (with
 * its highlight ranges) is made when a row asks for it, so a query matching 50,000 banks
 * costs no more than the scan.
 */
export class BankSearchResults {
  readonly #banks: readonly Bank[];
  readonly #query: string;

  constructor(
    banks: readonly Bank[],
    query: string,
    /** Positions in the index, best first. */
    readonly positions: readonly number[],
  ) {
    this.#banks = banks;
    this.#query = query;
  }

  get length(): number {
    return this.positions.length;
  }

  /** The match at `index` (0 is the best), or undefined past the end. */
  at(index: number): BankMatch | undefined {
    const bank = this.#banks[this.positions[index] ?? -1];
    if (!bank) return undefined;
    return this.#query === '' ? { bank, rank: MatchRank.Prefix, field: 'name', text: bank.name, ranges: [] } : matchBank(bank, this.#query);
  }

  /** Matches from `start` to `end` (exclusive). */
  slice(start = 0, end = this.length): BankMatch[] {
    const matches: BankMatch[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) {
      const match = this.at(i);
      if (match) matches.push(match);
    }
    return matches;
  }

  /** Position of the bank with this id in the results, or -1. */
  indexOfBank(id: string): number {
    return this.positions.findIndex((position) => this.#banks[position]?.id === id);
  }
}

/**
 * A search index over a bank catalog: case- and diacritics-insensitive matching of names,
 * aliases, BICs and word starts, ranked exact > prefix > word start > substring; popular
 * banks first among equals (and for an empty query); then alphabetical.
 *
 * Each bank is one folded string (`\u0001name\u0001alias…\u0001bic\u0001`), so a search is one
 * `indexOf` per bank, and only matching banks are looked at again for their rank. It scans
 * the whole catalog, or only the previous results when the query extends the previous one
 * (as it does while typing), in display order, into one bucket per rank: no sort needed.
 */
export class BankSearchIndex {
  readonly size: number;
  readonly #banks: readonly Bank[];
  readonly #haystacks: readonly string[];
  #last: { query: string; positions: readonly number[] } = { query: '', positions: [] };

  constructor(banks: readonly Bank[], options: BankSearchOptions = {}) {
    const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
    // Plain arrays for the sort: it compares 10,000 banks ~130,000 times.
    const keys = banks.map((bank) => foldForSearch(bank.name));
    const popular = Uint8Array.from(banks, (bank) => (bank.popular ? 1 : 0));
    const order = banks.map((_, i) => i);
    order.sort((a, b) => {
      const first = (popular[b] as number) - (popular[a] as number);
      if (first !== 0) return first;
      const x = keys[a] as string;
      const y = keys[b] as string;
      return x < y ? -1 : x > y ? 1 : collator.compare((banks[a] as Bank).name, (banks[b] as Bank).name);
    });
    this.#banks = order.map((i) => banks[i] as Bank);
    this.#haystacks = order.map((i) => {
      const bank = banks[i] as Bank;
      let haystack = `${SEPARATOR}${keys[i]}${SEPARATOR}`;
      for (const alias of bank.aliases) haystack += foldForSearch(alias) + SEPARATOR;
      if (bank.bic) haystack += foldForSearch(bank.bic) + SEPARATOR;
      return haystack;
    });
    this.size = this.#banks.length;
  }

  /** Banks matching `query`, best first; every bank for an empty query. */
  search(query: string): BankSearchResults {
    const folded = foldQuery(query);
    if (folded === '') return new BankSearchResults(this.#banks, '', this.#banks.map((_, i) => i));
    const narrowing = this.#last.query !== '' && folded.startsWith(this.#last.query);
    const candidates = narrowing ? this.#last.positions : undefined;
    const needles = new Needles(folded);
    const buckets: [number[], number[], number[], number[]] = [[], [], [], []];
    const matched: number[] = [];
    const count = candidates ? candidates.length : this.#haystacks.length;
    for (let i = 0; i < count; i++) {
      const position = candidates ? (candidates[i] ?? 0) : i;
      const rank = needles.rank(this.#haystacks[position] ?? '');
      if (rank >= 0) {
        buckets[rank]?.push(position);
        matched.push(position);
      }
    }
    this.#last = { query: folded, positions: matched };
    // concat, not flat(): flat() is many times slower on arrays this long.
    return new BankSearchResults(this.#banks, folded, buckets[0].concat(buckets[1], buckets[2], buckets[3]));
  }
}

/** The strings one query looks for in a haystack. */
class Needles {
  readonly #exact: string;
  readonly #prefix: string;
  readonly #wordStart: string;
  readonly #words: readonly string[];
  readonly #query: string;

  constructor(query: string) {
    this.#query = query;
    this.#exact = `${SEPARATOR}${query}${SEPARATOR}`;
    this.#prefix = `${SEPARATOR}${query}`;
    this.#wordStart = ` ${query}`;
    this.#words = query.includes(' ') ? query.split(' ') : [];
  }

  /** The best rank of the query in a bank's haystack, or -1. */
  rank(haystack: string): number {
    if (haystack.indexOf(this.#query) === -1) {
      return this.#words.length > 0 && this.#words.every((word) => startsAWord(haystack, word)) ? MatchRank.WordStart : -1;
    }
    if (haystack.includes(this.#prefix)) return haystack.includes(this.#exact) ? MatchRank.Exact : MatchRank.Prefix;
    return haystack.includes(this.#wordStart) ? MatchRank.WordStart : MatchRank.Substring;
  }
}

function startsAWord(haystack: string, word: string): boolean {
  return haystack.includes(`${SEPARATOR}${word}`) || haystack.includes(` ${word}`);
}

/** The best matching text of one bank for a folded query, with its highlight ranges. */
function matchBank(bank: Bank, query: string): BankMatch | undefined {
  const texts: Array<[MatchField, string]> = [['name', bank.name], ...bank.aliases.map((a): [MatchField, string] => ['alias', a])];
  if (bank.bic) texts.push(['bic', bank.bic]);
  const needles = new Needles(query);
  let best: BankMatch | undefined;
  for (const [field, text] of texts) {
    const folded = foldForSearch(text);
    const rank = needles.rank(`${SEPARATOR}${folded}${SEPARATOR}`) as MatchRank | -1;
    if (rank === -1 || (best && best.rank <= rank)) continue;
    const map = foldWithMap(text);
    const ranges = foldedRanges(folded, query, rank).map(([start, end]) => toSourceRange(map, start, end));
    best = { bank, rank, field, text, ranges };
  }
  return best;
}

function foldedRanges(text: string, query: string, rank: MatchRank): Array<[number, number]> {
  const start = rank === MatchRank.WordStart ? wordStart(text, query) : text.indexOf(query);
  if (start >= 0) return [[start, start + query.length]];
  const ranges: Array<[number, number]> = [];
  for (const word of query.split(' ')) {
    const at = wordStart(text, word);
    if (at >= 0) ranges.push([at, at + word.length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function wordStart(text: string, word: string): number {
  if (text.startsWith(word)) return 0;
  const at = text.indexOf(` ${word}`);
  return at === -1 ? -1 : at + 1;
}

/** Splits `text` into parts, marking those inside `ranges` (for highlighting). */
export function splitByRanges(text: string, ranges: readonly Range[]): Array<{ text: string; match: boolean }> {
  const parts: Array<{ text: string; match: boolean }> = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}
