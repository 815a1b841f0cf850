import type { Bank } from '../protocol/catalog.js';
import { fold, foldQuery, foldWithMap, type FoldedText } from './fold.js';

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

/** One search result. `ranges` are `[start, end)` offsets in `text`, the original (not folded) text that matched. */
export interface BankMatch {
  readonly bank: Bank;
  readonly rank: MatchRank;
  readonly field: MatchField;
  /** The bank's name, alias or BIC that matched, as written. */
  readonly text: string;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

interface IndexedText {
  readonly field: MatchField;
  readonly original: string;
  readonly folded: FoldedText;
  /** Folded offsets where a word starts. */
  readonly wordStarts: readonly number[];
}

interface IndexedBank {
  readonly bank: Bank;
  readonly texts: readonly IndexedText[];
  readonly order: number;
}

const WORD_BOUNDARY = /[\s\-–—_./,()&'’"]/u;

function indexText(field: MatchField, original: string): IndexedText {
  const folded = foldWithMap(original);
  const wordStarts: number[] = [];
  for (let i = 0; i < folded.text.length; i++) {
    const previous = folded.text[i - 1];
    const current = folded.text[i] ?? '';
    if ((previous === undefined || WORD_BOUNDARY.test(previous)) && !WORD_BOUNDARY.test(current)) wordStarts.push(i);
  }
  return { field, original, folded, wordStarts };
}

/** Options of {@link BankSearchIndex}. */
export interface BankSearchOptions {
  /** Locale for the alphabetical order of results of equal rank. */
  readonly locale?: string;
}

/**
 * A search index over a bank catalog: case- and diacritics-insensitive matching of names,
 * aliases, BICs and word starts, ranked exact > prefix > word start > substring; popular
 * banks first among equals (and for an empty query); then alphabetical in the locale.
 *
 * Built once per catalog; each `search` scans the catalog once (or only the previous
 * results when the query extends the previous one, as it does while typing).
 */
export class BankSearchIndex {
  readonly size: number;
  private readonly entries: readonly IndexedBank[];
  private lastQuery = '';
  private lastEntries: readonly IndexedBank[] = [];

  constructor(banks: readonly Bank[], options: BankSearchOptions = {}) {
    const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
    const sorted = [...banks].sort(
      (a, b) => Number(b.popular === true) - Number(a.popular === true) || collator.compare(a.name, b.name),
    );
    this.entries = sorted.map((bank, order) => ({
      bank,
      order,
      texts: [
        indexText('name', bank.name),
        ...bank.aliases.map((alias) => indexText('alias', alias)),
        ...(bank.bic ? [indexText('bic', bank.bic)] : []),
      ],
    }));
    this.size = this.entries.length;
    this.lastEntries = this.entries;
  }

  /** Banks matching `query`, best first; at most `limit` of them (all by default). */
  search(query: string, limit = Number.POSITIVE_INFINITY): BankMatch[] {
    const folded = foldQuery(query);
    if (folded === '') {
      return this.entries.slice(0, limit).map(({ bank }) => ({ bank, rank: MatchRank.Prefix, field: 'name', text: bank.name, ranges: [] }));
    }
    const candidates = this.lastQuery !== '' && folded.startsWith(this.lastQuery) ? this.lastEntries : this.entries;
    const scored: Array<{ entry: IndexedBank; match: BankMatch }> = [];
    for (const entry of candidates) {
      const match = bestMatch(entry, folded);
      if (match) scored.push({ entry, match });
    }
    this.lastQuery = folded;
    this.lastEntries = scored.map(({ entry }) => entry);
    scored.sort((a, b) => a.match.rank - b.match.rank || a.entry.order - b.entry.order);
    return scored.slice(0, limit).map(({ match }) => match);
  }
}

function bestMatch(entry: IndexedBank, query: string): BankMatch | undefined {
  let best: BankMatch | undefined;
  for (const text of entry.texts) {
    const match = matchText(entry.bank, text, query);
    if (match && (!best || match.rank < best.rank)) {
      best = match;
      if (best.rank === MatchRank.Exact) break;
    }
  }
  return best;
}

function matchText(bank: Bank, text: IndexedText, query: string): BankMatch | undefined {
  const haystack = text.folded.text;
  const at = haystack.indexOf(query);
  if (at === -1) return matchWords(bank, text, query);
  let rank: MatchRank;
  let start = at;
  if (at === 0) rank = haystack.length === query.length ? MatchRank.Exact : MatchRank.Prefix;
  else {
    const wordStart = text.wordStarts.find((s) => haystack.startsWith(query, s));
    rank = wordStart === undefined ? MatchRank.Substring : MatchRank.WordStart;
    if (wordStart !== undefined) start = wordStart;
  }
  return { bank, rank, field: text.field, text: text.original, ranges: [toSourceRange(text.folded, start, start + query.length)] };
}

/** A query of several words matches when every word starts a word of the text, in any order. */
function matchWords(bank: Bank, text: IndexedText, query: string): BankMatch | undefined {
  const words = query.split(' ');
  if (words.length < 2) return undefined;
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    const start = text.wordStarts.find((s) => text.folded.text.startsWith(word, s));
    if (start === undefined) return undefined;
    ranges.push(toSourceRange(text.folded, start, start + word.length));
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return { bank, rank: MatchRank.WordStart, field: text.field, text: text.original, ranges };
}

function toSourceRange(folded: FoldedText, start: number, end: number): [number, number] {
  const map = folded.sourceIndex;
  const from = map[start] ?? 0;
  // A source character may fold to several (ß → ss): end after the whole of it.
  const last = map[end - 1] ?? from;
  let next = end;
  while (next < map.length - 1 && map[next] === last) next++;
  return [from, map[next] ?? last + 1];
}

/** Splits `text` into parts, marking those inside `ranges` (for highlighting). */
export function splitByRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): Array<{ text: string; match: boolean }> {
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

export { fold };
