// <signin-widget mode="redirect"> on the integrator's page: the final event arrives on the page
// the bank sends the user back to (this one, or /return-plain.html when the box is ticked).
// The page's markup carries the whole configuration (the demo server writes the sandbox's address
// into api-base): the elements are registered first, and this module sets its listeners, the
// documents (terms and privacy notice) and the return URL in the same task, before the widget's first update.
import '/dist/cdn/signin-flow.js';
import { DOCUMENTS, logEvents } from '/shared.js';
import { importSession, showFinal } from '/session-import.js';

const PLAIN_RETURN = 'acme-demo:plain-return';
const widget = document.querySelector('#widget');
widget.config = DOCUMENTS;
const plain = document.querySelector('#plain-return');
const results = document.querySelector('#results');

const applyReturnUrl = () => {
  if (plain.checked) widget.setAttribute('return-url', new URL('/return-plain.html', location.href).href);
  else widget.removeAttribute('return-url');
  sessionStorage.setItem(PLAIN_RETURN, plain.checked ? '1' : '');
};
plain.checked = sessionStorage.getItem(PLAIN_RETURN) === '1';
plain.addEventListener('change', applyReturnUrl);
applyReturnUrl();

logEvents(widget, document.querySelector('#log'));
for (const type of ['signin-success', 'signin-error', 'signin-cancel']) {
  widget.addEventListener(type, ({ detail }) => {
    results.hidden = false;
    showFinal(document.querySelector('#final'), type, detail);
    if (type === 'signin-success') void importSession(detail, document.querySelector('#import-status'), document.querySelector('#import-data'));
  });
}
