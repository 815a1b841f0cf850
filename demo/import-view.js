// Builds the Default Import's owner, accounts and latest transactions as DOM nodes (no HTML
// strings: the demo page runs with Trusted Types).

export const el = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : value);
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
};

export const money = ({ amount, currency }) => new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(Number(amount));
export const iban = (value) => value.replace(/(.{4})/g, '$1 ').trim();

/**
 * Tells whether a table scrolls sideways, and whether there is more to its left or right: CSS shows
 * shadows on those edges and, while there is more to the right, a "scroll" hint under it.
 */
function watchScroll(scroller) {
  const update = () => {
    const overflow = scroller.scrollWidth - scroller.clientWidth > 1;
    scroller.parentElement?.toggleAttribute('data-overflow', overflow);
    scroller.toggleAttribute('data-more-start', overflow && scroller.scrollLeft > 1);
    scroller.toggleAttribute('data-more-end', overflow && scroller.scrollLeft < scroller.scrollWidth - scroller.clientWidth - 1);
  };
  scroller.addEventListener('scroll', update, { passive: true });
  new ResizeObserver(update).observe(scroller);
}

let tables = 0;

/**
 * A titled table in a keyboard-scrollable region, with a cue when it scrolls sideways. The title
 * stays above the region (a caption would scroll away with the table) and labels both.
 */
export function table(caption, headers, rows, numeric = []) {
  const id = `table-title-${++tables}`;
  const scroller = el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': id, tabindex: '0' },
    el(
      'table',
      { 'aria-labelledby': id, 'data-cols': String(headers.length) },
      el('thead', {}, el('tr', {}, ...headers.map((h, i) => el('th', { scope: 'col', class: numeric.includes(i) ? 'num' : '' }, h)))),
      el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell, i) => el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : { class: numeric.includes(i) ? 'num' : '' }, cell))))),
    ),
  );
  watchScroll(scroller);
  return el('div', { class: 'table-wrap' }, el('p', { class: 'table-title', id }, caption), scroller, el('p', { class: 'scroll-hint', 'aria-hidden': 'true' }, 'Scroll sideways for more →'));
}

/**
 * A transaction's counterparty, and what it was when that adds something: the sandbox's
 * "Card payment Groceries Market" to Groceries Market reads "Groceries Market · Card payment".
 */
export function describe(transaction) {
  const name = transaction.counterpartyName?.trim() ?? '';
  let kind = transaction.description?.trim() ?? '';
  if (name && kind.toLowerCase().includes(name.toLowerCase())) {
    const at = kind.toLowerCase().indexOf(name.toLowerCase());
    kind = `${kind.slice(0, at)}${kind.slice(at + name.length)}`.replace(/\s+/g, ' ').replace(/^[\s·:,-]+|[\s·:,-]+$/g, '');
  }
  if (!name) return kind;
  return kind ? el('span', { class: 'tx' }, el('span', { class: 'tx-name' }, name), el('span', { class: 'tx-kind' }, kind)) : name;
}

/** The latest transactions of some accounts, newest first, as table rows. */
export function latestTransactions(accounts, count = 10, withBank = false, caption = 'Latest transactions') {
  const latest = accounts
    .flatMap((a) => a.transactions.map((t) => ({ ...t, account: a.name, bank: a.bank?.name })))
    .sort((a, b) => b.bookingDate.localeCompare(a.bookingDate))
    .slice(0, count);
  return table(
    caption,
    ['Date', 'Description', withBank ? 'Bank' : 'Account', 'Amount'],
    latest.map((t) => [el('span', { class: 'nowrap' }, t.bookingDate), describe(t), withBank ? t.bank : t.account, money(t.amount)]),
    [3],
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
  return [owner, accounts, latestTransactions(result.accounts)];
}
