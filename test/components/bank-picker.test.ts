import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { comboboxAxe } from '../helpers/axe.js';
import type { SignInBankPicker } from '../../src/components/bank-picker/bank-picker.js';
import { fixtureBanks, generateBanks } from '../fixtures/banks.js';
import { bankSchema } from '../../src/core/protocol/catalog.js';
import type { SignInCatalogErrorEvent } from '../../src/events/catalog-error-event.js';

/** Waits for the element, and for the re-render after it measured its rows. */
async function settle(el: SignInBankPicker): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

async function picker(props: Partial<SignInBankPicker> = {}): Promise<SignInBankPicker> {
  const el = await fixture<SignInBankPicker>(html`<signin-bank-picker .banks=${fixtureBanks}></signin-bank-picker>`);
  Object.assign(el, props);
  await settle(el);
  return el;
}

const $ = (el: SignInBankPicker, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const input = (el: SignInBankPicker) => el.shadowRoot!.querySelector('input')!;
const options = (el: SignInBankPicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const names = (el: SignInBankPicker) => options(el).map((o) => o.querySelector('.name')?.textContent);
const activeOption = (el: SignInBankPicker) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};
const status = (el: SignInBankPicker) => $(el, '[role="status"]')!.textContent;

async function type(el: SignInBankPicker, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await settle(el);
}

async function press(el: SignInBankPicker, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}

/** Banks with notes: one long enough to be cut in a row at 360 px. */
const longStatus = 'This bank is temporarily unavailable while it upgrades its systems. Please try again after 18:00.';
const statusBanks = [
  bankSchema.parse({ id: 'slow', name: 'Alpha Bank', country: 'PL', status: 'degraded', statusMessage: 'Logins take up to a minute today because of heavy traffic.' }),
  bankSchema.parse({ id: 'down', name: 'Beta Bank', country: 'PL', status: 'down', statusMessage: longStatus }),
  bankSchema.parse({ id: 'fine', name: 'Gamma Bank', country: 'PL' }),
];

describe('<signin-bank-picker>', () => {
  describe('combobox semantics', () => {
    it('is a labelled combobox controlling a list, closed at first', async () => {
      const el = await picker();
      const combo = input(el);
      expect(combo.getAttribute('role')).to.equal('combobox');
      expect(combo.getAttribute('aria-expanded')).to.equal('false');
      expect(combo.getAttribute('aria-autocomplete')).to.equal('list');
      expect(combo.labels?.[0]?.textContent).to.equal('Your bank');
      expect(options(el)).to.have.length(0);
      await expect(el).to.be.accessible(comboboxAxe);
    });

    it('opens with ArrowDown on the first bank; Alt+ArrowDown opens without moving', async () => {
      const el = await picker();
      input(el).focus();
      await sendKeys({ down: 'Alt' });
      await press(el, 'ArrowDown');
      await sendKeys({ up: 'Alt' });
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
      await press(el, 'Escape');
      await press(el, 'ArrowDown');
      expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('1');
      expect($(el, '[role="listbox"]')!.id || $(el, '#bank-list')).to.not.equal(null);
      expect(input(el).getAttribute('aria-controls')).to.equal('bank-list');
    });

    it('filters as the user types, ignoring diacritics, highlights and announces the count', async () => {
      const el = await picker();
      await type(el, 'lodz');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(names(el)).to.deep.equal(['Łódzki Bank Ludowy']);
      expect(options(el)[0]!.querySelector('mark')!.textContent).to.equal('Łódz');
      expect(options(el)[0]!.querySelector('[part~="monogram"]')!.textContent).to.equal('ŁB');
      expect(status(el)).to.equal('1 bank found');
      await expect(el).to.be.accessible(comboboxAxe);
    });

    it('shows the alias or BIC that matched beside the name', async () => {
      const el = await picker();
      await type(el, 'ludoplpw');
      expect(options(el)[0]!.querySelector('.matched-alias')!.textContent).to.equal('(LUDOPLPW)');
    });

    it('shows a bank whose words match in its name and an alias, both highlighted', async () => {
      const el = await picker();
      await type(el, 'reznicka banka');
      expect(status(el)).to.equal('1 bank found');
      expect(names(el)).to.deep.equal(['Řeznická spořitelna (RS Banka)']);
      expect([...options(el)[0]!.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Řeznická', 'Banka']);
      expect(activeOption(el)).to.equal(null);
      await press(el, 'ArrowDown');
      expect(activeOption(el)).to.equal(options(el)[0]);
    });

    it('shows no alias that only repeats the name', async () => {
      const banks = [{ id: 'demo', name: 'Demo Bank', country: 'PL', aliases: ['Demo'], status: 'up' as const }];
      const el = await picker({ banks });
      await type(el, 'demo');
      expect(names(el)).to.deep.equal(['Demo Bank']);
      expect(options(el)[0]!.querySelector('.matched-alias')).to.equal(null);
    });
  });

  describe('the popup list', () => {
    it('is not clipped by an ancestor with overflow: hidden, and opens upwards near the bottom of the viewport', async () => {
      const box = await fixture<HTMLDivElement>(html`<div class="clipping-box"><signin-bank-picker .banks=${fixtureBanks}></signin-bank-picker></div>`);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.clipping-box { position: fixed; inset-block-end: 8px; inset-inline-start: 8px; inline-size: 320px; block-size: 90px; overflow: hidden; transform: translateZ(0); z-index: 1; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        const el = box.querySelector('signin-bank-picker')!;
        await el.updateComplete;
        el.focus();
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await nextFrame();
        const list = el.shadowRoot!.querySelector<HTMLElement>('.list-area')!;
        const input = el.shadowRoot!.querySelector('input')!.getBoundingClientRect();
        const rect = list.getBoundingClientRect();
        expect(list.matches(':popover-open'), 'in the top layer').to.equal(true);
        expect(rect.bottom, 'above the input').to.be.at.most(input.top);
        expect(rect.top).to.be.at.least(0);
        expect(rect.height).to.be.greaterThan(100);
        expect([rect.left, rect.width]).to.deep.equal([input.left, input.width]);
        // What the user sees at the list's middle is the list, not the page under the clipping box.
        const hit = el.shadowRoot!.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        expect(list.contains(hit), 'the list is on top').to.equal(true);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.list-area')).to.equal(null);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });
  });

  describe('keyboard', () => {
    it('moves with ArrowDown/ArrowUp/Home/End while focus stays in the input', async () => {
      const el = await picker({ layout: 'list' });
      input(el).focus();
      await press(el, 'ArrowDown');
      const first = activeOption(el);
      expect(first?.getAttribute('aria-selected')).to.equal('true');
      await press(el, 'ArrowDown');
      expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('2');
      expect(first?.getAttribute('aria-selected')).to.equal('false');
      await press(el, 'End');
      expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal(String(fixtureBanks.length));
      await press(el, 'ArrowUp');
      expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal(String(fixtureBanks.length - 1));
      await press(el, 'Home');
      expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('1');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    });

    it('pages through a long list and keeps the active option rendered and in view', async () => {
      const el = await picker({ banks: generateBanks(2000), layout: 'list' });
      input(el).focus();
      await press(el, 'ArrowDown');
      for (let i = 0; i < 5; i++) await press(el, 'PageDown');
      await settle(el);
      const active = activeOption(el);
      expect(active?.getAttribute('aria-posinset')).to.equal('51');
      const list = $(el, '[part="listbox"]')!.getBoundingClientRect();
      const row = active!.getBoundingClientRect();
      expect(row.top).to.be.at.least(list.top - 1);
      expect(row.bottom).to.be.at.most(list.bottom + 1);
      await press(el, 'PageUp');
      expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('41');
      await press(el, 'End');
      await settle(el);
      expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('2000');
    });

    it('chooses the active bank with Enter and fires signin-bank-select and change', async () => {
      const el = await picker();
      await type(el, 'munchner');
      await press(el, 'ArrowDown');
      const selected = oneEvent(el, 'signin-bank-select');
      const changed = oneEvent(el, 'change');
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      await changed;
      expect(event.detail.bank.id).to.equal('muenchen');
      expect(event.composed).to.equal(true);
      expect(el.value).to.equal('muenchen');
      expect(el.selectedBank?.name).to.equal('Münchner Volksbank');
      expect(input(el).value).to.equal('Münchner Volksbank');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('closes with Escape, then clears the query with a second Escape', async () => {
      const el = await picker();
      await type(el, 'bank');
      await press(el, 'Escape');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      await press(el, 'Escape');
      expect(input(el).value).to.equal('');
    });
  });

  describe('bank status', () => {
    it('shows a down bank as disabled with its reason, and refuses a click', async () => {
      const el = await picker();
      await type(el, 'zachodni');
      const [down] = options(el);
      expect(down!.getAttribute('aria-disabled')).to.equal('true');
      expect(down!.querySelector('[part="status"]')!.textContent).to.equal('Unavailable: Planned maintenance');
      down!.click();
      expect(el.value).to.equal('');
      await expect(el).to.be.accessible(comboboxAxe);
    });

    it('lands on a down bank with the arrows, as on any bank: announced unavailable, Enter does not choose it', async () => {
      const el = await picker({ banks: statusBanks, layout: 'list' });
      expect(names(el)).to.deep.equal(['Alpha Bank', 'Beta Bank', 'Gamma Bank']);
      input(el).focus();
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      const down = activeOption(el)!;
      expect(down.getAttribute('aria-posinset')).to.equal('2');
      expect(down.getAttribute('aria-disabled')).to.equal('true');
      expect(down.textContent).to.contain('Unavailable: This bank is temporarily unavailable');
      await press(el, 'Enter');
      expect(el.value).to.equal('');
      await press(el, 'ArrowDown');
      expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('3');
      await press(el, 'ArrowUp');
      await press(el, 'ArrowUp');
      expect(activeOption(el)?.getAttribute('aria-posinset')).to.equal('1');
      await press(el, 'End');
      await press(el, 'Enter');
      expect(el.value).to.equal('fine');
    });

    describe('at 360 px wide', () => {
      before(() => setViewport({ width: 360, height: 640 }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('shows the full status of the active bank under the list, keyboard-active or hovered; rows keep their height', async () => {
        const el = await picker({ banks: statusBanks, layout: 'list' });
        const detail = () => $(el, '[part="status-detail"]');
        const row = options(el)[1]!;
        const note = row.querySelector<HTMLElement>('[part="status"]')!;
        expect(note.scrollWidth, 'the row cuts the status').to.be.greaterThan(note.clientWidth);
        const rowHeight = row.getBoundingClientRect().height;
        expect(detail()).to.equal(null);
        input(el).focus();
        await press(el, 'ArrowDown');
        await press(el, 'ArrowDown');
        expect(detail()!.textContent).to.equal(`Unavailable: ${longStatus}`);
        // Fully shown: not cut, inside the element, under the list.
        const box = detail()!.getBoundingClientRect();
        expect(detail()!.scrollWidth).to.be.at.most(detail()!.clientWidth);
        expect(box.top).to.be.at.least($(el, '[part="listbox"]')!.getBoundingClientRect().bottom - 1);
        expect(box.right).to.be.at.most(360);
        // The option's name holds the status already: the detail is not read a second time.
        expect(detail()!.getAttribute('aria-hidden')).to.equal('true');
        expect(options(el)[1]!.getBoundingClientRect().height).to.equal(rowHeight);
        // The pointer makes the bank under it the active one.
        const first = options(el)[0]!.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(first.left + 20), Math.round(first.top + first.height / 2)] });
        await settle(el);
        expect(activeOption(el)).to.equal(options(el)[0]);
        expect(detail()!.textContent).to.equal('May be slow: Logins take up to a minute today because of heavy traffic.');
        const fine = options(el)[2]!.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(fine.left + 20), Math.round(fine.top + fine.height / 2)] });
        await settle(el);
        expect(detail()).to.equal(null);
        await sendMouse({ type: 'move', position: [0, 0] });
        await expect(el).to.be.accessible(comboboxAxe);
      });
    });

    it('marks a degraded bank', async () => {
      const el = await picker();
      await type(el, 'strasse');
      expect(options(el)[0]!.querySelector('[part="status"]')!.textContent).to.equal('May be slow');
    });
  });

  describe('list height', () => {
    it('shrinks to its rows when fewer banks than fill it, and keeps its height with more', async () => {
      const el = await picker({ banks: statusBanks, layout: 'list' });
      const listbox = () => $(el, '[part="listbox"]')!.getBoundingClientRect().height;
      const rowHeight = options(el)[0]!.getBoundingClientRect().height;
      expect(listbox()).to.be.closeTo(3 * rowHeight, 1);
      expect($(el, '.list-area')!.getBoundingClientRect().height).to.be.closeTo(3 * rowHeight + 2, 1);
      const full = parseFloat(getComputedStyle(document.documentElement).fontSize) * 20;
      el.banks = generateBanks(50);
      await settle(el);
      expect($(el, '.list-area')!.getBoundingClientRect().height).to.be.closeTo(full, 1);
      el.style.setProperty('--signin-bank-list-height', '40rem');
      el.banks = generateBanks(9);
      await settle(el);
      expect(listbox()).to.be.closeTo(9 * rowHeight, 1);
    });
  });

  describe('connected banks', () => {
    it('tags the banks in connected and refuses to choose them, by click or by keyboard', async () => {
      const el = await picker({ banks: statusBanks, layout: 'list', connected: ['fine'] });
      const fine = options(el)[2]!;
      expect(fine.getAttribute('aria-disabled')).to.equal('true');
      expect(fine.querySelector('[part="tag"]')!.textContent).to.equal('Connected');
      expect(options(el)[0]!.querySelector('[part="tag"]')).to.equal(null);
      fine.click();
      expect(el.value).to.equal('');
      input(el).focus();
      await press(el, 'End');
      expect(activeOption(el)).to.equal(fine);
      await press(el, 'Enter');
      expect(el.value).to.equal('');
      await expect(el).to.be.accessible(comboboxAxe);
      // Its accessible name (from its content, laid out) says so.
      expect(fine.innerText.replace(/\s+/g, ' ')).to.contain('Gamma Bank Connected');
      el.connected = [];
      await settle(el);
      expect(options(el)[2]!.getAttribute('aria-disabled')).to.equal('false');
      options(el)[2]!.click();
      expect(el.value).to.equal('fine');
    });

    it('says Connected in the user\'s language', async () => {
      const el = await picker({ banks: statusBanks, layout: 'list', connected: ['fine'], locale: 'de' });
      await waitUntil(() => options(el)[2]?.querySelector('[part="tag"]')?.textContent === 'Verbunden', 'no German tag');
    });
  });

  describe('no results', () => {
    it('offers "my bank is not listed" with the query', async () => {
      const el = await picker();
      await type(el, 'qqq');
      expect(options(el)).to.have.length(0);
      expect(status(el)).to.equal('No bank matches “qqq”.');
      const button = $(el, '[part="missing-button"]')!;
      expect(button.textContent).to.equal('My bank is not listed');
      await expect(el).to.be.accessible(comboboxAxe);
      const missing = oneEvent(el, 'signin-bank-missing');
      button.click();
      expect((await missing).detail.query).to.equal('qqq');
    });
  });

  describe('large catalogs', () => {
    it('keeps at most 60 rows in the DOM for 10,000 banks', async () => {
      const el = await picker({ banks: generateBanks(10_000), layout: 'list' });
      expect(options(el).length).to.be.within(1, 60);
      expect(options(el)[0]!.getAttribute('aria-setsize')).to.equal('10000');
      await type(el, 'bank');
      expect(options(el).length).to.be.within(1, 60);
      await expect(el).to.be.accessible(comboboxAxe);
    });
  });

  describe('my bank is not listed', () => {
    it('fires signin-bank-missing and shows the next step: thanks, and the page and address configured', async () => {
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" .banks=${fixtureBanks} missing-bank-url="https://shop.example/banks" missing-bank-email="banks@shop.example"></signin-bank-picker>`);
      el.focus();
      await sendKeys({ type: 'Nowhere Bank' });
      await el.updateComplete;
      const missing = oneEvent(el, 'signin-bank-missing');
      $(el, '[part="missing-button"]')!.click();
      expect((await missing).detail).to.deep.equal({ query: 'Nowhere Bank' });
      await el.updateComplete;
      const note = $(el, '[part="missing-note"]')!;
      expect(note.getAttribute('role')).to.equal('status');
      expect(note.textContent).to.contain('we have noted that your bank is not listed');
      const links = [...note.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
      expect(links).to.deep.equal([
        ['https://shop.example/banks', 'Tell us which bank'],
        ['mailto:banks@shop.example', 'Write to us: banks@shop.example'],
      ]);
      expect($(el, '[part="missing-button"]')).to.equal(null);
      await expect(el).to.be.accessible(comboboxAxe);
    });

    it('says "we noted it" alone when nothing is configured, and offers no link that could not be opened', async () => {
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" .banks=${[]} missing-bank-url="javascript:alert(1)"></signin-bank-picker>`);
      await el.updateComplete;
      $(el, '[part="missing-button"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="missing-note"]')!.textContent).to.contain('we have noted');
      expect($(el, '[part="missing-note"] a')).to.equal(null);
    });
  });

  describe('catalog from the provider', () => {
    const base = `${location.origin}/test-provider`;

    it('shows a skeleton while loading, then the country\'s banks', async () => {
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" api-base="${base}/slow" country="PL"></signin-bank-picker>`);
      await el.updateComplete;
      expect($(el, '[part="skeleton"]')).to.not.equal(null);
      expect(status(el)).to.equal('Loading banks…');
      const before = $(el, '.list-area')!.getBoundingClientRect().height;
      await expect(el).to.be.accessible(comboboxAxe);
      await waitUntil(() => options(el).length > 0, 'banks did not load', { timeout: 3000 });
      expect(names(el)).to.deep.equal(['Demo Bank', 'Bank Śląski', 'Broken Logo Bank']);
      expect($(el, '.list-area')!.getBoundingClientRect().height, 'as tall as its rows, no taller than the skeleton').to.be.closeTo(3 * options(el)[0]!.getBoundingClientRect().height + 2, 1).and.below(before);
    });

    it('shows an error with a retry that loads again', async () => {
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" api-base="${base}/flaky/${Math.random().toString(36).slice(2)}"></signin-bank-picker>`);
      await waitUntil(() => $(el, '[part="error"]'), 'no error state', { timeout: 3000 });
      expect($(el, '[part="error"]')!.getAttribute('role')).to.equal('alert');
      expect($(el, '[part="error"]')!.textContent).to.contain('The list of banks could not be loaded.');
      await expect(el).to.be.accessible(comboboxAxe);
      $(el, '[part="retry-button"]')!.click();
      await waitUntil(() => options(el).length > 0, 'retry did not load', { timeout: 3000 });
      expect(options(el).length).to.equal(5);
    });

    it('fires signin-catalog-error when the list fails to load', async () => {
      const seen: SignInCatalogErrorEvent[] = [];
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" api-base="${base}/fail" @signin-catalog-error=${(e: SignInCatalogErrorEvent) => seen.push(e)}></signin-bank-picker>`);
      await waitUntil(() => $(el, '[part="error"]'), 'no error state', { timeout: 3000 });
      expect(seen).to.have.length(1);
      expect(seen[0]!.detail).to.deep.include({ status: 503, loaded: false, skipped: [] });
      expect(seen[0]!.detail.message).to.contain('HTTP 503');
      expect([seen[0]!.bubbles, seen[0]!.composed]).to.deep.equal([true, true]);
    });

    it('shows the valid banks of a list with malformed rows, and reports the rows left out', async () => {
      const seen: SignInCatalogErrorEvent[] = [];
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" api-base="${base}/malformed" @signin-catalog-error=${(e: SignInCatalogErrorEvent) => seen.push(e)}></signin-bank-picker>`);
      await waitUntil(() => options(el).length > 0, 'banks did not load', { timeout: 3000 });
      expect(names(el)).to.deep.equal(['Demo Bank', 'Bank Śląski']);
      expect(seen).to.have.length(1);
      expect(seen[0]!.detail.loaded).to.equal(true);
      expect(seen[0]!.detail.message).to.contain('2 of the banks');
      expect(seen[0]!.detail.skipped).to.deep.equal([
        { field: 'banks.1.name', message: 'must not be empty' },
        { field: 'banks.3', message: 'must be an object' },
      ]);
    });

    it('switches country with the select, naming countries in the locale', async () => {
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" api-base="${base}/ok" country="PL" countries="PL,CZ" locale="pl"></signin-bank-picker>`);
      await waitUntil(() => options(el).length > 0, 'banks did not load', { timeout: 3000 });
      const select = $(el, '[part="country"]') as HTMLSelectElement;
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Czechy', 'Polska']);
      select.value = 'CZ';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => names(el).includes('Řeznická spořitelna'), 'Czech banks did not load', { timeout: 3000 });
      expect(el.country).to.equal('CZ');
    });

    it('shows safe logos, and a monogram for unsafe or broken ones', async () => {
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker layout="list" api-base="${base}/ok" country="PL"></signin-bank-picker>`);
      await waitUntil(() => options(el).length === 3, 'banks did not load', { timeout: 3000 });
      await waitUntil(() => options(el)[2]!.querySelector('[part~="monogram"]'), 'broken logo kept', { timeout: 3000 });
      const [demo, tracker, broken] = options(el);
      const img = demo!.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(`${location.origin}/test/fixtures/logo.svg`);
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['32', '32']);
      expect(tracker!.querySelector('img')).to.equal(null);
      expect(tracker!.querySelector('[part~="monogram"]')!.textContent).to.equal('BŚ');
      expect(broken!.querySelector('img')).to.equal(null);
    });
  });

  describe('forms', () => {
    it('submits the value, reports a missing required bank and resets', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><signin-bank-picker name="bank" required .banks=${fixtureBanks}></signin-bank-picker></form>`);
      const el = form.querySelector('signin-bank-picker')!;
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(false);
      el.value = 'pko';
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).get('bank')).to.equal('pko');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(new FormData(form).get('bank')).to.equal(null);
    });

    it('has its form value and validity set before change and signin-bank-select fire', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><signin-bank-picker name="bank" required layout="list" .banks=${fixtureBanks}></signin-bank-picker></form>`);
      const el = form.querySelector('signin-bank-picker')!;
      await el.updateComplete;
      const seen: [string, unknown, boolean][] = [];
      for (const type of ['change', 'signin-bank-select']) el.addEventListener(type, () => seen.push([type, new FormData(form).get('bank'), el.checkValidity()]));
      options(el)[0]!.click();
      const id = el.value;
      expect(id).to.not.equal('');
      expect(seen).to.deep.equal([
        ['signin-bank-select', id, true],
        ['change', id, true],
      ]);
      el.value = '';
      expect(new FormData(form).get('bank'), 'a value set by script counts at once').to.equal(null);
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('is disabled by a disabled fieldset, and offers the constraint API of native controls', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><signin-bank-picker name="bank" required .banks=${fixtureBanks}></signin-bank-picker></fieldset></form>`);
      const el = form.querySelector('signin-bank-picker')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')!.disabled).to.equal(true);
      expect(el.willValidate).to.equal(false);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')!.disabled).to.equal(false);
      expect(el.form).to.equal(form);
      expect(el.willValidate).to.equal(true);
      expect(el.validationMessage).to.equal('Choose your bank.');
      let invalid = 0;
      el.addEventListener('invalid', () => invalid++);
      expect(el.checkValidity()).to.equal(false);
      expect(el.reportValidity()).to.equal(false);
      expect(invalid).to.equal(2);
    });

    it('takes back a restored form state', async () => {
      const el = await fixture<SignInBankPicker>(html`<signin-bank-picker .banks=${fixtureBanks}></signin-bank-picker>`);
      el.formStateRestoreCallback('pko');
      expect(el.value).to.equal('pko');
    });
  });
});
