/**
 * Folding of text for search: lower case, no diacritics, and the letters that Unicode does
 * not decompose (ł, ø, ß, æ…) spelled the way a user without that key types them.
 */

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŧ: 't', ŀ: 'l',
  ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ĳ: 'ij',
};

const COMBINING_MARK = /\p{M}/u;

/** The folded text and, for every folded character, the index of its source character. */
export interface FoldedText {
  readonly text: string;
  /** `sourceIndex[i]` is the index in the original string of folded character `i`;
   * one extra entry at the end holds the original length. */
  readonly sourceIndex: readonly number[];
}

/** Folds `input` and keeps the map back to the original positions (for highlighting). */
export function foldWithMap(input: string): FoldedText {
  let text = '';
  const sourceIndex: number[] = [];
  let offset = 0;
  for (const char of input) {
    for (const part of foldChar(char)) {
      text += part;
      sourceIndex.push(offset);
    }
    offset += char.length;
  }
  sourceIndex.push(input.length);
  return { text, sourceIndex };
}

/** Folds `input` for comparison: `"Bank Śląski"` → `"bank slaski"`. */
export function fold(input: string): string {
  let text = '';
  for (const char of input) text += foldChar(char);
  return text;
}

function foldChar(char: string): string {
  const lower = char.toLowerCase();
  const special = SPECIAL_LETTERS[lower];
  if (special !== undefined) return special;
  let out = '';
  for (const part of lower.normalize('NFD')) {
    if (!COMBINING_MARK.test(part)) out += part;
  }
  return out;
}

/** Folds a query: folded, with runs of white space made one space, trimmed. */
export function foldQuery(query: string): string {
  return fold(query).replace(/\s+/gu, ' ').trim();
}
