import type { Bank } from '../protocol/catalog.js';
import { CHAR_BIT, MatchRank, Needles, SEPARATOR, SEPARATOR_CODE, SPACE_CODE, matchBank, type BankMatch } from './bank-match.js';
import { DisplayOrder, FIRST_ROWS } from './display-order.js';
import { foldForSearch, foldQuery } from './fold.js';

export { MatchRank, splitByRanges } from './bank-match.js';
export type { BankMatch, MatchField } from './bank-match.js';

/** Options of {@link BankSearchIndex}. */
export interface BankSearchOptions {
  /** Locale for the alphabetical order of names that fold alike. */
  readonly locale?: string;
}

/** Results of one rank: their positions in any order, and as many of them as asked for in display
 * order, from the start and from the end. */
interface RankGroup {
  readonly members: readonly number[];
  ordered: readonly number[];
  /** The last of them, in display order (End, ArrowUp from nowhere). */
  tail: readonly number[];
}

/**
 * The banks matching one query, best first. Holds only positions, put in display order as rows
 * ask for them (from whichever end is nearer): a {@link BankMatch} (with its highlight ranges) is
 * made when a row asks for it, so a query matching 50,000 banks costs no more than the scan, and
 * its first or last screen no sort of them all.
 */
export class BankSearchResults {
  readonly length: number;
  readonly #order: DisplayOrder;
  readonly #query: string;
  readonly #groups: readonly RankGroup[];

  constructor(order: DisplayOrder, query: string, groups: ReadonlyArray<readonly number[]>) {
    this.#order = order;
    this.#query = query;
    this.#groups = groups.filter((members) => members.length > 0).map((members) => ({ members, ordered: [], tail: [] }));
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

  /** The member at `offset` of a group: from its start, or from its end when that is nearer. */
  #member(group: RankGroup, offset: number): number | undefined {
    const fromEnd = group.members.length - offset;
    if (offset < group.ordered.length || fromEnd > offset) return this.#ordered(group, offset + 1)[offset];
    if (group.tail.length < fromEnd) group.tail = this.#order.last(group.members, Math.max(fromEnd, 2 * group.tail.length, FIRST_ROWS));
    return group.tail[group.tail.length - fromEnd];
  }

  #position(index: number): number | undefined {
    if (!Number.isInteger(index) || index < 0) return undefined;
    let offset = index;
    for (const group of this.#groups) {
      if (offset < group.members.length) return this.#member(group, offset);
      offset -= group.members.length;
    }
    return undefined;
  }

  /** The match at `index` (0 is the best), or undefined past the end. */
  at(index: number): BankMatch | undefined {
    const position = this.#position(index);
    const bank = position === undefined ? undefined : this.#order.banks[position];
    if (!bank) return undefined;
    return this.#query === '' ? { bank, rank: MatchRank.Prefix, field: 'name', text: bank.name, ranges: [], nameRanges: [] } : matchBank(bank, this.#query);
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

