import { en, type Catalog, type MessageKey } from './en.js';

export type MessageParams = Readonly<Record<string, string | number>>;

const catalogs = new Map<string, Catalog>([['en', en]]);

/** Adds or replaces the catalog of a locale (`pl`, `de`…). */
export function registerCatalog(locale: string, catalog: Catalog): void {
  catalogs.set(locale.toLowerCase(), catalog);
}

/** Whether a catalog is registered for `locale` (English always is). */
export function hasCatalog(locale: string): boolean {
  return catalogs.has(locale.toLowerCase());
}

/**
 * The best locale for a list of preferences: exact, then language only, else `en`. `available`
 * says which locales count (the registered ones unless told).
 */
export function negotiateLocale(preferred: readonly string[], available: (locale: string) => boolean = hasCatalog): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (available(lower)) return lower;
    const language = lower.split('-')[0] ?? '';
    if (available(language)) return language;
  }
  return 'en';
}

/** Formats messages of one locale; missing keys fall back to English. */
export class Localizer {
  readonly locale: string;
  readonly #catalog: Catalog;
  readonly #plurals: Intl.PluralRules;
  readonly #numbers: Intl.NumberFormat;

  constructor(locale = 'en') {
    this.locale = negotiateLocale([locale]);
    this.#catalog = catalogs.get(this.locale) ?? en;
    this.#plurals = new Intl.PluralRules(this.locale);
    this.#numbers = new Intl.NumberFormat(this.locale);
  }

  /** The message `key` with `{param}` placeholders filled; plural forms chosen by `count`. */
  t(key: MessageKey, params: MessageParams = {}): string {
    const entry = this.#catalog[key] ?? en[key];
    let template: string;
    if (typeof entry === 'string') template = entry;
    else {
      const count = Number(params['count'] ?? 0);
      template = entry[this.#plurals.select(count)] ?? entry.other;
    }
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? this.#numbers.format(value) : value;
    });
  }
}
