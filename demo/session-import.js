// Passes the final success detail (sessionId + sessionIdSignature) to this site's backend
// (/api/default-import, which holds the secret key and checks the session at the provider)
// and shows the imported accounts.
import { renderImport } from '/import-view.js';

/** Fired on document when an import brought a bank with multiple access (the Connected banks panel reloads). */
const ACCESSES_CHANGED = 'demo-accesses-changed';

/** What an import's access means for the user: nothing for single access. */
export function accessText(access) {
  if (!access || access.mode !== 'multiple') return '';
  const until = new Date(access.expiresAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return ` This site may import again until ${until} (${access.importsLeft} of ${access.importsPerDay} imports left today): see Connected banks.`;
}

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
    status.textContent = `Imported ${body.accounts.length} accounts of ${body.owner.name}.${accessText(body.access)}`;
    data.replaceChildren(...renderImport(body));
    if (body.access?.connectionId) document.dispatchEvent(new Event(ACCESSES_CHANGED));
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
