export { BankSearchIndex, BankSearchResults, MatchRank, splitByRanges } from './bank-search-index.js';
export type { BankMatch, MatchField, BankSearchOptions } from './bank-search-index.js';
export { fold, foldForSearch, foldQuery } from './fold.js';
