import type { Catalog } from './en.js';
import { localeLoaders } from './locale-loaders.js';
import { hasCatalog, negotiateLocale, registerCatalog } from './localizer.js';

/** The languages signin-flow ships: English is bundled, the others load when first needed. */
export const LOCALES = ['en', 'pl', 'cs', 'sk', 'de', 'es', 'lt', 'lv', 'et', 'ro'] as const;

let baseUrl: string | undefined;
const loading = new Map<string, Promise<string>>();

/**
 * Loads catalogs as `<base>locales/<locale>.js` ES modules instead of the bundled chunks. The CDN
 * scripts call it with their own URL; call it to serve the catalogs from elsewhere.
 */
export function setCatalogBaseUrl(url: string | URL | undefined): void {
  baseUrl = url === undefined ? undefined : String(url);
}

/** What the user prefers: the element's `locale` (if any), then the browser's languages. */
export function preferredLocales(requested?: string): string[] {
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return [...(requested ? [requested] : []), ...browser].filter(Boolean);
}

/** The best locale signin-flow can show: `pl-PL` → `pl`; unknown → `en`. */
export function pickLocale(preferred: readonly string[]): string {
  return negotiateLocale(preferred, (locale) => hasCatalog(locale) || (LOCALES as readonly string[]).includes(locale));
}

async function fetchCatalog(locale: string): Promise<Catalog> {
  const loader = localeLoaders[locale];
  if (loader && !baseUrl) return (await loader()).default;
  const module = (await import(/* @vite-ignore */ new URL(`locales/${locale}.js`, baseUrl ?? document.baseURI).href)) as { default: Catalog };
  return module.default;
}

/**
 * Negotiates the locale (`requested`, else navigator.languages, else en), loads and registers
 * its catalog, and resolves with it. A catalog that fails to load leaves English (and rejects).
 */
export function loadLocale(requested?: string): Promise<string> {
  const locale = pickLocale(preferredLocales(requested));
  if (hasCatalog(locale)) return Promise.resolve(locale);
  let promise = loading.get(locale);
  if (!promise) {
    promise = fetchCatalog(locale).then((catalog) => {
      registerCatalog(locale, catalog);
      return locale;
    });
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}
