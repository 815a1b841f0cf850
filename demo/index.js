// The integrator's page script: logs the widget's events and, on success, asks its own backend
// (/api/default-import, which holds the secret key) to run the Default Import, then shows the data.
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
logEvents(widget, document.querySelector('#log'));
mountConnectedBanks(document.querySelector('#connected-banks'), {
  results,
  resultsStatus: status,
  resultsData: data,
  emptyHint: [
    el('p', {}, 'No bank connected with multiple access yet.'),
    el(
      'p',
      { class: 'note' },
      'The widget on this page asks for single access (one import, then it is gone). To connect a bank for ongoing imports, use the ',
      el('a', { href: '/redirect.html' }, 'Redirection demo'),
      ' and choose “Multiple”.',
    ),
  ],
});

widget.addEventListener('signin-success', async ({ detail }) => {
  results.hidden = false;
  await importSession(detail, status, data);
  results.scrollIntoView({ block: 'start', behavior: 'smooth' });
});
