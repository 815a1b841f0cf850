import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SignInBankPicker } from '../../src/components/bank-picker/bank-picker.js';
import { fixtureBanks, generateBanks } from '../fixtures/banks.js';

async function picker(props: Partial<SignInBankPicker> = {}): Promise<SignInBankPicker> {
  const el = await fixture<SignInBankPicker>(html`<signin-bank-picker .banks=${fixtureBanks}></signin-bank-picker>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

const input = (el: SignInBankPicker) => el.shadowRoot!.querySelector('input')!;
const options = (el: SignInBankPicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const activeOption = (el: SignInBankPicker) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
};

async function type(el: SignInBankPicker, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<signin-bank-picker>', () => {
  it('is a combobox with a label, closed at first', async () => {
    const el = await picker();
    const combo = input(el);
    expect(combo.getAttribute('role')).to.equal('combobox');
    expect(combo.getAttribute('aria-expanded')).to.equal('false');
    expect(combo.labels?.[0]?.textContent).to.equal('Your bank');
    expect(options(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('filters as the user types, ignoring diacritics, and highlights the match', async () => {
    const el = await picker();
    await type(el, 'lodz');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(options(el).map((o) => o.querySelector('.name')?.textContent)).to.deep.equal(['Łódzki Bank Ludowy']);
    expect(options(el)[0]!.querySelector('[part="logo"]')!.textContent).to.equal('ŁB');
    expect(options(el)[0]!.querySelector('mark')!.textContent).to.equal('Łódz');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('1 bank found');
    await expect(el).to.be.accessible();
  });

  it('moves the active option with the keyboard while focus stays in the input', async () => {
    const el = await picker({ layout: 'list' });
    input(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)?.getAttribute('aria-selected')).to.equal('true');
    const first = activeOption(el)?.id;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)?.id).to.not.equal(first);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(activeOption(el)?.id).to.equal(options(el).at(-1)?.id);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(activeOption(el)?.id).to.equal(first);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('chooses the active bank with Enter and fires signin-bank-select and change', async () => {
    const el = await picker();
    await type(el, 'munchner');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const selected = oneEvent(el, 'signin-bank-select');
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    await changed;
    expect(event.detail.bank.id).to.equal('muenchen');
    expect(event.composed).to.equal(true);
    expect(el.value).to.equal('muenchen');
    expect(input(el).value).to.equal('Münchner Volksbank');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows a down bank as disabled with its reason and skips it', async () => {
    const el = await picker();
    await type(el, 'zachodni');
    const [down] = options(el);
    expect(down!.getAttribute('aria-disabled')).to.equal('true');
    expect(down!.querySelector('[part="status"]')!.textContent).to.equal('Unavailable: Planned maintenance');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeOption(el)).to.equal(null);
    down!.click();
    expect(el.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('marks a degraded bank', async () => {
    const el = await picker();
    await type(el, 'strasse');
    expect(options(el)[0]!.querySelector('[part="status"]')!.textContent).to.equal('May be slow');
  });

  it('offers "my bank is not listed" when nothing matches', async () => {
    const el = await picker();
    await type(el, 'qqq');
    expect(options(el)).to.have.length(0);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="missing-button"]')!;
    expect(button.textContent).to.equal('My bank is not listed');
    await expect(el).to.be.accessible();
    const missing = oneEvent(el, 'signin-bank-missing');
    button.click();
    expect((await missing).detail.query).to.equal('qqq');
  });

  it('closes with Escape, then clears the query with a second Escape', async () => {
    const el = await picker();
    await type(el, 'bank');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });

  it('renders a bounded number of rows for a large catalog', async () => {
    const el = await picker({ banks: generateBanks(5000), layout: 'list' });
    expect(options(el).length).to.be.at.most(50);
    expect(el.shadowRoot!.querySelector('.more')!.textContent).to.equal('4,950 more banks: type to narrow the list');
  });

  it('takes part in forms: value, required validity and reset', async () => {
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
});
