export { Localizer, negotiateLocale, registerCatalog } from './localizer.js';
export type { MessageParams } from './localizer.js';
export { en } from './en.js';
export type { Catalog, MessageKey, PluralForms } from './en.js';
