/**
 * The classic-script entry (`<script src=".../signin-flow.min.js">`): registers every element
 * and exposes `window.SignInFlow`. Loading it twice keeps the first copy.
 */
import './define.js';
import * as api from './cdn-api.js';
import { setCatalogBaseUrl } from './i18n/load-locale.js';

// The catalogs other than English are `locales/<locale>.js` beside this script: read its
// address now, while it runs (document.currentScript is null afterwards and in modules).
const script = document.currentScript;
if (script instanceof HTMLScriptElement && script.src) setCatalogBaseUrl(script.src);

declare global {
  interface Window {
    SignInFlow?: typeof api;
  }
}

const existing = window.SignInFlow;
const warned = Symbol.for('signin-flow.version-warning');
if (!existing) {
  window.SignInFlow = api;
} else if (existing.VERSION !== api.VERSION && !(warned in window)) {
  // Once per page, however many more copies load.
  Object.defineProperty(window, warned, { value: true });
  console.warn(`signin-flow: version ${api.VERSION} was loaded beside ${existing.VERSION}; keeping ${existing.VERSION}.`);
}
