/** Messages of the sandbox pages (bank login, hosted page, completion) and of the catalog's bank statuses. Falls back to en. */
import { cs } from './locales/cs.js';
import { de } from './locales/de.js';
import { en, type MessageKey, type Messages } from './locales/en.js';
import { es } from './locales/es.js';
import { et } from './locales/et.js';
import { lt } from './locales/lt.js';
import { lv } from './locales/lv.js';
import { pl } from './locales/pl.js';
import { ro } from './locales/ro.js';
import { sk } from './locales/sk.js';

export type { MessageKey } from './locales/en.js';

/** One catalog per language the widget speaks, each with exactly the keys of `en` (test/node/sandbox/i18n.test.ts). */
export const CATALOGS = { en, pl, cs, sk, de, es, lt, lv, et, ro } satisfies Record<string, Messages>;
export type PageLocale = keyof typeof CATALOGS;

/** The page locale for a BCP 47 tag: `pl-PL` → `pl`; anything unknown → `en`. */
export function pickLocale(locale: string | undefined): PageLocale {
  const language = (locale ?? '').toLowerCase().split('-')[0] ?? '';
  return language in CATALOGS ? (language as PageLocale) : 'en';
}

/** Translates `key`, filling `{name}` placeholders. */
export function t(locale: PageLocale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = CATALOGS[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
