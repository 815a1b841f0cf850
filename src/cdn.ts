/**
 * The classic-script entry (`<script src=".../signin-flow.min.js">`): registers every element
 * and exposes `window.SignInFlow`. Loading it twice keeps the first copy: the build puts a guard
 * before every module (.ci/cdn-intro.mjs), so a second copy runs none of this, not even Lit.
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

window.SignInFlow = api;
