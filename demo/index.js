// The integrator's page script: logs the widget's events and, on success, asks its own backend
// (/api/default-import, which holds the secret key) to run the Default Import, then shows the data.
// The access control above the widget feeds its access-mode and access-days; Reconnect in the
// Connected banks panel renews in the widget: the backend asks the provider for a reconnect
// token (/api/accesses/:id/reconnect-token) and the page puts it on the widget's reconnect-token.
import '/dist/cdn/signin-flow.js';
import { DOCUMENTS, logEvents } from '/shared.js';
import { importSession } from '/session-import.js';
import { mountConnectedBanks } from '/connected-banks.js';
import { el } from '/import-view.js';

const widget = document.querySelector('#widget');
// Set in the same task as the elements are registered: the widget's first update has them.
widget.config = DOCUMENTS;
const results = document.querySelector('#results');
const status = document.querySelector('#import-status');
const data = document.querySelector('#import-data');
const days = document.querySelector('#access-days');
const modeInputs = [...document.querySelectorAll('input[name="access-mode"]')];
logEvents(widget, document.querySelector('#log'));

const chosenMode = () => modeInputs.find((input) => input.checked)?.value ?? 'single';

/** The access control → the widget's attributes (days only for multiple or mixed access, and only when valid). */
function applyAccess() {
  const mode = chosenMode();
  days.disabled = mode === 'single';
  widget.setAttribute('access-mode', mode);
  if (mode === 'single') return;
  const valid = days.checkValidity();
  days.setAttribute('aria-invalid', String(!valid));
  if (valid) widget.setAttribute('access-days', days.value);
}
for (const input of modeInputs) input.addEventListener('change', applyAccess);
days.addEventListener('input', applyAccess);
applyAccess();

/** Reconnect through the widget: a reconnect token from this site's backend, on the widget, with multiple access. */
async function reconnectInWidget(access, api) {
  const { token } = await api(`/api/accesses/${encodeURIComponent(access.id)}/reconnect-token`, { method: 'POST' });
  // Renewed for as long as it was granted (the control shows it; the widget grants at most the token's days).
  modeInputs.find((input) => input.value === 'multiple').checked = true;
  days.value = String(access.accessDays);
  applyAccess();
  widget.setAttribute('reconnect-token', token);
  // The widget moves the focus to its consents ("Renew access to …") once it has checked the token.
  const heading = document.querySelector('#connect-title');
  heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
  heading.focus({ preventScroll: true });
  return `The widget above renews ${access.bankName}: accept its consents, then sign in at the bank.`;
}

const panel = mountConnectedBanks(document.querySelector('#connected-banks'), {
  results,
  resultsStatus: status,
  resultsData: data,
  reconnect: reconnectInWidget,
  emptyHint: [
    el('p', {}, 'No bank connected with multiple access yet.'),
    el(
      'p',
      { class: 'note' },
      'Choose “Multiple” (or “Let me choose”) above the widget, then connect a bank: it joins this list. The ',
      el('a', { href: '/redirect.html' }, 'Redirection demo'),
      ' does the same with a link.',
    ),
  ],
});

// A token that no longer works: the widget says so and offers the banks; the panel says what to do.
widget.addEventListener('signin-error', ({ detail }) => {
  if (!detail.code.startsWith('reconnect_token_')) return;
  widget.removeAttribute('reconnect-token');
  panel.say(`The renewal could not start (${detail.code}): press Reconnect again for a new token.`, 'error');
});

widget.addEventListener('signin-success', async ({ detail }) => {
  // A reconnect token renews once: the next flow of this widget is a new connection.
  if (detail.access?.renewed) widget.removeAttribute('reconnect-token');
  results.hidden = false;
  await importSession(detail, status, data);
  results.scrollIntoView({ block: 'start', behavior: 'smooth' });
});
