// The "Connected banks" panel: the banks the demo's user connected with multiple access, as the
// demo's backend keeps them (in memory), with Refresh (a repeated import), Reconnect (by default a
// renewal link, the Redirection demo's way; the popup page renews in its widget) and Revoke;
// the user's accounts across those banks; and the latest webhooks the backend received. DOM built
// with createElement only (the pages run under Trusted Types).
import { el, iban, latestTransactions, money, renderImport, table } from '/import-view.js';

/** Fired on document when a bank joined or changed: the panel reloads. */
export const ACCESSES_CHANGED = 'demo-accesses-changed';
const LAST_LINK = 'acme-demo:last-link';
const POLL_MS = 4000;

const STATUS = {
  active: { label: 'Active', icon: 'M3.5 8.5 6.5 11.5 12.5 4.5' },
  expired: { label: 'Expired', icon: 'M8 4.5V8l2.5 1.5M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5Z' },
  revoked: { label: 'Revoked', icon: 'M3.6 3.6l8.8 8.8M8 1.75a6.25 6.25 0 1 0 0 12.5 6.25 6.25 0 0 0 0-12.5Z' },
};
const SVG = 'http://www.w3.org/2000/svg';
function icon(path) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', path);
  svg.append(line);
  return svg;
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
/** "in 30 days", "3 hours ago", "in 5 minutes": the largest unit that fits. */
function fromNow(iso, now) {
  const seconds = (Date.parse(iso) - now) / 1000;
  const abs = Math.abs(seconds);
  if (abs >= 86_400) return relative.format(Math.round(seconds / 86_400), 'day');
  if (abs >= 3_600) return relative.format(Math.round(seconds / 3_600), 'hour');
  return relative.format(Math.round(seconds / 60), 'minute');
}
const date = (iso) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTime = (iso) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const duration = (seconds) => {
  const total = Math.max(1, Math.ceil(seconds / 60));
  const [hours, minutes] = [Math.floor(total / 60), total % 60];
  return hours > 0 ? `${hours} h${minutes ? ` ${minutes} min` : ''}` : `${minutes} min`;
};

async function api(path, init) {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.error?.message ?? `HTTP ${response.status}`);
    throw Object.assign(error, { code: body.error?.code ?? 'http_error', status: response.status, retryAfter: Number(response.headers.get('retry-after')) || undefined });
  }
  return body;
}

/** What a failed action tells the user, from the provider's code. */
function explain(error, bank) {
  switch (error.code) {
    case 'import_limit_reached':
      return `${bank}: no imports left today. The provider allows 4 in 24 hours; the next one is possible in ${duration(error.retryAfter ?? 0)}.`;
    case 'access_expired':
      return `${bank}: the access expired. Reconnect to renew it.`;
    case 'access_revoked':
      return `${bank}: the access was revoked. Connect the bank again to import its data.`;
    case 'provider_unreachable':
      return 'The sandbox provider did not answer. Is it still running?';
    default:
      return `${bank}: ${error.message}`;
  }
}

/** Reconnect by a link: the backend asks for a link renewing the access, and the page goes to the provider's hosted page. */
async function reconnectByLink(access) {
  const link = await api(`/api/accesses/${encodeURIComponent(access.id)}/reconnect-link`, { method: 'POST' });
  sessionStorage.setItem(LAST_LINK, link.id);
  location.assign(link.url);
  return `Going to the provider to renew ${access.bankName}…`;
}

/**
 * Mounts the panel in `section` (an empty `<section class="card">`). `results`: the page's
 * "Imported from your bank" section, with `status` and `data`, where a Refresh shows its import.
 * `reconnect(access, api)`: how Reconnect renews an access (default: by a link); it answers what
 * the live region says, or throws the backend's error. `revokedHint`: what a revoked bank says to do.
 */
export function mountConnectedBanks(section, { results, resultsStatus, resultsData, emptyHint, reconnect: renew = reconnectByLink, revokedHint = 'This site can no longer read this bank. Connect it again to import its data.' }) {
  const status = el('p', { class: 'panel-status', role: 'status' });
  const list = el('ul', { class: 'bank-list', 'aria-labelledby': 'banks-title' });
  const empty = el('div', { class: 'empty' }, ...emptyHint);
  const accounts = el('div', { class: 'all-accounts' });
  const hooks = el('ol', { class: 'webhook-list' });
  const clockStatus = el('p', { class: 'note', role: 'status' });
  const dialog = confirmDialog();
  let snapshot = { accesses: [], now: new Date().toISOString(), loadedAt: Date.now() };
  let lastEvent;

  section.classList.add('connected-banks');
  section.setAttribute('aria-labelledby', 'banks-title');
  section.replaceChildren(
    el('div', { class: 'panel-head' }, el('h2', { id: 'banks-title' }, 'Connected banks')),
    el(
      'p',
      { class: 'note' },
      'Banks you connected with ',
      el('strong', {}, 'multiple access'),
      ': this site imports their data again, up to 4 times a day, without you signing in. Its backend keeps them in memory only, so restarting ',
      el('code', {}, 'npm start'),
      ' forgets them.',
    ),
    status,
    list,
    empty,
    el('section', { class: 'sub', 'aria-labelledby': 'all-accounts-title' }, el('h3', { id: 'all-accounts-title' }, 'All your accounts'), accounts),
    el(
      'section',
      { class: 'sub', 'aria-labelledby': 'webhooks-title' },
      el('h3', { id: 'webhooks-title' }, 'Latest webhooks'),
      el('p', { class: 'note' }, 'What the provider told this site’s backend (POST /api/webhooks/signin), newest first. Each one’s Standard Webhooks signature was verified; unsigned or old ones are refused.'),
      hooks,
    ),
    clockPanel(clockStatus, async (days) => {
      const clock = await api('/api/sandbox/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ days }) });
      clockStatus.textContent = `The sandbox’s clock is now ${Math.round(clock.offsetSeconds / 86_400)} days ahead: ${dateTime(clock.now)}.`;
      await reload();
    }),
    dialog.element,
  );

  const now = () => Date.parse(snapshot.now) + (Date.now() - snapshot.loadedAt);
  const say = (text, kind = 'ok') => {
    status.textContent = text;
    status.dataset.kind = kind;
  };

  /** Runs a slow action on `button`: busy while it runs (focus stays on it), its errors said in the live region. */
  async function busy(button, text, action) {
    if (button.getAttribute('aria-disabled') === 'true') return;
    const label = button.firstChild.textContent;
    button.setAttribute('aria-disabled', 'true');
    button.classList.add('busy');
    button.firstChild.textContent = text;
    try {
      await action();
    } finally {
      button.removeAttribute('aria-disabled');
      button.classList.remove('busy');
      button.firstChild.textContent = label;
    }
  }

  function card(access) {
    const bank = access.bankName;
    const state = STATUS[access.status] ?? { label: access.status, icon: '' };
    const when =
      access.status === 'revoked'
        ? ['Revoked', access.revokedAt ? fromNow(access.revokedAt, now()) : '–', access.revokedAt]
        : access.status === 'expired'
          ? ['Expired', fromNow(access.expiresAt, now()), access.expiresAt]
          : ['Expires', fromNow(access.expiresAt, now()), access.expiresAt];
    const button = (label, className, onClick) => {
      const node = el('button', { type: 'button', class: `button small ${className}` }, el('span', {}, label), el('span', { class: 'visually-hidden' }, ` ${bank}`));
      node.dataset.action = label;
      node.addEventListener('click', () => onClick(node));
      return node;
    };
    const actions = [];
    if (access.status === 'active') actions.push(button('Refresh', 'primary', (node) => busy(node, 'Refreshing…', () => refresh(access))));
    if (access.status !== 'revoked') actions.push(button('Reconnect', access.status === 'expired' ? 'primary' : 'secondary', (node) => busy(node, 'Opening…', () => reconnect(access))));
    if (access.status !== 'revoked') actions.push(button('Revoke', 'danger', (node) => revoke(access, node)));
    const item = el(
      'li',
      { class: 'bank', 'data-status': access.status, 'data-id': access.id },
      el('div', { class: 'bank-head' }, el('h3', { class: 'bank-name' }, bank), el('span', { class: 'access-status', 'data-status': access.status }, icon(state.icon), state.label)),
      el(
        'dl',
        { class: 'bank-facts' },
        el('div', {}, el('dt', {}, 'Access'), el('dd', {}, `${access.mode === 'multiple' ? 'Multiple' : 'Single'}, ${access.accessDays} days`)),
        el('div', {}, el('dt', {}, when[0]), el('dd', {}, el('time', { datetime: when[2] ?? '' }, when[1]), when[2] ? el('span', { class: 'sub-value' }, date(when[2])) : undefined)),
        el(
          'div',
          {},
          el('dt', {}, 'Imports left today'),
          el('dd', {}, access.status === 'active' ? `${access.importsLeft} of ${access.importsPerDay}` : 'none', access.status === 'active' && access.importsLeft === 0 ? el('span', { class: 'sub-value' }, 'the limit is 4 in 24 hours') : undefined),
        ),
        el('div', {}, el('dt', {}, 'Last import'), el('dd', {}, access.lastImportAt ? fromNow(access.lastImportAt, now()) : 'never')),
      ),
      access.status === 'revoked' ? el('p', { class: 'note' }, revokedHint) : undefined,
      actions.length ? el('div', { class: 'actions' }, ...actions) : undefined,
    );
    return item;
  }

  function render() {
    const focused = document.activeElement?.closest?.('.bank') ? [document.activeElement.closest('.bank').dataset.id, document.activeElement.dataset.action] : undefined;
    list.replaceChildren(...snapshot.accesses.map(card));
    list.hidden = snapshot.accesses.length === 0;
    empty.hidden = snapshot.accesses.length > 0;
    if (focused) list.querySelector(`.bank[data-id="${CSS.escape(focused[0])}"] [data-action="${CSS.escape(focused[1] ?? '')}"]`)?.focus();
  }

  async function reload() {
    try {
      const answer = await api('/api/accesses');
      snapshot = { ...answer, loadedAt: Date.now() };
      render();
    } catch (error) {
      say(`Could not read your connected banks: ${error.message}`, 'error');
    }
    await loadAccounts();
  }

  async function loadAccounts() {
    try {
      const data = await api('/api/owner-data');
      if (data.accounts.length === 0) {
        accounts.replaceChildren(el('p', { class: 'note' }, 'No active bank connection: your accounts show here once you connect a bank with multiple access.'));
        return;
      }
      // A bank connected twice is one bank (its accounts are listed once, newest import).
      const bankCount = new Set(data.banks.map((bank) => bank.bankId)).size;
      const totals = new Map();
      for (const account of data.accounts) totals.set(account.currency, (totals.get(account.currency) ?? 0) + Number(account.balances.booked.amount));
      accounts.replaceChildren(
        el('p', { class: 'note' }, `${data.accounts.length} accounts at ${bankCount} ${bankCount === 1 ? 'bank' : 'banks'}, each as of its latest import. Total: `, [...totals].map(([currency, amount]) => money({ amount: String(amount), currency })).join(' + '), '.'),
        table(
          'Accounts across your banks',
          ['Account', 'Bank', 'IBAN', 'Balance'],
          data.accounts.map((a) => [a.name, a.bank.name, el('span', { class: 'iban' }, iban(a.iban)), money(a.balances.booked)]),
          [3],
        ),
        latestTransactions(data.accounts, 8, true, 'Latest transactions across your banks'),
      );
    } catch (error) {
      accounts.replaceChildren(el('p', { class: 'note error-text' }, `Could not read your accounts: ${error.message}`));
    }
  }

  async function refresh(access) {
    say(`Importing from ${access.bankName}…`, 'busy');
    try {
      const body = await api(`/api/accesses/${encodeURIComponent(access.id)}/imports`, { method: 'POST' });
      const left = body.access?.importsLeft;
      say(`${access.bankName}: imported ${body.accounts.length} accounts at ${new Date(body.importedAt).toLocaleTimeString('en-GB')}. ${left === 1 ? '1 import' : `${left} imports`} left today. The data is under “Imported from your bank”.`);
      results.hidden = false;
      resultsStatus.textContent = `Refreshed from ${access.bankName} (a repeated import; nobody signed in).`;
      resultsData.replaceChildren(...renderImport(body));
    } catch (error) {
      say(explain(error, access.bankName), 'error');
    }
    await reload();
  }

  async function reconnect(access) {
    say(`Preparing the renewal of ${access.bankName}…`, 'busy');
    try {
      say(await renew(access, api));
    } catch (error) {
      say(explain(error, access.bankName), 'error');
      await reload();
    }
  }

  async function revoke(access, button) {
    if (!(await dialog.ask(access.bankName, button))) return;
    await busy(button, 'Revoking…', async () => {
      try {
        await api(`/api/accesses/${encodeURIComponent(access.id)}`, { method: 'DELETE' });
        say(`Access to ${access.bankName} revoked: this site can no longer import its data.`);
      } catch (error) {
        say(explain(error, access.bankName), 'error');
      }
    });
    await reload();
    list.querySelector(`.bank[data-id="${CSS.escape(access.id)}"] .bank-name`)?.setAttribute('tabindex', '-1');
    list.querySelector(`.bank[data-id="${CSS.escape(access.id)}"] .bank-name`)?.focus();
  }

  function renderEvents(events) {
    if (events.length === 0) {
      hooks.replaceChildren(el('li', { class: 'note' }, 'No webhook yet.'));
      return;
    }
    hooks.replaceChildren(
      ...events.map((event) => {
        const what =
          event.type === 'signin-link.status-changed'
            ? `link ${event.linkId.slice(0, 12)}… → ${event.status}`
            : `${event.bankName ?? 'a bank'}${event.type === 'access.expiring' || event.type === 'access.renewed' ? `, until ${date(event.expiresAt)}` : ''}`;
        return el('li', {}, el('time', { datetime: event.receivedAt }, new Date(event.receivedAt).toLocaleTimeString('en-GB')), ' ', el('code', {}, event.type), ' ', el('span', {}, what));
      }),
    );
  }

  async function pollEvents() {
    try {
      const { events } = await api('/api/webhooks/events');
      const newest = events[0]?.id;
      if (newest !== lastEvent) {
        const first = lastEvent === undefined;
        lastEvent = newest;
        renderEvents(events);
        // A webhook means something changed at the provider (expired, revoked, renewed): read it again.
        if (!first && events.some((event) => event.type !== 'signin-link.status-changed')) await reload();
      } else if (events.length === 0) renderEvents(events);
    } catch {
      // The next poll tries again.
    }
  }

  document.addEventListener(ACCESSES_CHANGED, () => void reload());
  setInterval(() => document.visibilityState === 'visible' && void pollEvents(), POLL_MS);
  void reload();
  void pollEvents();
  return { reload, say };
}

/** The confirmation before Revoke: a modal <dialog> (focus moves into it, Escape cancels, focus returns). */
function confirmDialog() {
  const title = el('h2', { id: 'revoke-title' }, 'Revoke access?');
  const text = el('p', { id: 'revoke-text' });
  const cancel = el('button', { type: 'button', class: 'button secondary', value: 'cancel' }, 'Cancel');
  const confirm = el('button', { type: 'button', class: 'button danger', value: 'revoke' }, 'Revoke access');
  const element = el('dialog', { class: 'confirm', 'aria-labelledby': 'revoke-title', 'aria-describedby': 'revoke-text' }, title, text, el('div', { class: 'actions' }, cancel, confirm));
  let resolve;
  cancel.addEventListener('click', () => element.close('cancel'));
  confirm.addEventListener('click', () => element.close('revoke'));
  element.addEventListener('close', () => resolve?.(element.returnValue === 'revoke'));
  return {
    element,
    ask(bank, opener) {
      title.textContent = `Revoke access to ${bank}?`;
      text.textContent = `This site will no longer be able to import your data from ${bank}, and cannot renew this access. You can connect the bank again later.`;
      element.returnValue = '';
      element.showModal();
      cancel.focus();
      return new Promise((done) => {
        resolve = (answer) => {
          resolve = undefined;
          opener.focus();
          done(answer);
        };
      });
    },
  };
}

/** The sandbox's test clock: move time forward to see imports reset, access expire, reconnect renew. */
function clockPanel(clockStatus, advance) {
  const buttons = [1, 7, 31, 181].map((days) => {
    const node = el('button', { type: 'button', class: 'button secondary small' }, el('span', {}, `+${days} ${days === 1 ? 'day' : 'days'}`));
    node.addEventListener('click', async () => {
      if (node.getAttribute('aria-disabled') === 'true') return;
      node.setAttribute('aria-disabled', 'true');
      node.classList.add('busy');
      try {
        await advance(days);
      } catch (error) {
        clockStatus.textContent = `The clock did not move: ${error.message}`;
      } finally {
        node.removeAttribute('aria-disabled');
        node.classList.remove('busy');
      }
    });
    return node;
  });
  return el(
    'details',
    { class: 'clock' },
    el('summary', {}, 'Sandbox test clock'),
    el('p', { class: 'note' }, 'Moves the sandbox provider’s time forward (sandbox only, never back): a day resets the imports, 31 days expire a 30-day access, and Reconnect renews it.'),
    el('div', { class: 'actions' }, ...buttons),
    clockStatus,
  );
}
