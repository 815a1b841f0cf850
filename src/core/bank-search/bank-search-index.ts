import type { Bank } from '../protocol/catalog.js';
import { foldForSearch, foldQuery, foldWithMap, foldedKeyAt, keyEndsText, packedKeyAt, toSourceRange } from './fold.js';

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
const SEPARATOR_CODE = 1;
const SPACE_CODE = 32;

/** Options of {@link BankSearchIndex}. */
export interface BankSearchOptions {
  /** Locale for the alphabetical order of names that fold alike. */
  readonly locale?: string;
}

/** Rows put in display order at first: a screen of them and some; more as they are asked for. */
const FIRST_ROWS = 32;
/** The sort key bit that puts popular banks first. */
const NOT_POPULAR = 2 ** 51;

/**
 * The display order of a catalog: popular banks first, then by folded name, then (names that
 * fold alike) in the locale's order, then in catalog order. Computed only as far as asked:
 * the first rows of 50,000 banks need a pass over three folded letters of each name, not a
 * sort of them all.
 */
class DisplayOrder {
  readonly banks: readonly Bank[];
  /** Every position, in catalog order: the members of the empty query. */
  readonly all: number[] = [];
  readonly #locale: string | undefined;
  #collator: Intl.Collator | undefined;
  /** Folded names, as far as folded. */
  readonly #names: Array<string | undefined>;
  /** Sort keys of each level of each bank (popularity and three folded letters, then the next
   * three…), NaN until read: ties among thousands of names that begin alike are read once. */
  readonly #levelKeys: Float64Array[] = [];
  #scratch = new Float64Array(0);
  #heap = new Float64Array(0);

  constructor(banks: readonly Bank[], locale: string | undefined) {
    this.banks = banks;
    for (let i = 0; i < banks.length; i++) this.all.push(i);
    // The collator is made for the first names that fold alike (its first making loads locale
    // data: ~12 ms); a locale it would refuse is refused now, as it was.
    if (locale !== undefined) Intl.getCanonicalLocales(locale);
    this.#locale = locale;
    this.#names = new Array<string | undefined>(banks.length);
  }

  /** The folded name of the bank at `position`. */
  name(position: number): string {
    return (this.#names[position] ??= foldForSearch((this.banks[position] as Bank).name));
  }

  /** Takes the folded name of the bank at `position` as a flat copy (reading a name built by concatenation is slower). */
  setName(position: number, name: string): void {
    this.#names[position] = name;
  }

  /** Orders two positions. */
  readonly compare = (a: number, b: number): number => {
    const first = (this.banks[b]?.popular ? 1 : 0) - (this.banks[a]?.popular ? 1 : 0);
    if (first !== 0) return first;
    const x = this.name(a);
    const y = this.name(b);
    if (x !== y) return x < y ? -1 : 1;
    this.#collator ??= new Intl.Collator(this.#locale, { sensitivity: 'base', numeric: true });
    return this.#collator.compare((this.banks[a] as Bank).name, (this.banks[b] as Bank).name) || a - b;
  };

  /** Sort key `level` of a bank: folded letters `3·level` to `3·level + 2`, popular banks first at level 0. */
  #key(position: number, level: number): number {
    const bank = this.banks[position] as Bank;
    const name = this.#names[position];
    const from = 3 * level;
    let key = name === undefined ? foldedKeyAt(bank.name, from) : packedKeyAt(name, from);
    if (key < 0) key = packedKeyAt(this.name(position), from);
    return level === 0 && !bank.popular ? key + NOT_POPULAR : key;
  }

  /** Sort keys `level` of `pool`, in a scratch array; each bank's is computed once and kept. */
  #keys(pool: readonly number[], level: number): Float64Array {
    const known = (this.#levelKeys[level] ??= new Float64Array(this.banks.length).fill(NaN));
    if (pool === this.all) {
      // The whole catalog in catalog order (the empty query): the kept keys are the keys.
      for (let position = 0; position < known.length; position++) if (known[position] !== known[position]) known[position] = this.#key(position, level);
      return known;
    }
    if (this.#scratch.length < pool.length) this.#scratch = new Float64Array(Math.max(pool.length, 2 * this.#scratch.length));
    const keys = this.#scratch;
    for (let i = 0; i < pool.length; i++) {
      const position = pool[i] as number;
      let key = known[position] as number;
      if (key !== key) key = known[position] = this.#key(position, level);
      keys[i] = key;
    }
    return keys;
  }

  /**
   * The first `count` of `members` in display order, sorted; possibly a few more, but every
   * member left out comes after all of them. Members whose first letters rank them among the
   * first are taken; those tied with the last of them are told apart by their next letters,
   * and so on; only what is taken is folded and sorted.
   */
  first(members: readonly number[], count: number): number[] {
    if (count >= members.length) return members.slice().sort(this.compare);
    const taken: number[] = [];
    let pool = members;
    // Popular banks come first: when there are enough of them, the others need no keys.
    const popular = members.filter((position) => this.banks[position]?.popular);
    if (popular.length >= count) pool = popular;
    for (let level = 0; ; level++) {
      const keys = this.#keys(pool, level);
      // Names that begin alike for many letters: the pool stays the same until they part.
      if (allEqual(keys, pool.length) && !keyEndsText(keys[0] as number)) continue;
      const threshold = this.#smallest(keys, pool.length, count - taken.length);
      const ties: number[] = [];
      for (let i = 0; i < pool.length; i++) {
        const key = keys[i] as number;
        if (key <= threshold) (key < threshold ? taken : ties).push(pool[i] as number);
      }
      if (ties.length <= count - taken.length + FIRST_ROWS || keyEndsText(threshold)) {
        for (const position of ties) taken.push(position);
        return taken.sort(this.compare);
      }
      pool = ties;
    }
  }

  /** The `k`-th smallest of `values[0…length)` (1 ≤ k ≤ length), through a max-heap of the k smallest. */
  #smallest(values: Float64Array, length: number, k: number): number {
    if (this.#heap.length < k) this.#heap = new Float64Array(Math.max(k, 2 * this.#heap.length));
    const heap = this.#heap;
    let size = 0;
    for (let i = 0; i < length; i++) {
      const value = values[i] as number;
      if (size < k) {
        let at = size++;
        while (at > 0) {
          const parent = (at - 1) >> 1;
          if ((heap[parent] as number) >= value) break;
          heap[at] = heap[parent] as number;
          at = parent;
        }
        heap[at] = value;
      } else if (value < (heap[0] as number)) {
        let at = 0;
        for (;;) {
          const left = 2 * at + 1;
          if (left >= k) break;
          const child = left + 1 < k && (heap[left + 1] as number) > (heap[left] as number) ? left + 1 : left;
          if ((heap[child] as number) <= value) break;
          heap[at] = heap[child] as number;
          at = child;
        }
        heap[at] = value;
      }
    }
    return heap[0] as number;
  }
}

function allEqual(values: Float64Array, length: number): boolean {
  const first = values[0];
  for (let i = 1; i < length; i++) if (values[i] !== first) return false;
  return true;
}

/** Results of one rank: their positions in any order, and as many of them as asked for in display order. */
interface RankGroup {
  readonly members: readonly number[];
  ordered: readonly number[];
}

/**
 * The banks matching one query, best first. Holds only positions, put in display order as rows
 * ask for them: a {@link BankMatch} (with its highlight ranges) is made when a row asks for it,
 * so a query matching 50,000 banks costs no more than the scan, and the first screen of them
 * no sort of them all.
 */
export class BankSearchResults {
  readonly length: number;
  readonly #order: DisplayOrder;
  readonly #query: string;
  readonly #groups: readonly RankGroup[];

  constructor(order: DisplayOrder, query: string, groups: ReadonlyArray<readonly number[]>) {
    this.#order = order;
    this.#query = query;
    this.#groups = groups.filter((members) => members.length > 0).map((members) => ({ members, ordered: [] }));
    this.length = this.#groups.reduce((sum, group) => sum + group.members.length, 0);
  }

  /** Positions in the index, best first (all of them put in order: rows need only {@link at}). */
  get positions(): readonly number[] {
    return this.#groups.flatMap((group) => this.#ordered(group, group.members.length));
  }

  #ordered(group: RankGroup, count: number): readonly number[] {
    if (group.ordered.length < count) group.ordered = this.#order.first(group.members, Math.max(count, 2 * group.ordered.length, FIRST_ROWS));
    return group.ordered;
  }

  #position(index: number): number | undefined {
    if (!Number.isInteger(index) || index < 0) return undefined;
    let offset = index;
    for (const group of this.#groups) {
      if (offset < group.members.length) return this.#ordered(group, offset + 1)[offset];
      offset -= group.members.length;
    }
    return undefined;
  }

  /** The match at `index` (0 is the best), or undefined past the end. */
  at(index: number): BankMatch | undefined {
    const position = this.#position(index);
    const bank = position === undefined ? undefined : this.#order.banks[position];
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
}

/**
 * A search index over a bank catalog: case- and diacritics-insensitive matching of names,
 * aliases, BICs and word starts, ranked exact > prefix > word start > substring; popular
 * banks first among equals (and for an empty query); then alphabetical.
 *
 * Each bank is one folded string (`\u0001name\u0001alias…\u0001bic\u0001`), and all of them
 * one joined string. A one-word query is found there with `indexOf`, each occurrence ranked by
 * the characters around it; typed on letter by letter, its occurrences are the previous word's
 * followed by that letter. A one-letter query is ranked from per-bank letter masks; a query of
 * several words reads the texts of the banks that hold all its letters. Results of each rank
 * are put in display order only as far as rows ask for them. Nothing is folded up front: the
 * empty query orders its first rows from three folded letters of each name, and the search
 * texts are built by the first search, or before it by {@link prepare} when the page is idle.
 */
export class BankSearchIndex {
  readonly size: number;
  readonly #banks: readonly Bank[];
  readonly #order: DisplayOrder;
  /** Search text of each bank, built by {@link prepare}. */
  readonly #haystacks: string[] = [];
  /**
   * Four presence masks per bank (see CHAR_BIT): the characters of its haystack, those that
   * start one of its texts, those that start a word, those that are a whole text. A bank
   * missing a query's bits is passed over without reading its text, and a one-letter query
   * is ranked from the masks alone.
   */
  #masks = new Int32Array(0);
  /** All search texts joined, once all are built, and where each starts (and one past the last). */
  #joined = '';
  #starts: Int32Array | undefined;
  /** Banks whose masks are made. */
  #masked = 0;
  /** The previous query, its results, and where it occurs (a one-word query) in the joined text. */
  #last: { query: string; groups: ReadonlyArray<readonly number[]>; occurrences: readonly number[] | undefined } | undefined;

  constructor(banks: readonly Bank[], options: BankSearchOptions = {}) {
    this.#banks = banks;
    this.size = banks.length;
    this.#order = new DisplayOrder(banks, options.locale);
  }

  /**
   * Builds the search texts, a few hundred banks at a time while `timeRemaining()` (ms) is
   * positive; true once all are built. For spreading the work over idle time: a search
   * finishes whatever is left.
   */
  prepare(timeRemaining: () => number = () => Infinity): boolean {
    const haystacks = this.#haystacks;
    while (haystacks.length < this.size) {
      const end = Math.min(this.size, haystacks.length + 256);
      for (let i = haystacks.length; i < end; i++) haystacks.push(this.#haystack(i));
      if (timeRemaining() <= 0) return false;
    }
    if (!this.#starts) {
      const starts = new Int32Array(this.size + 1);
      for (let i = 0; i < this.size; i++) starts[i + 1] = (starts[i] as number) + (haystacks[i] as string).length;
      const joined = haystacks.join('');
      // A folded name is a tree of pieces (from concatenation); its slice of the joined text is flat, faster to read.
      for (let i = 0; i < this.size; i++) {
        const start = (starts[i] as number) + 1;
        this.#order.setName(i, joined.slice(start, start + this.#order.name(i).length));
      }
      this.#joined = joined;
      this.#starts = starts;
      if (timeRemaining() <= 0) return this.size === 0;
    }
    if (this.#masks.length < 4 * this.size) this.#masks = new Int32Array(4 * this.size);
    while (this.#masked < this.size) {
      const end = Math.min(this.size, this.#masked + 2048);
      for (let i = this.#masked; i < end; i++) this.#mask(i);
      this.#masked = end;
      if (end < this.size && timeRemaining() <= 0) return false;
    }
    return true;
  }

  #haystack(position: number): string {
    const bank = this.#banks[position] as Bank;
    const parts = ['', this.#order.name(position)];
    for (const alias of bank.aliases) parts.push(foldForSearch(alias));
    if (bank.bic) parts.push(foldForSearch(bank.bic));
    parts.push('');
    // join() makes one flat string; concatenation would make a tree of pieces, flattened on first read.
    return parts.join(SEPARATOR);
  }

  #mask(position: number): void {
    const joined = this.#joined;
    const end = (this.#starts as Int32Array)[position + 1] as number;
    let present = 0;
    let textStart = 0;
    let wordStart = 0;
    let whole = 0;
    let before = SEPARATOR_CODE;
    for (let i = ((this.#starts as Int32Array)[position] as number) + 1; i < end; i++) {
      const code = joined.charCodeAt(i);
      const bit = code < 128 ? (CHAR_BIT[code] as number) : 0;
      if (bit !== 0) {
        present |= bit;
        if (before === SEPARATOR_CODE) {
          textStart |= bit;
          if (joined.charCodeAt(i + 1) === SEPARATOR_CODE) whole |= bit;
        } else if (before === SPACE_CODE) wordStart |= bit;
      }
      before = code;
    }
    const masks = this.#masks;
    masks[4 * position] = present;
    masks[4 * position + 1] = textStart;
    masks[4 * position + 2] = wordStart;
    masks[4 * position + 3] = whole;
  }

  /** Banks matching `query`, best first; every bank for an empty query. */
  search(query: string): BankSearchResults {
    const folded = foldQuery(query);
    if (folded === '') return new BankSearchResults(this.#order, '', [this.#order.all]);
    this.prepare();
    const needles = new Needles(folded);
    const groups: Groups = [[], [], [], []];
    const last = this.#last;
    let occurrences: number[] | undefined;
    if (folded.length === 1 && folded >= 'a' && folded <= 'z') this.#rankLetter(needles.bits, groups);
    else if (folded.includes(' ') || folded.includes(SEPARATOR)) {
      // Several words, which may match apart: banks holding each word's letters, among the previous
      // results when the query extends the previous one, else among those holding its longest word.
      if (last && folded.startsWith(last.query)) this.#rankAmong(last.groups, needles, groups);
      else this.#rankHolding(folded.split(' ').reduce((a, b) => (b.length > a.length ? b : a)), needles, groups);
    } else {
      // One word: every occurrence of it in the joined text, each ranked by the characters around it.
      // Typed on from the previous word, its occurrences are among that word's.
      occurrences = last?.occurrences && folded.startsWith(last.query) ? this.#extend(last.occurrences, last.query.length, folded) : this.#find(folded);
      this.#rankOccurrences(occurrences, folded.length, groups);
    }
    this.#last = { query: folded, groups, occurrences };
    return new BankSearchResults(this.#order, folded, groups);
  }

  /** One letter: its bit in the masks says all. */
  #rankLetter(bit: number, groups: Groups): void {
    const masks = this.#masks;
    for (let position = 0; position < this.size; position++) {
      if ((masks[4 * position] as number) & bit) {
        const rank = (masks[4 * position + 3] as number) & bit ? MatchRank.Exact : (masks[4 * position + 1] as number) & bit ? MatchRank.Prefix : (masks[4 * position + 2] as number) & bit ? MatchRank.WordStart : MatchRank.Substring;
        groups[rank].push(position);
      }
    }
  }

  /** Ranks the banks of `among` that hold the query's letters, reading their texts. */
  #rankAmong(among: ReadonlyArray<readonly number[]>, needles: Needles, groups: Groups): void {
    const masks = this.#masks;
    const bits = needles.bits;
    for (const group of among) {
      for (const position of group) {
        if (((masks[4 * position] as number) & bits) !== bits) continue;
        const rank = needles.rank(this.#haystacks[position] as string);
        if (rank >= 0) groups[rank as MatchRank].push(position);
      }
    }
  }

  /** Ranks the banks holding `word` (a necessary condition of the query) that hold the query's letters. */
  #rankHolding(word: string, needles: Needles, groups: Groups): void {
    const joined = this.#joined;
    const starts = this.#starts as Int32Array;
    let bank = 0;
    for (let at = joined.indexOf(word); at !== -1; at = joined.indexOf(word, starts[bank + 1])) {
      while ((starts[bank + 1] as number) <= at) bank++;
      if (((this.#masks[4 * bank] as number) & needles.bits) !== needles.bits) continue;
      const rank = needles.rank(this.#haystacks[bank] as string);
      if (rank >= 0) groups[rank as MatchRank].push(bank);
    }
  }

  /** Where `word` occurs in the joined text, in order. */
  #find(word: string): number[] {
    const joined = this.#joined;
    const found: number[] = [];
    for (let at = joined.indexOf(word); at !== -1; at = joined.indexOf(word, at + 1)) found.push(at);
    return found;
  }

  /** Where `word` occurs, from where its first `known` letters do: one character compare each for a letter typed on. */
  #extend(occurrences: readonly number[], known: number, word: string): number[] {
    const joined = this.#joined;
    const found: number[] = [];
    for (const at of occurrences) {
      let i = known;
      while (i < word.length && joined.charCodeAt(at + i) === word.charCodeAt(i)) i++;
      if (i === word.length) found.push(at);
    }
    return found;
  }

  /** Ranks each bank by its best occurrence of a word of `length` characters: after a separator
   * (and followed by one: exact), after a space, or inside a word. */
  #rankOccurrences(occurrences: readonly number[], length: number, groups: Groups): void {
    const joined = this.#joined;
    const starts = this.#starts as Int32Array;
    let bank = 0;
    let current = -1;
    let best: number = MatchRank.Substring;
    for (const at of occurrences) {
      while ((starts[bank + 1] as number) <= at) bank++;
      if (bank !== current) {
        if (current >= 0) groups[best as MatchRank].push(current);
        current = bank;
        best = MatchRank.Substring;
      }
      const before = joined.charCodeAt(at - 1);
      const rank = before === SEPARATOR_CODE ? (joined.charCodeAt(at + length) === SEPARATOR_CODE ? MatchRank.Exact : MatchRank.Prefix) : before === SPACE_CODE ? MatchRank.WordStart : MatchRank.Substring;
      if (rank < best) best = rank;
    }
    if (current >= 0) groups[best as MatchRank].push(current);
  }
}

/** Search results by rank: exact, prefix, word start, substring. */
type Groups = [number[], number[], number[], number[]];

/** Bit of a folded character in a bank's presence masks: one for each letter a–z, one for two
 * digits (a filter: a bank without the bit cannot hold the character); none for others. */
const CHAR_BIT = Int32Array.from({ length: 128 }, (_, code) => (code >= 97 && code <= 122 ? 1 << (code - 97) : code >= 48 && code <= 57 ? 1 << (26 + ((code - 48) % 5)) : 0));

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
class Needles {
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
