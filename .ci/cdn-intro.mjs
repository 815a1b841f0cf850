// The first statements of the classic CDN script (rollup `intro`, inside its IIFE): when a copy
// is already on the page, this one stops before any of its modules runs. So a page that loads the
// script twice registers nothing twice, fires no callback twice, and Lit does not ask Trusted
// Types for a second 'lit-html' policy (a CSP of `trusted-types lit-html` would refuse it).
// A different version already there is kept, with one warning per page.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const cdnIntro = () => `const existing = window.SignInFlow;
if (existing) {
  const warned = Symbol.for('signin-flow.version-warning');
  if (existing.VERSION !== ${JSON.stringify(version)} && !(warned in window)) {
    Object.defineProperty(window, warned, { value: true });
    console.warn(\`signin-flow: version ${version} was loaded beside \${existing.VERSION}; keeping \${existing.VERSION}.\`);
  }
  return;
}`;
