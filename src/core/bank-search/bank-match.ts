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
  /**
   * The text a row shows beside the name: `name` when the name matches the query by itself;
   * otherwise the alias or BIC that matched (an alias that only repeats the name is never
   * shown: the name matches then), or, for words found apart, the one holding most of them.
   */
  readonly field: MatchField;
  /** That text, as written. */
  readonly text: string;
  /** `[start, end)` offsets in `text` of the matched parts. */
  readonly ranges: readonly Range[];
  /** `[start, end)` offsets in the bank's name of the matched parts: `ranges` when `field` is
   * `name`, else the words of the query the name holds (maybe none). */
  readonly nameRanges: readonly Range[];
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

/**
 * How one bank matches a folded query, or undefined when it does not: its best rank over all its
 * texts, and what its row shows. The name is shown alone whenever it matches by itself, so an
 * alias or BIC appears only when it says why the bank is listed.
 */
export function matchBank(bank: Bank, query: string): BankMatch | undefined {
  const needles = new Needles(query);
  const texts: Array<[MatchField, string]> = [['name', bank.name], ...bank.aliases.map((a): [MatchField, string] => ['alias', a])];
  if (bank.bic) texts.push(['bic', bank.bic]);
  const folded = texts.map(([, text]) => foldForSearch(text));
  const ranks = folded.map((text) => needles.rank(`${SEPARATOR}${text}${SEPARATOR}`));
  const own = ranks.filter((rank) => rank >= 0);
  // No text matches alone: the words may match apart, in several texts.
  const rank = (own.length > 0 ? Math.min(...own) : needles.rank(`${SEPARATOR}${folded.join(SEPARATOR)}${SEPARATOR}`)) as MatchRank | -1;
  if (rank === -1) return undefined;
  const rangesIn = (i: number) => foldedRanges(folded[i] as string, query, ranks[i] as number).map(([start, end]) => toSourceRange(foldWithMap((texts[i] as [MatchField, string])[1]), start, end));
  const nameRanges = rangesIn(0);
  // Else the alias or BIC shown: the best that matches alone; for words found apart, the one
  // holding most of the words the name lacks.
  let shown = 0;
  if ((ranks[0] as number) < 0) {
    const missing = query.split(' ').filter((word) => wordStart(folded[0] as string, word) < 0);
    let best = -1;
    for (let i = 1; i < texts.length; i++) {
      const score = (ranks[i] as number) >= 0 ? 99 - (ranks[i] as number) : missing.filter((word) => wordStart(folded[i] as string, word) >= 0).length;
      if (score > best) [best, shown] = [score, i]; // a text matching alone beats any count of words
    }
  }
  const [field, text] = texts[shown] as [MatchField, string];
  return { bank, rank, field, text, ranges: shown === 0 ? nameRanges : rangesIn(shown), nameRanges };
}

/** Where `query` (or, when it is not there whole, each of its words starting a word) is in a folded text. */
function foldedRanges(text: string, query: string, rank: number): Array<[number, number]> {
  const start = rank < 0 ? -1 : rank === MatchRank.WordStart ? wordStart(text, query) : text.indexOf(query);
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
