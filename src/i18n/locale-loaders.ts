import type { Catalog } from './en.js';

/**
 * One lazily loaded chunk per catalog (npm ESM build and dev servers). The CDN builds replace
 * this module with an empty map (rollup.config.mjs) and load `locales/<locale>.js` from their
 * own URL instead (setCatalogBaseUrl).
 */
export const localeLoaders: Readonly<Record<string, () => Promise<{ default: Catalog }>>> = {
  pl: () => import('./locales/pl.js'),
  cs: () => import('./locales/cs.js'),
  sk: () => import('./locales/sk.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  lt: () => import('./locales/lt.js'),
  lv: () => import('./locales/lv.js'),
  et: () => import('./locales/et.js'),
  ro: () => import('./locales/ro.js'),
};
