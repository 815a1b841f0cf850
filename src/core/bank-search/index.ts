export { BankSearchIndex, MatchRank, splitByRanges } from './bank-search-index.js';
export type { BankMatch, MatchField, BankSearchOptions } from './bank-search-index.js';
export { fold, foldQuery } from './fold.js';
