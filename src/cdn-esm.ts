/**
 * The self-contained ES module (`<script type="module" src=".../signin-flow.js">`): the same
 * as the classic script, and its API as named exports too.
 */
import './cdn.js';
import { setCatalogBaseUrl } from './i18n/load-locale.js';

// The catalogs are `locales/<locale>.js` beside this module.
setCatalogBaseUrl(import.meta.url);

export * from './index.js';
