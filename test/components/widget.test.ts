import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SignInWidget } from '../../src/components/widget/widget.js';
import type { SignInLauncher } from '../../src/components/launcher/launcher.js';
import type { SignInBankPicker } from '../../src/components/bank-picker/bank-picker.js';
import { ProviderError } from '../../src/core/flow/provider-client.js';
import type { SignInConfigErrorEvent, SignInSuccessEvent } from '../../src/events/index.js';
import { comboboxAxe } from '../helpers/axe.js';
import { FLOW_EVENTS, popup, popupsClosed, realClick, recordEvents, sandbox } from '../helpers/flow.js';

async function widget(attributes: { bank?: string } = {}): Promise<SignInWidget> {
  const { sandboxUrl } = await sandbox();
  return fixture<SignInWidget>(
    html`<signin-widget client-id="sandbox-client" api-base=${sandboxUrl} owner-external-id="test-user" country="PL" bank=${attributes.bank ?? ''} .config=${{ termsUrl: '/terms', privacyUrl: '/privacy' }}></signin-widget>`,
  );
}

const inner = <T extends Element = HTMLElement>(el: SignInWidget, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const title = (el: SignInWidget) => inner(el, '[part="title"]');
const currentStep = (el: SignInWidget) => inner(el, '[aria-current="step"]').textContent!.trim();
const launcher = (el: SignInWidget) => inner<SignInLauncher>(el, 'signin-launcher');
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function reachStep(el: SignInWidget, step: string) {
  await waitUntil(() => el.step === step, `step ${step} not reached`, { timeout: 5000 });
  await el.updateComplete;
}

/** Accepts every consent with the keyboard and continues. */
async function acceptConsents(el: SignInWidget) {
  const consents = inner(el, 'signin-consents');
  await (consents as unknown as { updateComplete: Promise<void> }).updateComplete;
  const boxes = consents.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  for (const box of boxes) box.click();
  consents.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
  await reachStep(el, 'authorize');
}

/** From a preselected bank: accepts the consents, opens the bank window, logs in as `username` (a failing scenario) and reaches the result step. */
async function failAtBank(el: SignInWidget, username: string) {
  await reachStep(el, 'consents');
  await acceptConsents(el);
  await launcher(el).updateComplete;
  const failed = oneEvent(el, 'signin-error');
  await realClick(launcher(el).shadowRoot!.querySelector('[part~="button"]')!);
  await popup.login(username, 'x');
  const { detail } = await failed;
  await reachStep(el, 'result');
  return detail;
}

describe('<signin-widget> with the sandbox provider', () => {
  afterEach(popupsClosed);

  it('runs the whole flow: bank by keyboard, consents, a real popup, the bank login, success', async () => {
    const el = await widget();
    const events = recordEvents(el, FLOW_EVENTS);
    const callbacks: string[] = [];
    el.onSuccess = () => callbacks.push('success');
    el.onEvent = (type) => callbacks.push(type);
    expect(currentStep(el)).to.equal('Bank');
    expect(title(el).textContent).to.equal('Choose your bank');
    const picker = inner(el, 'signin-bank-picker');
    await waitUntil(() => picker.shadowRoot!.querySelector('[role="option"]'), 'no banks', { timeout: 5000 });
    await expect(el).to.be.accessible(comboboxAxe);
    picker.focus();
    await sendKeys({ type: 'Demo Bank' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await reachStep(el, 'consents');
    expect(currentStep(el)).to.equal('Consents');
    expect(deepActive()).to.equal(title(el));
    await expect(el).to.be.accessible();
    await acceptConsents(el);
    expect(title(el).textContent).to.equal('Sign in at Demo Bank');
    expect(deepActive()).to.equal(title(el));
    await launcher(el).updateComplete;
    const succeeded = oneEvent(el, 'signin-success') as Promise<SignInSuccessEvent>;
    await realClick(launcher(el).shadowRoot!.querySelector('[part~="button"]')!);
    await el.updateComplete;
    expect(inner(el, '[part~="back-button"]')).to.equal(null); // no way back while the bank window is open
    await popup.login('demo', 'demo');
    const { detail } = await succeeded;
    expect(detail.sessionId).to.match(/^ses_/);
    expect(detail.sessionIdSignature).to.have.length.greaterThan(10);
    expect(detail.bank.id).to.equal('demo-bank-pl');
    expect(detail.consents.map((c) => c.id)).to.deep.equal(['data-access', 'terms', 'privacy']);
    await reachStep(el, 'result');
    expect(title(el).textContent).to.equal('Your bank is connected');
    expect(currentStep(el)).to.equal('Done');
    expect(events.map((e) => e.type)).to.deep.equal([
      'signin-bank-select',
      'signin-step-change',
      'signin-consents-accept',
      'signin-step-change',
      'signin-popup-open',
      'signin-popup-close',
      'signin-success',
      'signin-step-change',
    ]);
    expect(callbacks.filter((c) => c === 'success')).to.have.length(1);
    expect(callbacks.filter((c) => c !== 'success')).to.deep.equal(events.map((e) => e.type));
    await expect(el).to.be.accessible();
  });

  it('names the chosen bank at the consents step, and fits its steps at 320 px in German without breaking a word', async () => {
    const { sandboxUrl } = await sandbox();
    const box = await fixture<HTMLDivElement>(html`<div class="narrow"><signin-widget locale="de" client-id="sandbox-client" api-base=${sandboxUrl} owner-external-id="u" country="PL" bank="demo-bank-pl"></signin-widget></div>`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.narrow { inline-size: 320px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const el = box.querySelector('signin-widget')!;
      await reachStep(el, 'consents');
      await waitUntil(() => title(el).textContent === 'Prüfen Sie Ihre Einwilligungen', 'German not loaded', { timeout: 5000 });
      expect(inner(el, '[part="chosen-bank"]').textContent).to.equal('Ihre Bank: Demo Bank');
      for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="step"] .label')) {
        if (label.getBoundingClientRect().width <= 1) continue; // the labels of the other steps: for screen readers only, at this width
        const range = document.createRange();
        range.selectNodeContents(label);
        // One line box per word: no word was broken across lines.
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        const words = label.textContent!.trim().split(/\s+/).length;
        expect(lines, `"${label.textContent}" on ${lines} lines`).to.be.at.most(words);
        expect(label.scrollWidth, label.textContent!).to.be.at.most(label.parentElement!.clientWidth + 1);
      }
      expect(inner(el, '[aria-current="step"] .label').getBoundingClientRect().width, 'the current step is named in view').to.be.greaterThan(40);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('shows the focus ring on the new step\'s heading after a key, not after a click', async () => {
    const el = await widget();
    const picker = inner(el, 'signin-bank-picker');
    await waitUntil(() => picker.shadowRoot!.querySelector('[role="option"]'), 'no banks', { timeout: 5000 });
    // As users do: type in the search, then click the bank with the mouse.
    picker.focus();
    await sendKeys({ type: 'Demo' });
    await realClick(picker.shadowRoot!.querySelector('[role="option"]')!);
    await reachStep(el, 'consents');
    expect(el.shadowRoot!.activeElement, 'the heading has the focus').to.equal(title(el));
    expect(title(el).matches(':focus-visible'), 'no ring after a click').to.equal(false);
    const back = inner(el, '[part="back-button"]');
    back.focus();
    await sendKeys({ press: 'Enter' });
    await reachStep(el, 'bank');
    expect(el.shadowRoot!.activeElement).to.equal(title(el));
    expect(title(el).matches(':focus-visible'), 'a ring after a key').to.equal(true);
  });

  it('starts at the consents with a preselected bank, and goes back', async () => {
    const el = await widget({ bank: 'demo-bank-pl' });
    await reachStep(el, 'consents');
    await acceptConsents(el);
    const back = inner(el, '[part~="back-button"]');
    expect(back.textContent).to.contain('Back');
    const changed = oneEvent(el, 'signin-step-change');
    back.click();
    expect((await changed).detail).to.deep.equal({ step: 'consents', previousStep: 'authorize' });
    await el.updateComplete;
    inner(el, '[part~="back-button"]').click();
    await reachStep(el, 'bank');
    expect(title(el).textContent).to.equal('Choose your bank');
  });

  it('after a final error, says so and offers "choose another bank" only', async () => {
    const el = await widget({ bank: 'demo-bank-pl' });
    expect(await failAtBank(el, 'locked')).to.deep.include({ code: 'AccessBlocked' });
    expect(title(el).textContent).to.equal('Your bank could not be connected');
    // A final error: the steps do not say "Done", and only what can work is offered.
    const steps = [...el.shadowRoot!.querySelectorAll('[part~="step"]')];
    expect(steps.map((s) => s.textContent!.trim())).to.deep.equal(['Bank', 'Consents', 'Sign in', 'Not connected']);
    expect(steps.map((s) => s.className)).to.deep.equal(['done', 'done', 'failed', 'failed']);
    const error = getComputedStyle(steps[2]!).borderTopColor;
    expect(getComputedStyle(steps[3]!).borderTopColor, 'the current, failed step is red too').to.equal(error);
    expect(error).to.not.equal(getComputedStyle(steps[0]!).borderTopColor);
    expect(launcher(el).shadowRoot!.querySelector('[part~="button"]'), 'no "Try again" after AccessBlocked').to.equal(null);
    await expect(el).to.be.accessible();
    const other = inner(el, 'signin-launcher button[slot="actions"]');
    expect(other.textContent).to.equal('Choose another bank');
    other.click();
    await reachStep(el, 'bank');
  });

  it('after "Try again", fires signin-step-change (authorize) before signin-popup-open', async () => {
    const el = await widget({ bank: 'demo-bank-pl' });
    await failAtBank(el, 'bankdown');
    await popupsClosed();
    const events = recordEvents(el, ['signin-step-change', 'signin-popup-open']);
    await realClick(launcher(el).shadowRoot!.querySelector('[part~="button"]')!);
    await waitUntil(() => events.length >= 2, 'no events', { timeout: 5000 });
    expect(events.map((e) => e.type)).to.deep.equal(['signin-step-change', 'signin-popup-open']);
    expect(events[0]!.detail).to.deep.equal({ step: 'authorize', previousStep: 'result' });
    await popup.close();
  });

  it('cleans up when removed: the popup closes, and it starts cleanly when added back', async () => {
    const el = await widget({ bank: 'demo-bank-pl' });
    await reachStep(el, 'consents');
    await acceptConsents(el);
    await launcher(el).updateComplete;
    const events = recordEvents(el, FLOW_EVENTS);
    await realClick(launcher(el).shadowRoot!.querySelector('[part~="button"]')!);
    const parent = el.parentElement!;
    el.remove();
    expect(await popupsClosed()).to.equal(0);
    parent.append(el);
    await el.updateComplete;
    await launcher(el).updateComplete;
    expect(launcher(el).status).to.equal('idle');
    expect(events.map((e) => e.type)).to.deep.equal(['signin-popup-open']);
  });

  it('shows a bad config as an error naming each field, and fires signin-config-error', async () => {
    const errors: SignInConfigErrorEvent[] = [];
    const el = await fixture<SignInWidget>(html`<signin-widget api-base="ftp://x" country="pl" @signin-config-error=${(e: SignInConfigErrorEvent) => errors.push(e)}></signin-widget>`);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.issues.map((i) => i.field)).to.have.members(['clientId', 'apiBase', 'ownerExternalId', 'country']);
    const items = [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent);
    expect(items).to.include('clientId: is required');
    expect(inner(el, '[part="error"]').getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    el.config = { clientId: 'c', apiBase: 'http://localhost:1', ownerExternalId: 'u', country: 'PL', popupTimeoutMs: 'soon' } as never;
    await el.updateComplete;
    expect(errors[1]!.detail.issues).to.deep.equal([{ field: 'popupTimeoutMs', message: 'must be a number' }]);
    el.config = { clientId: 'c', apiBase: 'http://localhost:1', ownerExternalId: 'u', country: 'PL' };
    await el.updateComplete;
    expect(title(el).textContent).to.equal('Choose your bank');
  });
});

describe('<signin-widget> with clients of its own', () => {
  it('passes its catalogClient and providerClient down: the banks and the session come from them, not from fetch', async () => {
    const banks = [{ id: 'own-1', name: 'Own Client Bank', country: 'PL', aliases: [], status: 'up' as const }];
    const catalogRequests: unknown[] = [];
    const sessions: { apiBase: string; bankId: string; mode: string }[] = [];
    const catalogClient = { load: (request: unknown) => (catalogRequests.push(request), Promise.resolve({ banks, skipped: [] })) };
    const providerClient = {
      createSession: (apiBase: string, request: { bankId: string; mode: string }) => {
        sessions.push({ apiBase, bankId: request.bankId, mode: request.mode });
        return Promise.reject(new ProviderError('bank_down', 'Own Client Bank is down.'));
      },
    };
    const el = await fixture<SignInWidget>(html`<signin-widget
      client-id="c"
      api-base="https://nowhere.invalid"
      owner-external-id="u"
      country="PL"
      mode="redirect"
      .catalogClient=${catalogClient}
      .providerClient=${providerClient}
    ></signin-widget>`);
    const picker = inner<SignInBankPicker>(el, 'signin-bank-picker');
    expect(picker.catalogClient).to.equal(catalogClient);
    await waitUntil(() => picker.shadowRoot!.querySelector('[role="option"]'), 'no banks from the client', { timeout: 5000 });
    expect(picker.shadowRoot!.querySelector('[role="option"]')!.textContent).to.contain('Own Client Bank');
    expect(catalogRequests[0]).to.deep.include({ apiBase: 'https://nowhere.invalid', country: 'PL' });
    picker.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
    await reachStep(el, 'consents');
    const failed = oneEvent(el, 'signin-error');
    await acceptConsents(el);
    expect(launcher(el).providerClient).to.equal(providerClient);
    launcher(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    expect((await failed).detail).to.include({ code: 'bank_down' });
    expect(sessions).to.deep.equal([{ apiBase: 'https://nowhere.invalid', bankId: 'own-1', mode: 'redirect' }]);
  });
});
