/**
 * signin-flow: the side-effect-free entry. Importing it registers no element; import
 * `signin-flow/define.js` for that.
 */
export { VERSION } from './version.js';
export { SignInBankPicker } from './components/bank-picker/bank-picker.js';
export { SignInConsents } from './components/consents/consents.js';
export { ConsentState, parseLabel, isSafeHref, plainLabel, defaultConsents, DEFAULT_CONSENTS_VERSION } from './core/consents/index.js';
export type { AcceptedConsent, Clock, ConsentDefinition, LabelPart, DefaultConsentLinks } from './core/consents/index.js';
export * from './events/index.js';
export * from './config/index.js';
export { BankSearchIndex, MatchRank, splitByRanges, fold, foldQuery } from './core/bank-search/index.js';
export type { BankMatch, MatchField, BankSearchOptions } from './core/bank-search/index.js';
export { bankSchema, bankStatusSchema, catalogResponseSchema, countryCodeSchema } from './core/protocol/catalog.js';
export type { Bank, BankInput, BankStatus, CatalogResponse } from './core/protocol/catalog.js';
export { Localizer, negotiateLocale, registerCatalog } from './i18n/index.js';
export type { Catalog, MessageKey } from './i18n/index.js';
