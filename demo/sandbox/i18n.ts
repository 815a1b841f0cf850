/**
 * Messages of the sandbox pages (bank login, hosted page, connecting and completion pages) and of
 * the catalog's bank statuses, and the one place a requested locale becomes a page locale.
 */
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

/** Looked up in a Map, not with `in` on an object: `__proto__`, `constructor` or `toString` are no locales. */
const BY_LANGUAGE: ReadonlyMap<string, PageLocale> = new Map(Object.keys(CATALOGS).map((language) => [language, language as PageLocale]));

/** Longer tags are not parsed at all (a tag with a region and a few subtags is far shorter). */
const MAX_TAG_LENGTH = 64;

/**
 * The canonical form of a well-formed BCP 47 tag (`PL` → `pl`, `en-gb` → `en-GB`), or undefined
 * for anything malformed (`en-`, `x`, `pl_PL`, `__proto__`, a 300-character string…). `Intl`
 * throws a RangeError on those: it is caught here, and the sandbox gives `Intl` no other tag.
 */
export function canonicalLocale(tag: string | undefined): string | undefined {
  if (!tag || tag.length > MAX_TAG_LENGTH) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The page locale of a requested tag: its language when the sandbox speaks it (`pl-PL` → `pl`),
 * else `en`, for an unknown language, a malformed tag or none. The catalog and every page
 * negotiate their language here.
 */
export function negotiateLocale(tag: string | undefined): PageLocale {
  const canonical = canonicalLocale(tag);
  return (canonical && BY_LANGUAGE.get(new Intl.Locale(canonical).language)) || 'en';
}

/** Translates `key`, filling `{name}` placeholders. */
export function t(locale: PageLocale, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template = (BY_LANGUAGE.has(locale) ? CATALOGS[locale] : en)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
