// <signin-widget mode="redirect"> on the integrator's page: the final event arrives on the page
// the bank sends the user back to (this one, or /return-plain.html when the box is ticked).
import { logEvents } from '/shared.js';
import { importSession, showFinal } from '/session-import.js';

const PLAIN_RETURN = 'acme-demo:plain-return';
const widget = document.querySelector('#widget');
const plain = document.querySelector('#plain-return');
const results = document.querySelector('#results');

const { sandboxUrl } = await (await fetch('/demo-config.json')).json();
widget.setAttribute('api-base', sandboxUrl);

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

// Registers the elements: back from the bank, the widget reports the result now.
await import('/dist/cdn/signin-flow.js');
