import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SignInConsents } from '../../src/components/consents/consents.js';
import type { ConsentDefinitionInput } from '../../src/config/consents.js';
import type { SignInConfigErrorEvent, SignInConsentsAcceptEvent } from '../../src/events/index.js';

const custom: ConsentDefinitionInput[] = [
  { id: 'data-access', version: '3', label: 'Share my account data', details: 'Read-only access.\nFor 90 days.' },
  { id: 'terms', version: '2025-01', label: 'I accept the [terms](https://bank.example/terms) and the [privacy notice](/privacy).' },
  { id: 'news', version: '1', required: false, label: 'Send me news' },
];

const at = (seconds: number) => `2025-01-31T12:00:${String(seconds).padStart(2, '0')}.000Z`;
function steppingClock() {
  let second = 0;
  return () => new Date(at(second++));
}

async function consents(template = html`<signin-consents terms-url="/terms" privacy-url="/privacy"></signin-consents>`): Promise<SignInConsents> {
  const el = await fixture<SignInConsents>(template);
  el.clock = steppingClock();
  return el;
}

const $ = <T extends Element = HTMLElement>(el: SignInConsents, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const boxes = (el: SignInConsents) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="checkbox"]')];
const active = (el: SignInConsents) => el.shadowRoot!.activeElement;
const errorText = (el: SignInConsents) => $(el, '[part="error"]').textContent!.trim();

async function check(el: SignInConsents, index: number) {
  boxes(el)[index]!.click();
  await el.updateComplete;
}

async function pressContinue(el: SignInConsents) {
  $<HTMLButtonElement>(el, '[part="button"]').click();
  await el.updateComplete;
}

describe('<signin-consents>', () => {
  it('renders the default AIS consents, all required, with expandable details', async () => {
    const el = await consents();
    expect(el.definitions.map((d) => d.id)).to.deep.equal(['data-access', 'terms', 'privacy']);
    expect(boxes(el)).to.have.length(3);
    expect(boxes(el).every((box) => box.required && !box.checked)).to.equal(true);
    expect($(el, 'legend').textContent).to.equal('Your consents');
    expect(el.shadowRoot!.querySelectorAll('[part="details"] summary')[0]!.textContent).to.equal('More about this consent');
    expect(el.value).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('hides the legend from view only, with hide-legend (the fieldset keeps its name)', async () => {
    const el = await consents(html`<signin-consents hide-legend></signin-consents>`);
    const legend = el.shadowRoot!.querySelector('legend')!;
    expect(legend.textContent).to.equal('Your consents');
    expect(legend.getBoundingClientRect().height).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('announces the error, marks the missing consents and focuses the first one', async () => {
    const el = await consents();
    let accepted = false;
    el.addEventListener('signin-consents-accept', () => (accepted = true));
    await pressContinue(el);
    expect(accepted).to.equal(false);
    const error = $(el, '[part="error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(errorText(el)).to.equal('Accept the 3 required consents to continue.');
    expect(boxes(el).map((b) => b.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
    expect(boxes(el)[0]!.getAttribute('aria-describedby')).to.equal('error');
    expect(active(el)).to.equal(boxes(el)[0]);
    await expect(el).to.be.accessible();
  });

  it('moves the focus to the next missing consent and clears marks as consents are accepted', async () => {
    const el = await consents();
    await check(el, 0);
    expect(el.validate()).to.equal(false);
    await el.updateComplete;
    expect(active(el)).to.equal(boxes(el)[1]);
    expect(boxes(el)[0]!.getAttribute('aria-invalid') === 'true').to.equal(false);
    expect(errorText(el)).to.equal('Accept the 2 required consents to continue.');
    await check(el, 1);
    expect(errorText(el)).to.equal('Accept the required consent to continue.');
    await check(el, 2);
    expect(errorText(el)).to.equal('');
    expect(boxes(el).some((b) => b.getAttribute('aria-invalid') === 'true')).to.equal(false);
    expect(el.validate()).to.equal(true);
  });

  it('fires signin-consents-accept with [{id, version, acceptedAt}] once every required consent is accepted', async () => {
    const el = await consents(html`<signin-consents .consents=${custom}></signin-consents>`);
    await check(el, 1);
    await check(el, 0);
    const event = oneEvent(el, 'signin-consents-accept') as Promise<SignInConsentsAcceptEvent>;
    await pressContinue(el);
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail).to.deep.equal({
      consents: [
        { id: 'data-access', version: '3', acceptedAt: at(1) },
        { id: 'terms', version: '2025-01', acceptedAt: at(0) },
      ],
      access: { mode: 'single' },
    });
    expect(detail.consents.every((c) => new Date(c.acceptedAt).toISOString() === c.acceptedAt)).to.equal(true);
    expect(el.value).to.deep.equal(detail.consents);
    await expect(el).to.be.accessible();
  });

  it('fires change when a consent is accepted or withdrawn', async () => {
    const el = await consents();
    const first = oneEvent(el, 'change');
    boxes(el)[2]!.click();
    await first;
    expect(el.value.map((v) => v.id)).to.deep.equal(['privacy']);
    const second = oneEvent(el, 'change');
    boxes(el)[2]!.click();
    await second;
    expect(el.value).to.deep.equal([]);
  });

  it('offers "Accept all" when configured', async () => {
    const el = await consents(html`<signin-consents accept-all .consents=${custom}></signin-consents>`);
    const all = $<HTMLInputElement>(el, '[part="accept-all"] input');
    expect($(el, '[part="accept-all"]').textContent!.trim()).to.equal('Accept all');
    await check(el, 2);
    expect(all.indeterminate).to.equal(true);
    const changed = oneEvent(el, 'change');
    all.click();
    await changed;
    await el.updateComplete;
    expect(el.value.map((v) => v.id)).to.deep.equal(['data-access', 'terms', 'news']);
    expect(el.value[2]!.acceptedAt).to.equal(at(0));
    expect(all.checked && !all.indeterminate).to.equal(true);
    expect(boxes(el).every((b) => b.checked)).to.equal(true);
    await expect(el).to.be.accessible();
    all.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
    el.acceptAll = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="accept-all"]')).to.equal(null);
  });

  it('renders label links safely, opening in a new tab', async () => {
    const el = await consents(html`<signin-consents .consents=${custom}></signin-consents>`);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://bank.example/terms', '/privacy']);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(a.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens in a new tab)');
    }
    const plain = await consents(html`<signin-consents terms-url="https://provider.example/terms"></signin-consents>`);
    expect([...plain.shadowRoot!.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.href])).to.deep.equal([
      ['terms of service (opens in a new tab)', 'https://provider.example/terms'],
    ]);
  });

  it('works with the keyboard: Tab moves, Space toggles, Enter opens details', async () => {
    const el = await consents();
    el.focus();
    expect(active(el)).to.equal(boxes(el)[0]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(boxes(el)[0]!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    const summary = active(el) as HTMLElement;
    expect(summary.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(boxes(el)[1]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value.map((v) => v.id)).to.deep.equal(['data-access', 'terms']);
  });

  it('takes part in forms: validity, FormData, submit and reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><signin-consents name="consents" terms-url="/terms" privacy-url="/privacy"></signin-consents><button>Send</button></form>`);
    const el = form.querySelector('signin-consents')!;
    el.clock = steppingClock();
    expect(el.form).to.equal(form);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Accept the required consents.');
    expect(new FormData(form).has('consents')).to.equal(false);
    expect(el.checkValidity()).to.equal(false);
    await el.updateComplete;
    expect(errorText(el)).to.equal('');
    let submitted = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(boxes(el)[0]!.getAttribute('aria-invalid')).to.equal('true');
    for (const i of [0, 1, 2]) await check(el, i);
    expect(el.checkValidity()).to.equal(true);
    expect(JSON.parse(new FormData(form).get('consents') as string)).to.deep.equal(el.value);
    form.requestSubmit();
    expect(submitted).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
    expect(boxes(el).some((b) => b.checked)).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
  });

  it('has its form value and validity set before change fires, and takes part in the constraint API', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><signin-consents name="consents" terms-url="/terms" privacy-url="/privacy"></signin-consents></form>`);
    const el = form.querySelector('signin-consents')!;
    el.clock = steppingClock();
    await el.updateComplete;
    const seen: [number, boolean][] = [];
    el.addEventListener('change', () => seen.push([JSON.parse((new FormData(form).get('consents') as string | null) ?? '[]').length, el.checkValidity()]));
    for (const i of [0, 1, 2]) await check(el, i);
    expect(seen).to.deep.equal([
      [1, false],
      [2, false],
      [3, true],
    ]);
    expect(el.willValidate).to.equal(true);
    form.reset();
    await el.updateComplete;
    let invalid = 0;
    el.addEventListener('invalid', () => invalid++);
    expect(el.reportValidity()).to.equal(false);
    expect(invalid).to.equal(1);
    await el.updateComplete;
    expect(errorText(el)).to.not.equal('');
    expect(boxes(el)[0]!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('is disabled by a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><signin-consents name="consents"></signin-consents></fieldset></form>`);
    const el = form.querySelector('signin-consents')!;
    await el.updateComplete;
    expect($<HTMLFieldSetElement>(el, 'fieldset').disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '[part="button"]').disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part="button"]').disabled).to.equal(false);
  });

  it('takes back a restored form state with the original acceptance times, for consents still shown in that version', async () => {
    const el = await consents();
    const [first, second] = el.definitions;
    el.formStateRestoreCallback(JSON.stringify([
      { id: first!.id, version: first!.version, acceptedAt: '2026-01-02T03:04:05.000Z' },
      { id: second!.id, version: 'an older version', acceptedAt: '2026-01-02T03:04:05.000Z' },
    ]));
    el.formStateRestoreCallback('not json');
    await el.updateComplete;
    expect(el.value).to.deep.equal([{ id: first!.id, version: first!.version, acceptedAt: '2026-01-02T03:04:05.000Z' }]);
    expect(boxes(el)[0]!.checked).to.equal(true);
    expect(boxes(el)[1]!.checked).to.equal(false);
  });

  it('refuses terms-url and privacy-url the user could not open, naming them', async () => {
    const seen: SignInConfigErrorEvent[] = [];
    const el = await fixture<SignInConsents>(html`<signin-consents terms-url="javascript:alert(1)" privacy-url="http://shop.example/p" @signin-config-error=${(e: SignInConfigErrorEvent) => seen.push(e)}></signin-consents>`);
    await el.updateComplete;
    expect(seen[0]!.detail).to.deep.include({ severity: 'error' });
    expect(seen[0]!.detail.issues.map((i) => i.field)).to.deep.equal(['termsUrl', 'privacyUrl']);
    expect(boxes(el)).to.have.length(0);
    el.termsUrl = '/terms';
    el.privacyUrl = 'https://shop.example/privacy';
    await el.updateComplete;
    expect(boxes(el)).to.have.length(3);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/terms', 'https://shop.example/privacy']);
  });

  it('never asks to accept a document the user cannot open: without its URL, that consent is left out, with a warning', async () => {
    const seen: SignInConfigErrorEvent[] = [];
    const el = await fixture<SignInConsents>(html`<signin-consents @signin-config-error=${(e: SignInConfigErrorEvent) => seen.push(e)}></signin-consents>`);
    await el.updateComplete;
    expect(el.definitions.map((d) => d.id)).to.deep.equal(['data-access']);
    expect(boxes(el)).to.have.length(1);
    expect($(el, '[part="label"]').textContent).to.not.match(/terms|privacy/);
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail.severity).to.equal('warning');
    expect(seen[0]!.detail.issues.map((i) => i.field)).to.deep.equal(['termsUrl', 'privacyUrl']);
    expect(seen[0]!.detail.issues[0]!.message).to.equal('is not set, so its consent is left out');
    expect([seen[0]!.bubbles, seen[0]!.composed]).to.deep.equal([true, true]);
    await expect(el).to.be.accessible();
    // Said once: not again for a re-render or another language, again for what is still missing.
    el.locale = 'de';
    await el.updateComplete;
    expect(seen).to.have.length(1);
    el.termsUrl = '/terms';
    await el.updateComplete;
    expect(el.definitions.map((d) => d.id)).to.deep.equal(['data-access', 'terms']);
    expect(seen.map((e) => e.detail.issues.map((i) => i.field))).to.deep.equal([['termsUrl', 'privacyUrl'], ['privacyUrl']]);
    el.privacyUrl = '/privacy';
    await el.updateComplete;
    expect(boxes(el)).to.have.length(3);
    expect(seen).to.have.length(2);
  });

  it('says in its intro what is asked: required consents, required and optional ones, or optional ones only', async () => {
    const intro = (el: SignInConsents) => $(el, '.intro').textContent!.trim();
    const el = await consents();
    expect(intro(el)).to.equal('To connect your bank, accept the required consents.');
    el.consents = custom;
    await el.updateComplete;
    expect(intro(el)).to.equal('To connect your bank, accept the required consents; the optional ones are up to you.');
    el.consents = [{ id: 'news', version: '1', required: false, label: 'Send me news' }];
    await el.updateComplete;
    expect(intro(el)).to.equal('These consents are optional: accept the ones you agree to.');
  });

  it('disables every control', async () => {
    const el = await consents(html`<signin-consents disabled></signin-consents>`);
    expect($<HTMLFieldSetElement>(el, 'fieldset').disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '[part="button"]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows bad definitions as an error naming the field and fires signin-config-error', async () => {
    const el = await consents();
    const event = oneEvent(el, 'signin-config-error') as Promise<SignInConfigErrorEvent>;
    el.consents = [custom[0]!, { id: 'data-access', version: '1', label: '' }, { version: '1', label: 'x' } as ConsentDefinitionInput];
    const { detail } = await event;
    expect(detail.issues).to.deep.equal([
      { field: 'consents.1.label', message: 'must not be empty' },
      { field: 'consents.2.id', message: 'is required' },
      { field: 'consents.1.id', message: 'duplicates "data-access" (consents.0.id)' },
    ]);
    await el.updateComplete;
    expect(boxes(el)).to.have.length(0);
    expect($(el, '[part="error"] .title').textContent).to.equal('This sign-in is not set up correctly');
    expect([...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent)).to.include('consents.1.id: duplicates "data-access" (consents.0.id)');
    expect(el.validate()).to.equal(false);
    expect(el.validity.customError).to.equal(true);
    await expect(el).to.be.accessible();
    el.consents = custom;
    await el.updateComplete;
    expect(boxes(el)).to.have.length(3);
  });
});
