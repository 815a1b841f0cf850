/**
 * The classic-script entry (`<script src=".../signin-flow.min.js">`): registers every element
 * and exposes `window.SignInFlow`. Loading it twice keeps the first copy.
 */
import './define.js';
import * as api from './index.js';

declare global {
  interface Window {
    SignInFlow?: typeof api;
  }
}

const existing = window.SignInFlow;
if (!existing) {
  window.SignInFlow = api;
} else if (existing.VERSION !== api.VERSION) {
  console.warn(`signin-flow: version ${api.VERSION} was loaded beside ${existing.VERSION}; keeping ${existing.VERSION}.`);
}
