// Passes the final success detail (sessionId + sessionIdSignature) to this site's backend
// (/api/default-import, which holds the secret key and checks the session at the provider)
// and shows the imported accounts.
import { renderImport } from '/import-view.js';

export async function importSession(detail, status, data) {
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
}

/** Shows a final event (type and detail, without the signature) in `target`. */
export function showFinal(target, type, detail) {
  const name = document.createElement('code');
  name.textContent = type;
  const body = document.createElement('pre');
  const shown = { ...detail, ...(detail.sessionIdSignature ? { sessionIdSignature: `${detail.sessionIdSignature.slice(0, 8)}…` } : {}) };
  body.textContent = JSON.stringify(shown, (key, value) => (key === 'consents' ? `${value.length} accepted` : value), 2);
  target.replaceChildren(name, body);
}
