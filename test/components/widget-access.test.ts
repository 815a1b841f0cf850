import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SignInWidget } from '../../src/components/widget/widget.js';
import type { SignInLauncher } from '../../src/components/launcher/launcher.js';
import type { SignInBankPicker } from '../../src/components/bank-picker/bank-picker.js';
import { ProviderError, sharedProviderClient, type ProviderClientLike } from '../../src/core/flow/provider-client.js';
import type { SignInErrorEvent, SignInSuccessEvent } from '../../src/events/index.js';
import { comboboxAxe } from '../helpers/axe.js';
import { backend, popup, popupsClosed, realClick, sandbox } from '../helpers/flow.js';

// Long-lived access in the whole widget, against the sandbox: the access modes, a reconnect from
// a real token (the bank step skipped, the same access renewed), a token that no longer works, and
// two banks in a row with multi-bank.

interface WidgetOptions {
  accessMode?: string;
  accessDays?: number;
  reconnectToken?: string;
  multiBank?: boolean;
  bank?: string;
  providerClient?: ProviderClientLike;
}

async function widget(options: WidgetOptions = {}): Promise<SignInWidget> {
  const { sandboxUrl } = await sandbox();
  return fixture<SignInWidget>(
    html`<signin-widget
      client-id="sandbox-client"
      api-base=${sandboxUrl}
      owner-external-id="access-user"
      country="PL"
      bank=${options.bank ?? ''}
      access-mode=${options.accessMode ?? ''}
      access-days=${options.accessDays ?? ''}
      reconnect-token=${options.reconnectToken ?? ''}
      ?multi-bank=${options.multiBank ?? false}
      .providerClient=${options.providerClient ?? sharedProviderClient}
      .config=${{ termsUrl: '/terms', privacyUrl: '/privacy' }}
    ></signin-widget>`,
  );
}

const inner = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const title = (el: SignInWidget) => inner(el, '[part="title"]')!.textContent;
const consentsOf = (el: SignInWidget) => inner(el, 'signin-consents')! as HTMLElement & { updateComplete: Promise<void>; definitions: { id: string; label: string }[] };

async function reachStep(el: SignInWidget, step: string) {
  await waitUntil(() => el.step === step, `step ${step} not reached`, { timeout: 5000 });
  await el.updateComplete;
}

/** At the consents step: chooses `choice` (mixed), accepts every consent and continues. */
async function acceptConsents(el: SignInWidget, choice?: 'single' | 'multiple') {
  const consents = consentsOf(el);
  await consents.updateComplete;
  if (choice) {
    consents.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[choice === 'single' ? 0 : 1]!.click();
    await consents.updateComplete;
  }
  for (const box of consents.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
  await consents.updateComplete;
  consents.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
  await reachStep(el, 'authorize');
}

/** At the authorize step: opens the bank window, logs in, and waits for the success. */
async function authorize(el: SignInWidget) {
  const launcher = inner<SignInLauncher>(el, 'signin-launcher')!;
  await launcher.updateComplete;
  const succeeded = oneEvent(el, 'signin-success') as Promise<SignInSuccessEvent>;
  await realClick(launcher.shadowRoot!.querySelector('[part~="button"]')!);
  await popup.login('demo', 'demo');
  const { detail } = await succeeded;
  await reachStep(el, 'result');
  return detail;
}

const importOf = (detail: { sessionId: string; sessionIdSignature: string }) =>
  backend<{ access: { id: string; mode: string; expiresAt: string } }>('POST', '/v1/default-import', { sessionId: detail.sessionId, sessionIdSignature: detail.sessionIdSignature });

describe('<signin-widget> long-lived access', () => {
  afterEach(popupsClosed);

  it('mixed: the user chooses ongoing access; consents-accept and success carry it', async () => {
    const el = await widget({ accessMode: 'mixed', accessDays: 30, bank: 'demo-bank-pl' });
    await reachStep(el, 'consents');
    await consentsOf(el).updateComplete;
    expect(inner(consentsOf(el), '[part="access-choice"]')).to.not.equal(null);
    const accepted = oneEvent(el, 'signin-consents-accept');
    await acceptConsents(el, 'multiple');
    expect((await accepted).detail.access.mode).to.equal('multiple');
    const detail = await authorize(el);
    expect(detail.access.mode).to.equal('multiple');
    const days = (Date.parse(detail.access.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).to.be.within(29.9, 30.1);
    const imported = await importOf(detail);
    expect(imported.body.access).to.include({ mode: 'multiple' });
  });

  it('renews with a real reconnect token: starts at that bank\'s consents, renews the same access, moves its end', async () => {
    const first = await widget({ accessMode: 'multiple', accessDays: 20, bank: 'demo-bank-pl' });
    await reachStep(first, 'consents');
    await acceptConsents(first);
    const granted = await authorize(first);
    const access = (await importOf(granted)).body.access;
    const token = (await backend<{ token: string }>('POST', `/v1/accesses/${access.id}/reconnect-tokens`)).body.token;
    first.remove();

    const el = await widget({ reconnectToken: token });
    await reachStep(el, 'consents');
    expect(title(el)).to.equal('Renew access to Demo Bank');
    expect(inner(el, '[part~="back-button"]')).to.equal(null); // a renewal is of this bank only
    await consentsOf(el).updateComplete;
    expect(consentsOf(el).definitions.map((d) => d.id)).to.include('ongoing-access');
    await expect(el).to.be.accessible();
    await acceptConsents(el);
    const renewed = await authorize(el);
    expect(renewed.access).to.include({ mode: 'multiple', renewed: true });
    expect(renewed.bank.id).to.equal('demo-bank-pl');
    const again = (await importOf(renewed)).body.access;
    expect(again.id).to.equal(access.id);
    expect(Date.parse(again.expiresAt)).to.be.greaterThan(Date.parse(access.expiresAt));

    // Used up: a widget with the same token says so, fires signin-error with the code, and offers the banks.
    const errors: SignInErrorEvent[] = [];
    const used = await fixture<HTMLDivElement>(html`<div @signin-error=${(e: SignInErrorEvent) => errors.push(e)}></div>`);
    const { sandboxUrl } = await sandbox();
    used.innerHTML = `<signin-widget client-id="sandbox-client" api-base="${sandboxUrl}" owner-external-id="access-user" country="PL" reconnect-token="${token}"></signin-widget>`;
    const usedWidget = used.firstElementChild as SignInWidget;
    await waitUntil(() => errors.length > 0, 'no signin-error', { timeout: 5000 });
    expect(errors[0]!.detail.code).to.equal('reconnect_token_used');
    expect(errors[0]!.detail.bank).to.equal(undefined);
    await usedWidget.updateComplete;
    expect(inner(usedWidget, '[part="notice"]')!.textContent).to.equal('This renewal link was used already. Choose your bank below to connect it anew.');
    expect(inner(usedWidget, '[part="notice"]')!.getAttribute('role')).to.equal('alert');
    expect(usedWidget.step).to.equal('bank');
    expect(inner(usedWidget, 'signin-bank-picker')).to.not.equal(null);
  });

  it('an expired token: a clear message, signin-error with its code, and the banks to connect anew', async () => {
    const expired: ProviderClientLike = {
      createSession: (...args) => sharedProviderClient.createSession(...args),
      reconnectInfo: () => Promise.reject(new ProviderError('reconnect_token_expired', 'The reconnect token is older than 15 minutes.', 'reconnectToken', 410)),
    };
    const failed = new Promise<SignInErrorEvent>((resolve) => document.addEventListener('signin-error', (e) => resolve(e as SignInErrorEvent), { once: true }));
    const el = await widget({ reconnectToken: 'rct_expired_token_0000000000', providerClient: expired });
    expect((await failed).detail.code).to.equal('reconnect_token_expired');
    await el.updateComplete;
    expect(inner(el, '[part="notice"]')!.textContent).to.equal('This renewal link has expired. Choose your bank below to connect it anew.');
    expect(title(el)).to.equal('Choose your bank');
    const picker = inner<SignInBankPicker>(el, 'signin-bank-picker')!;
    await waitUntil(() => picker.shadowRoot!.querySelector('[role="option"]'), 'no banks', { timeout: 5000 });
    await expect(el).to.be.accessible(comboboxAxe);
    // Connecting anew is what the renewal was for: ongoing access.
    [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((option) => option.textContent!.includes('Demo Bank'))!.click();
    await reachStep(el, 'consents');
    expect(title(el)).to.equal('Review your consents');
    await consentsOf(el).updateComplete;
    expect(consentsOf(el).definitions.map((d) => d.id)).to.include('ongoing-access');
  });

  it('says it is checking the renewal while the provider answers', async () => {
    let answer: () => void = () => {};
    const slow: ProviderClientLike = {
      createSession: (...args) => sharedProviderClient.createSession(...args),
      reconnectInfo: () => new Promise((resolve) => (answer = () => resolve({ bankId: 'demo-bank-pl', accessDays: 90 }))),
    };
    const el = await widget({ reconnectToken: 'rct_slow_token_000000000000', providerClient: slow });
    expect(inner(el, '[part="notice"]')!.textContent).to.equal('Checking your renewal…');
    expect(inner(el, '[part="notice"]')!.getAttribute('role')).to.equal('status');
    answer();
    await reachStep(el, 'consents');
    expect(title(el)).to.equal('Renew access to Demo Bank');
  });

  it('a token set mid-flow starts over at its check: a failure is shown, not only fired', async () => {
    const used: ProviderClientLike = {
      createSession: (...args) => sharedProviderClient.createSession(...args),
      reconnectInfo: () => Promise.reject(new ProviderError('reconnect_token_used', 'used', 'reconnectToken', 410)),
    };
    const el = await widget({ bank: 'bank-lakowy', providerClient: used });
    await reachStep(el, 'consents');
    el.reconnectToken = 'rct_used_token_00000000000000';
    await reachStep(el, 'bank');
    await waitUntil(() => inner(el, '[part="notice"][role="alert"]'), 'no notice', { timeout: 5000 });
    expect(inner(el, '[part="notice"]')!.textContent).to.contain('This renewal link was used already.');
  });

  it('multi-bank: two banks in a row, two successes, the first marked connected, both in connections', async () => {
    const el = await widget({ multiBank: true, bank: 'demo-bank-pl' });
    const successes: SignInSuccessEvent[] = [];
    el.addEventListener('signin-success', (e) => successes.push(e));
    await reachStep(el, 'consents');
    await acceptConsents(el);
    await authorize(el);
    const another = inner<HTMLButtonElement>(el, '[part="another-bank"]')!;
    expect(another.textContent).to.equal('Connect another bank');
    await expect(el).to.be.accessible();
    another.click();
    await reachStep(el, 'bank');
    const picker = inner<SignInBankPicker & { connected: readonly string[] }>(el, 'signin-bank-picker')!;
    expect(picker.connected).to.deep.equal(['demo-bank-pl']);
    await waitUntil(() => picker.shadowRoot!.querySelector('[role="option"]'), 'no banks', { timeout: 5000 });
    const options = [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
    const demo = options.find((option) => option.textContent!.includes('Demo Bank'))!;
    expect(demo.getAttribute('aria-disabled'), 'not offered again as new').to.equal('true');
    expect(demo.textContent).to.contain('Connected');
    demo.click();
    await el.updateComplete;
    expect(el.step, 'a connected bank cannot be chosen').to.equal('bank');
    await expect(el).to.be.accessible(comboboxAxe);
    const lakowy = options.find((option) => option.textContent!.includes('Bank Łąkowy'))!;
    lakowy.click();
    await reachStep(el, 'consents');
    await acceptConsents(el);
    await authorize(el);
    expect(successes.map((e) => e.detail.bank.id)).to.deep.equal(['demo-bank-pl', 'bank-lakowy']);
    expect(el.connections.map((c) => c.bank.id)).to.deep.equal(['demo-bank-pl', 'bank-lakowy']);
    expect(el.connections[1]!.sessionId).to.equal(successes[1]!.detail.sessionId);
  });

  it('without multi-bank, the result step offers no second bank', async () => {
    const el = await widget({ bank: 'demo-bank-pl' });
    await reachStep(el, 'consents');
    await acceptConsents(el);
    await authorize(el);
    expect(inner(el, '[part="another-bank"]')).to.equal(null);
    expect(el.connections).to.have.length(1);
  });
});
