// The integrator's page script: logs the widget's events and, on success, asks its own backend
// (/api/default-import, which holds the secret key) to run the Default Import, then shows the data.
import '/dist/cdn/signin-flow.js';
import { logEvents } from '/shared.js';
import { renderImport } from '/import-view.js';

const widget = document.querySelector('#widget');
const results = document.querySelector('#results');
const status = document.querySelector('#import-status');
const data = document.querySelector('#import-data');
logEvents(widget, document.querySelector('#log'));

widget.addEventListener('signin-success', async ({ detail }) => {
  results.hidden = false;
  data.replaceChildren();
  status.textContent = `Importing the accounts of ${detail.bank.name}…`;
  try {
    const response = await fetch('/api/default-import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId: detail.sessionId, sessionIdSignature: detail.sessionIdSignature }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
    status.textContent = `Imported ${body.accounts.length} accounts of ${body.owner.name}.`;
    data.replaceChildren(...renderImport(body));
  } catch (error) {
    status.textContent = `The import failed: ${error.message}`;
  }
  results.scrollIntoView({ block: 'start', behavior: 'smooth' });
});
