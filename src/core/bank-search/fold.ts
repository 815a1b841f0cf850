/**
 * Folding of text for search: lower case, no diacritics, and the letters that Unicode does
 * not decompose (ł, ø, ß, æ…) spelled the way a user without that key types them.
 */

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŧ: 't', ŀ: 'l',
  ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ĳ: 'ij',
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');
const COMBINING_MARKS = /\p{M}+/gu;
/** Word separators other than ASCII ones: dashes, curly quotes, no-break and other spaces. */
const UNICODE_SEPARATOR = /^[\s–—’‘“”„«»]$/u;
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFD').replace(COMBINING_MARKS, '').replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter);
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Folds `input` for comparison: `"Bank Śląski"` → `"bank slaski"`. ASCII passes through; other
 * characters are folded one by one through a cache, which keeps indexing 50,000 names fast. */
export function fold(input: string): string {
  return foldString(input, false);
}

/** ASCII word separators, by char code: white space and - _ . / , ( ) & ' " */
const ASCII_SEPARATOR = new Uint8Array(128);
for (const char of '\t\n\v\f\r -_./,()&\'"') ASCII_SEPARATOR[char.charCodeAt(0)] = 1;

/** Folds a text for the search index: like {@link fold}, with each word separator turned into
 * a space (one for one, so offsets stay those of `fold`). */
export function foldForSearch(input: string): string {
  return foldString(input, true);
}

function foldString(input: string, separatorsToSpace: boolean): string {
  const lower = input.toLowerCase();
  let out = '';
  let start = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let replacement: string;
    if (code < 128) {
      if (!separatorsToSpace || code === 32 || ASCII_SEPARATOR[code] !== 1) continue;
      replacement = ' ';
    } else {
      const char = lower.charAt(i);
      replacement = foldChar(char);
      if (separatorsToSpace && replacement.length === 1 && UNICODE_SEPARATOR.test(replacement)) replacement = ' ';
    }
    out += lower.slice(start, i) + replacement;
    start = i + 1;
  }
  return start === 0 ? lower : out + lower.slice(start);
}

/** Where one packed character of {@link foldedKeyAt} sits: 17 bits, so code unit + 1 fits and 0 means "no character". */
const SLOT = 0x20000;
/** ASCII code → its code in search-folded text (lower case; word separators are spaces). */
const ASCII_FOLDED = Uint16Array.from({ length: 128 }, (_, code) => (ASCII_SEPARATOR[code] === 1 ? 32 : code >= 65 && code <= 90 ? code + 32 : code));
/** Non-ASCII code unit → its search folding alone; `null` when that depends on its neighbours. */
const foldedUnits = new Map<number, string | null>();

function foldedUnit(code: number): string | null {
  let folded = foldedUnits.get(code);
  if (folded === undefined) {
    // Σ lower-cases to σ or ς by position, a surrogate only with its pair: those need the whole text.
    folded = code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff) ? null : foldForSearch(String.fromCharCode(code));
    foldedUnits.set(code, folded);
  }
  return folded;
}

/**
 * Characters `from` to `from + 2` of `foldForSearch(input)`, packed in one number that orders as
 * those characters do in a string comparison (a missing character sorts first): a sort key
 * read off the text without folding it or allocating. -1 when `input` holds a character whose
 * folding depends on its neighbours (Σ, a surrogate pair) before that point: fold it then.
 */
export function foldedKeyAt(input: string, from: number): number {
  const end = from + 3;
  let key = 0;
  let emitted = 0;
  for (let i = 0; i < input.length && emitted < end; i++) {
    const code = input.charCodeAt(i);
    if (code < 128) {
      if (emitted++ >= from) key = key * SLOT + (ASCII_FOLDED[code] as number) + 1;
      continue;
    }
    const folded = foldedUnit(code);
    if (folded === null) return -1;
    for (let j = 0; j < folded.length && emitted < end; j++) {
      if (emitted++ >= from) key = key * SLOT + folded.charCodeAt(j) + 1;
    }
  }
  for (; emitted < end; emitted++) if (emitted >= from) key *= SLOT;
  return key;
}

/** {@link foldedKeyAt} of text already folded. */
export function packedKeyAt(folded: string, from: number): number {
  let key = 0;
  for (let i = from; i < from + 3; i++) key = key * SLOT + (i < folded.length ? folded.charCodeAt(i) + 1 : 0);
  return key;
}

/** Whether a packed key ends its text: every text it ties with folds to the same. */
export function keyEndsText(key: number): boolean {
  return key % SLOT === 0;
}

/** The folded text and, for every folded character, the index of its source character. */
export interface FoldedText {
  readonly text: string;
  /** `sourceIndex[i]` is the index in the original string of folded character `i`;
   * one extra entry at the end holds the original length. */
  readonly sourceIndex: readonly number[];
}

/** Folds `input` character by character, keeping the map back to the original positions (for highlighting). */
export function foldWithMap(input: string): FoldedText {
  let text = '';
  const sourceIndex: number[] = [];
  let offset = 0;
  for (const char of input) {
    for (const part of fold(char)) {
      text += part;
      sourceIndex.push(offset);
    }
    offset += char.length;
  }
  sourceIndex.push(input.length);
  return { text, sourceIndex };
}

/** Folds a query: folded, with runs of white space made one space, trimmed. */
export function foldQuery(query: string): string {
  return foldForSearch(query).replace(/\s+/gu, ' ').trim();
}

/** Maps a `[start, end)` range of folded text back to the original text. */
export function toSourceRange(folded: FoldedText, start: number, end: number): [number, number] {
  const map = folded.sourceIndex;
  const from = map[start] ?? 0;
  // A source character may fold to several (ß → ss): end after the whole of it.
  const last = map[end - 1] ?? from;
  let next = end;
  while (next < map.length - 1 && map[next] === last) next++;
  return [from, map[next] ?? last + 1];
}
