export { Localizer, negotiateLocale, registerCatalog, hasCatalog } from './localizer.js';
export type { MessageParams } from './localizer.js';
export { LOCALES, loadLocale, pickLocale, preferredLocales, setCatalogBaseUrl } from './load-locale.js';
export { LocaleController } from '../controllers/locale-controller.js';
export { en } from './en.js';
export type { Catalog, MessageKey, PluralForms } from './en.js';
