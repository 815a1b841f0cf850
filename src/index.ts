/**
 * signin-flow: the side-effect-free entry. Importing it registers no element; import
 * `signin-flow/define.js` for that.
 */
export { VERSION } from './version.js';
export { SignInBankPicker } from './components/bank-picker/bank-picker.js';
export { SignInConsents } from './components/consents/consents.js';
export { SignInLauncher } from './components/launcher/launcher.js';
export type { LauncherStatus } from './components/launcher/launcher.js';
export { SignInWidget } from './components/widget/widget.js';
export { embed } from './embed/embed.js';
export type { EmbedConfig, EmbedHandle } from './embed/embed.js';
export { handleReturn } from './embed/handle-return.js';
export type { HandleReturnOptions } from './embed/handle-return.js';
export type { ReturnResult } from './core/redirect/redirect-return.js';
export { detectInAppBrowser } from './core/redirect/in-app-browser.js';
export type { InAppBrowser } from './core/redirect/in-app-browser.js';
export { FlowMachine, FLOW_STEPS, PopupSession, ProviderClient, ProviderError, runCallbacks } from './core/flow/index.js';
export type { FlowStep, FlowOutcome, CancelReason, PopupHost, PopupOutcome, PopupSessionOptions, PopupWindow, FlowCallbacks } from './core/flow/index.js';
export { ConsentState, parseLabel, isSafeHref, plainLabel, defaultConsents, DEFAULT_CONSENTS_VERSION } from './core/consents/index.js';
export type { AcceptedConsent, Clock, ConsentDefinition, LabelPart, DefaultConsentLinks } from './core/consents/index.js';
export * from './events/index.js';
export * from './config/index.js';
export { BankSearchIndex, MatchRank, splitByRanges, fold, foldQuery } from './core/bank-search/index.js';
export type { BankMatch, MatchField, BankSearchOptions } from './core/bank-search/index.js';
export { bankSchema, bankStatusSchema, catalogResponseSchema, countryCodeSchema } from './core/protocol/catalog.js';
export type { Bank, BankInput, BankStatus, CatalogResponse } from './core/protocol/catalog.js';
export { Localizer, negotiateLocale, registerCatalog } from './i18n/index.js';
export { LOCALES, loadLocale, setCatalogBaseUrl } from './i18n/load-locale.js';
export { TOKENS, tokenProperty } from './styles/token-names.js';
export type { StyleKey, TokenKind } from './styles/token-names.js';
export type { Catalog, MessageKey } from './i18n/index.js';
