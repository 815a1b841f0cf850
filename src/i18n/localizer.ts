import { en, type Catalog, type PluralForms } from './en.js';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Any catalog: a text or plural forms by key. */
export type Messages = { readonly [key: string]: string | PluralForms };

/**
 * The catalogs of one set of messages by locale, English among them from the start: the elements'
 * below, `<signin-configurator>`'s in src/i18n/configurator.
 */
export type Catalogs<C extends Messages = Catalog> = Map<string, C>;

const catalogs: Catalogs = new Map([['en', en]]);

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

/** Formats messages of one locale (of the elements' catalogs unless told); missing keys fall back to English. */
export class Localizer<C extends Messages = Catalog> {
  readonly locale: string;
  readonly #catalog: C;
  readonly #en: C;
  readonly #plurals: Intl.PluralRules;
  readonly #numbers: Intl.NumberFormat;

  constructor(locale = 'en', from: Catalogs<C> = catalogs as unknown as Catalogs<C>) {
    // Negotiated among the catalogs there (English always is).
    this.locale = negotiateLocale([locale], (tag) => from.has(tag));
    this.#catalog = from.get(this.locale)!;
    this.#en = from.get('en')!;
    this.#plurals = new Intl.PluralRules(this.locale);
    this.#numbers = new Intl.NumberFormat(this.locale);
  }

  /** The message `key` with `{param}` placeholders filled; plural forms chosen by `count`. */
  t(key: keyof C & string, params: MessageParams = {}): string {
    const entry = this.#catalog[key] ?? this.#en[key]!;
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
