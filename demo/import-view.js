// Builds the Default Import's owner, accounts and latest transactions as DOM nodes (no HTML
// strings: the demo page runs with Trusted Types).

const el = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
};

const money = ({ amount, currency }) => new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(Number(amount));
const iban = (value) => value.replace(/(.{4})/g, '$1 ').trim();

function table(caption, headers, rows, numeric = []) {
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    el(
      'table',
      {},
      el('caption', {}, caption),
      el('thead', {}, el('tr', {}, ...headers.map((h, i) => el('th', { scope: 'col', class: numeric.includes(i) ? 'num' : '' }, h)))),
      el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell, i) => el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : { class: numeric.includes(i) ? 'num' : '' }, cell))))),
    ),
  );
}

/** Owner, accounts (name, IBAN, balance) and the 10 latest transactions of a Default Import answer. */
export function renderImport(result) {
  const owner = el('p', { class: 'owner' }, el('strong', {}, result.owner.name), ` · ${result.owner.email} · ${result.bank.name}`);
  const accounts = table(
    'Accounts',
    ['Account', 'IBAN', 'Balance'],
    result.accounts.map((a) => [a.name, el('span', { class: 'iban' }, iban(a.iban)), money(a.balances.booked)]),
    [2],
  );
  const latest = result.accounts
    .flatMap((a) => a.transactions.map((t) => ({ ...t, account: a.name })))
    .sort((a, b) => b.bookingDate.localeCompare(a.bookingDate))
    .slice(0, 10);
  const transactions = table(
    'Latest transactions',
    ['Date', 'Description', 'Account', 'Amount'],
    latest.map((t) => [t.bookingDate, `${t.counterpartyName} · ${t.description}`, t.account, money(t.amount)]),
    [3],
  );
  return [owner, accounts, transactions];
}
