// The Redirection demo page. Its backend (/api/signin-links…, demo/link-routes.ts) holds the secret
// key: it creates the link, reads the status from the provider's API and runs the Default Import.
// The page never trusts signin_status in its address: it only uses signin_link_id to know which
// link came back, and removes the parameters from the address bar.
import { el, renderImport } from '/import-view.js';
import { ACCESSES_CHANGED, mountConnectedBanks } from '/connected-banks.js';
import { accessText } from '/session-import.js';

const LAST_LINK = 'acme-demo:last-link';
const $ = (selector) => document.querySelector(selector);
const connect = $('#connect');
const connectStatus = $('#connect-status');
const card = $('#link-card');
const results = $('#results');

async function api(path, init) {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body.error?.message ?? `HTTP ${response.status}`), { code: body.error?.code, status: response.status });
  return body;
}

/** The link the address returns from (signin_link_id) and what it claims; the address is cleaned. */
function takeReturn() {
  const url = new URL(location.href);
  const id = url.searchParams.get('signin_link_id');
  const claimed = url.searchParams.get('signin_status');
  for (const name of [...url.searchParams.keys()]) if (name.startsWith('signin_')) url.searchParams.delete(name);
  if (id !== null) history.replaceState(history.state, '', url.href);
  return id === null ? undefined : { id, claimed };
}

const days = $('#access-days');
const modeInputs = [...document.querySelectorAll('input[name="access-mode"]')];
const chosenMode = () => modeInputs.find((input) => input.checked)?.value ?? 'single';
const syncDays = () => {
  days.disabled = chosenMode() === 'single';
};
for (const input of modeInputs) input.addEventListener('change', syncDays);
syncDays();

/** The link request: the chosen access mode and, for multiple or mixed access, the days. */
function linkRequest() {
  const accessMode = chosenMode();
  if (accessMode === 'single') return { accessMode };
  if (!days.checkValidity()) return undefined;
  return { accessMode, accessDays: Number(days.value) };
}

connect.addEventListener('click', async () => {
  const request = linkRequest();
  if (!request) {
    connectStatus.textContent = 'Days of access: enter a whole number from 1 to 180.';
    days.focus();
    return;
  }
  connect.disabled = true;
  connectStatus.textContent = 'Creating a link at the provider…';
  try {
    const link = await api('/api/signin-links', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    sessionStorage.setItem(LAST_LINK, link.id);
    connectStatus.textContent = 'Going to the provider…';
    location.assign(link.url);
  } catch (error) {
    connectStatus.textContent = `Could not create a link: ${error.message}`;
    connect.disabled = false;
  }
});

$('#refresh').addEventListener('click', () => {
  const id = sessionStorage.getItem(LAST_LINK);
  if (id) void show(id, { importData: true });
});

async function show(id, { claimed, importData }) {
  card.hidden = false;
  $('#link-error').hidden = true;
  $('#link-id').textContent = id;
  const badge = $('#link-status');
  const message = $('#link-message');
  message.textContent = 'Reading the status from the provider…';
  let link;
  try {
    link = await api(`/api/signin-links/${encodeURIComponent(id)}`);
  } catch (error) {
    card.hidden = error.status === 404;
    $('#link-error').hidden = error.status !== 404;
    $('#link-error-text').textContent = `${error.message} (${id}). Nothing was imported.`;
    message.textContent = error.status === 404 ? '' : `Could not read the status: ${error.message}`;
    return;
  }
  sessionStorage.setItem(LAST_LINK, id);
  badge.textContent = link.status;
  badge.dataset.status = link.status;
  $('#link-bank').textContent = link.bankName ?? link.bankId ?? '–';
  $('#link-updated').textContent = new Date(link.updatedAt).toLocaleString('en-GB');
  $('#link-access').textContent = accessFact(link);
  message.textContent = `Status read from the provider's API: ${link.status}${link.error ? ` (${link.error.code})` : ''}.`;
  const note = $('#url-note');
  note.hidden = !claimed || claimed === link.status;
  note.textContent = `The address said signin_status=${claimed}, the provider's API says ${link.status}: this page trusts the API.`;
  if (link.status === 'success' && importData) await runImport(id);
}

async function runImport(id) {
  results.hidden = false;
  const status = $('#import-status');
  const data = $('#import-data');
  data.replaceChildren();
  status.textContent = 'Importing your accounts…';
  try {
    const body = await api(`/api/signin-links/${encodeURIComponent(id)}/import`, { method: 'POST' });
    status.textContent = `Imported ${body.accounts.length} accounts of ${body.owner.name}.${accessText(body.access)}`;
    data.replaceChildren(...renderImport(body));
    if (body.access?.connectionId) document.dispatchEvent(new Event(ACCESSES_CHANGED));
  } catch (error) {
    status.textContent = `The import failed: ${error.message}`;
  }
}

const MODE_NAMES = { single: 'Single', multiple: 'Multiple', mixed: 'The user chooses' };
/** The link's access: asked for, then granted (and until when; renewed for a reconnect). */
function accessFact(link) {
  const until = link.access ? ` until ${new Date(link.access.expiresAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}` : '';
  if (link.grantedAccessMode) return `${MODE_NAMES[link.grantedAccessMode]}${until}${link.renews ? ' (renewed)' : ''}`;
  const asked = link.renews ? 'Renews a connected bank' : (MODE_NAMES[link.accessMode] ?? link.accessMode ?? '–');
  return link.accessDays ? `${asked}, ${link.accessDays} days` : asked;
}

mountConnectedBanks($('#connected-banks'), {
  results,
  resultsStatus: $('#import-status'),
  resultsData: $('#import-data'),
  emptyHint: [el('p', {}, 'No bank connected with multiple access yet: choose “Multiple” above, then connect.')],
});

function start() {
  const returned = takeReturn();
  connect.disabled = false;
  connectStatus.textContent = '';
  const id = returned?.id ?? sessionStorage.getItem(LAST_LINK);
  if (id) void show(id, { claimed: returned?.claimed, importData: true });
}

start();
// Back from the provider with the Back button, the page may come from the back/forward cache.
addEventListener('pageshow', (event) => event.persisted && start());
