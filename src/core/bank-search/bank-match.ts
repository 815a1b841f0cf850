import type { Bank } from '../protocol/catalog.js';
import { foldForSearch, foldWithMap, toSourceRange } from './fold.js';

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

export type Range = readonly [number, number];

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
export const SEPARATOR = '\u0001';
export const SEPARATOR_CODE = 1;
export const SPACE_CODE = 32;

/** Bit of a folded character in a bank's presence masks: one for each letter a–z, one for two
 * digits (a filter: a bank without the bit cannot hold the character); none for others. */
export const CHAR_BIT = Int32Array.from({ length: 128 }, (_, code) => (code >= 97 && code <= 122 ? 1 << (code - 97) : code >= 48 && code <= 57 ? 1 << (26 + ((code - 48) % 5)) : 0));

/** The presence bits of the characters of `text`. */
function presenceBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) bits |= CHAR_BIT[code] as number;
  }
  return bits;
}

/** The strings one query looks for in a haystack. */
export class Needles {
  readonly #exact: string;
  readonly #prefix: string;
  readonly #wordStart: string;
  /** For a query of several words, each word after a separator and after a space. */
  readonly #words: readonly string[];
  readonly #query: string;
  /** The presence bits a haystack needs to match. */
  readonly bits: number;

  constructor(query: string) {
    this.#query = query;
    this.#exact = `${SEPARATOR}${query}${SEPARATOR}`;
    this.#prefix = `${SEPARATOR}${query}`;
    this.#wordStart = ` ${query}`;
    this.#words = query.includes(' ') ? query.split(' ').flatMap((word) => [SEPARATOR + word, ` ${word}`]) : [];
    this.bits = presenceBits(query);
  }

  /** The best rank of the query in a bank's haystack, or -1. */
  rank(haystack: string): number {
    if (haystack.indexOf(this.#query) === -1) {
      const words = this.#words;
      if (words.length === 0) return -1;
      // Each word must start a word: after a separator or after a space.
      for (let i = 0; i < words.length; i += 2) {
        if (!haystack.includes(words[i] as string) && !haystack.includes(words[i + 1] as string)) return -1;
      }
      return MatchRank.WordStart;
    }
    if (haystack.includes(this.#prefix)) return haystack.includes(this.#exact) ? MatchRank.Exact : MatchRank.Prefix;
    return haystack.includes(this.#wordStart) ? MatchRank.WordStart : MatchRank.Substring;
  }
}

/** The best matching text of one bank for a folded query, with its highlight ranges. */
export function matchBank(bank: Bank, query: string): BankMatch | undefined {
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
