import type { Bank } from '../protocol/catalog.js';
import { foldForSearch, foldedKeyAt, keyEndsText, packedKeyAt } from './fold.js';

/** Rows put in display order at first: a screen of them and some; more as they are asked for. */
export const FIRST_ROWS = 32;
/** The sort key bit that puts popular banks first. */
const NOT_POPULAR = 2 ** 51;

/**
 * The display order of a catalog: popular banks first, then by folded name, then (names that
 * fold alike) in the locale's order, then in catalog order. Computed only as far as asked:
 * the first rows of 50,000 banks need a pass over three folded letters of each name, not a
 * sort of them all.
 */
export class DisplayOrder {
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
    return this.#select(members, count, 1);
  }

  /** The last `count` of `members` in display order, sorted; possibly a few more, but every
   * member left out comes before all of them: End or ArrowUp on a long list orders only its end. */
  last(members: readonly number[], count: number): number[] {
    return this.#select(members, count, -1);
  }

  /** {@link first} (`sign` 1) or {@link last} (-1): the same selection, on keys times `sign`. */
  #select(members: readonly number[], count: number, sign: 1 | -1): number[] {
    if (count >= members.length) return members.slice().sort(this.compare);
    const taken: number[] = [];
    let pool = members;
    // Popular banks come first: when there are enough of them (or, from the end, of the others), the rest need no keys.
    const side = members.filter((position) => !this.banks[position]?.popular === (sign < 0));
    if (side.length >= count) pool = side;
    for (let level = 0; ; level++) {
      const keys = this.#keys(pool, level);
      // Names that begin alike for many letters: the pool stays the same until they part.
      if (allEqual(keys, pool.length) && !keyEndsText(keys[0] as number)) continue;
      const threshold = this.#smallest(keys, pool.length, count - taken.length, sign);
      const ties: number[] = [];
      for (let i = 0; i < pool.length; i++) {
        const key = sign * (keys[i] as number);
        if (key <= threshold) (key < threshold ? taken : ties).push(pool[i] as number);
      }
      if (ties.length <= count - taken.length + FIRST_ROWS || keyEndsText(sign * threshold)) {
        for (const position of ties) taken.push(position);
        return taken.sort(this.compare);
      }
      pool = ties;
    }
  }

  /** The `k`-th smallest of `sign · values[0…length)` (1 ≤ k ≤ length), through a max-heap of the k smallest. */
  #smallest(values: Float64Array, length: number, k: number, sign: 1 | -1): number {
    if (this.#heap.length < k) this.#heap = new Float64Array(Math.max(k, 2 * this.#heap.length));
    const heap = this.#heap;
    let size = 0;
    for (let i = 0; i < length; i++) {
      const value = sign * (values[i] as number);
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

