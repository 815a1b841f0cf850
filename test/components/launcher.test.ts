import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SignInLauncher } from '../../src/components/launcher/launcher.js';
import type { Bank } from '../../src/core/protocol/catalog.js';
import type { SignInConfigErrorEvent, SignInErrorEvent, SignInRedirectEvent, SignInSuccessEvent } from '../../src/events/index.js';
import { FLOW_EVENTS, backend, nextFrame, popup, popupsClosed, realClick, recordEvents, sandbox } from '../helpers/flow.js';

const demoBank: Bank = { id: 'demo-bank-pl', name: 'Demo Bank', country: 'PL', aliases: [], status: 'up' };
const consents = [{ id: 'terms', version: '1', acceptedAt: '2025-01-31T12:00:00.000Z' }];

async function launcher(bank: Bank = demoBank, mode = 'popup'): Promise<SignInLauncher> {
  const { sandboxUrl } = await sandbox();
  const el = await fixture<SignInLauncher>(html`<signin-launcher client-id="sandbox-client" api-base=${sandboxUrl} owner-external-id="test-user" mode=${mode}></signin-launcher>`);
  el.bank = bank;
  el.consents = consents;
  await el.updateComplete;
  return el;
}

const $ = (el: SignInLauncher, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const button = (el: SignInLauncher) => $(el, '[part~="button"]');

/** Opens the popup with a real click and waits for the bank page. */
async function openPopup(el: SignInLauncher) {
  const opened = oneEvent(el, 'signin-popup-open');
  await realClick(button(el));
  await opened;
  await el.updateComplete;
}

async function failsWith(el: SignInLauncher, code: string, act: () => Promise<unknown>) {
  await openPopup(el);
  const failed = oneEvent(el, 'signin-error') as Promise<SignInErrorEvent>;
  await act();
  const { detail } = await failed;
  expect(detail.code).to.equal(code);
  expect(detail.bank?.id).to.equal(el.bank!.id);
  await el.updateComplete;
  expect(el.status).to.equal('failed');
  expect($(el, '[part="error"]').getAttribute('role')).to.equal('alert');
  return detail;
}

describe('<signin-launcher> with the sandbox provider', () => {
  afterEach(popupsClosed);

  it('reads the user agent once, not on every render', async () => {
    const userAgent = navigator.userAgent;
    let reads = 0;
    Object.defineProperty(navigator, 'userAgent', { configurable: true, get: () => (reads++, userAgent) });
    try {
      const el = await launcher(demoBank, 'auto');
      for (const locale of ['pl', 'de', 'en', 'cs']) {
        el.locale = locale;
        await el.updateComplete;
      }
      expect(button(el).textContent!.trim()).to.equal('Continue to Demo Bank');
      expect(reads).to.equal(1);
    } finally {
      delete (navigator as { userAgent?: string }).userAgent;
    }
  });

  it('names a bad mode or popup-timeout-ms in signin-config-error and uses the defaults', async () => {
    const { sandboxUrl } = await sandbox();
    const seen: SignInConfigErrorEvent[] = [];
    const el = await fixture<SignInLauncher>(
      html`<signin-launcher client-id="c" api-base=${sandboxUrl} owner-external-id="u" mode="iframe" popup-timeout-ms="99999999999" @signin-config-error=${(e: SignInConfigErrorEvent) => seen.push(e)}></signin-launcher>`,
    );
    el.bank = demoBank;
    await el.updateComplete;
    expect(seen, 'once').to.have.length(1);
    expect(seen[0]!.detail.issues).to.deep.equal([
      { field: 'mode', message: 'must be one of "auto", "popup", "redirect"' },
      { field: 'popupTimeoutMs', message: 'must be a whole number of milliseconds from 1000 to 3600000 (1 hour)' },
    ]);
    await el.updateComplete;
    expect(button(el).textContent!.trim(), 'mode auto: a popup').to.equal('Continue to Demo Bank');
    expect($(el, '.hint').textContent).to.contain('new window');
  });

  it('has a read-only status', async () => {
    const el = await launcher();
    expect(el.status).to.equal('idle');
    expect(() => ((el as unknown as { status: string }).status = 'done')).to.throw(TypeError);
  });

  it('shows the Continue button, accessible', async () => {
    const el = await launcher();
    expect(button(el).textContent!.trim()).to.equal('Continue to Demo Bank');
    await expect(el).to.be.accessible();
  });

  it('is blocked without a user gesture, then offers to try again or continue in this window', async () => {
    const el = await launcher();
    const events = recordEvents(el, FLOW_EVENTS);
    button(el).click(); // programmatic: no user gesture, the popup blocker says no
    await el.updateComplete;
    expect(events.map((e) => e.type)).to.deep.equal(['signin-popup-blocked']);
    expect(el.status).to.equal('blocked');
    expect($(el, '[part="error"]').textContent).to.contain('Your browser blocked the bank window.');
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await expect(el).to.be.accessible();
    el.addEventListener('signin-redirect', (e) => e.preventDefault());
    const redirect = oneEvent(el, 'signin-redirect') as Promise<SignInRedirectEvent>;
    $(el, '[part~="redirect-button"]').click();
    const { detail } = await redirect;
    expect(detail.url).to.match(/\/bank\/[\w-]+$/);
    expect(detail.bank.id).to.equal('demo-bank-pl');
    expect(detail.reason).to.equal('user');
    expect(el.status).to.equal('redirecting');
  });

  it('in mode="auto", continues in this window by itself when the popup is blocked', async () => {
    const el = await launcher(demoBank, 'auto');
    const events = recordEvents(el, FLOW_EVENTS);
    el.addEventListener('signin-redirect', (e) => e.preventDefault());
    const redirect = oneEvent(el, 'signin-redirect') as Promise<SignInRedirectEvent>;
    button(el).click(); // no user gesture: blocked
    const { detail } = await redirect;
    expect(events.map((e) => e.type)).to.deep.equal(['signin-popup-blocked', 'signin-redirect']);
    expect(detail.reason).to.equal('popup-blocked');
    expect(detail.url).to.match(/\/bank\/[\w-]+$/);
    const stored = Object.keys(sessionStorage).filter((key) => key.startsWith('signin-flow:redirect:'));
    expect(stored.length).to.be.greaterThan(0);
    expect(JSON.parse(sessionStorage.getItem(stored[0]!)!)).to.deep.include({ bank: demoBank, consents });
    sessionStorage.clear();
  });

  it('in mode="redirect", says so and goes to the bank in this window without a popup', async () => {
    const el = await launcher(demoBank, 'redirect');
    expect($(el, '.hint').textContent).to.equal('Your bank’s sign-in page opens in this window; you come back here when you are done.');
    el.addEventListener('signin-redirect', (e) => e.preventDefault());
    const redirect = oneEvent(el, 'signin-redirect') as Promise<SignInRedirectEvent>;
    await realClick(button(el));
    expect((await redirect).detail.reason).to.equal('mode');
    sessionStorage.clear();
  });

  it('waits for the bank, brings its window to the front, and cancels', async () => {
    const el = await launcher();
    const events = recordEvents(el, FLOW_EVENTS);
    await openPopup(el);
    expect(el.status).to.equal('waiting');
    expect($(el, '[part="status"]').textContent).to.contain('Waiting for your bank…');
    await expect(el).to.be.accessible();
    $(el, '[part~="focus-button"]').click();
    $(el, '[part~="cancel-button"]').click();
    await el.updateComplete;
    expect(events.map((e) => e.type)).to.deep.equal(['signin-popup-open', 'signin-popup-close', 'signin-cancel']);
    expect(events[2]!.detail).to.deep.include({ reason: 'user-cancel' });
    expect(el.status).to.equal('idle');
    expect(await popupsClosed()).to.equal(0);
  });

  it('reports the popup closed by the user as a cancel', async () => {
    const el = await launcher();
    const events = recordEvents(el, FLOW_EVENTS);
    await openPopup(el);
    const cancelled = oneEvent(el, 'signin-cancel');
    await popup.close();
    expect((await cancelled).detail).to.deep.include({ reason: 'popup-closed' });
    expect(events.map((e) => e.type)).to.deep.equal(['signin-popup-open', 'signin-popup-close', 'signin-cancel']);
    expect(events[1]!.detail).to.deep.include({ reason: 'user' });
    await el.updateComplete;
    expect($(el, '.notice').textContent).to.contain('The bank window was closed');
  });

  it('reports Cancel at the bank', async () => {
    const el = await launcher();
    await openPopup(el);
    const cancelled = oneEvent(el, 'signin-cancel');
    await popup.cancel();
    expect((await cancelled).detail).to.deep.include({ reason: 'bank-cancel' });
  });

  it('reports every error scenario of the sandbox with its code, and offers "Try again" only where it can work', async () => {
    const el = await launcher();
    await failsWith(el, 'BankUnavailable', () => popup.login('bankdown', 'x'));
    expect(button(el).textContent!.trim(), 'the bank may be back').to.equal('Try again');
    await failsWith(el, 'AccessBlocked', () => popup.login('locked', 'x'));
    expect($(el, '[part="error"]').textContent).to.contain('blocked online access');
    expect($(el, '[part~="button"]'), 'no "Try again" under "Contact your bank"').to.equal(null);
    await expect(el).to.be.accessible();
    const other = await launcher();
    await failsWith(other, 'AccessTemporarilyBlocked', () => popup.login('demo', 'wrong', { attempts: 3 }));
    expect($(other, '[part="error"]').textContent).to.contain('Try again later');
    expect($(other, '[part~="button"]'), 'no "Try again" under "Try again later"').to.equal(null);
  });

  it('reports a session the provider refuses (bank down) and closes the popup', async () => {
    const el = await launcher({ id: 'bank-polnocny', name: 'Bank Północny', country: 'PL', aliases: [], status: 'up' });
    const failed = oneEvent(el, 'signin-error') as Promise<SignInErrorEvent>;
    await realClick(button(el));
    const { detail } = await failed;
    expect(detail.code).to.equal('bank_down');
    await el.updateComplete;
    expect($(el, '[part="error"]').textContent).to.contain('Bank Północny is not available');
    expect(await popupsClosed()).to.equal(0);
  });

  it('ignores messages from another origin, another window, another state, or malformed', async () => {
    const el = await launcher();
    const events = recordEvents(el, FLOW_EVENTS);
    const success = { type: 'signin-flow/result', state: 'guess', sessionId: 'ses_x', sessionIdSignature: 'sig', status: 'success' };
    await openPopup(el);
    window.postMessage(success, '*'); // this page's origin, this window
    await popup.post(success); // the provider's origin and the popup, but not the session's state
    await popup.post({ ...success, status: 'done' });
    await popup.post('signin-flow/result');
    await nextFrame(100);
    expect(events.map((e) => e.type)).to.deep.equal(['signin-popup-open']);
    expect(el.status).to.equal('waiting');
    const done = oneEvent(el, 'signin-success');
    await popup.login('slow', 'demo');
    expect((await done).detail).to.include({ bank: el.bank });
    expect(events.filter((e) => e.type === 'signin-success')).to.have.length(1);
  });

  it('cleans up on removal: closes its popup, fires nothing, and starts cleanly when added back', async () => {
    const el = await launcher();
    const events = recordEvents(el, FLOW_EVENTS);
    await openPopup(el);
    const parent = el.parentElement!;
    el.remove();
    expect(await popupsClosed()).to.equal(0);
    expect(el.status).to.equal('idle');
    parent.append(el);
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Continue to Demo Bank');
    await nextFrame(700);
    expect(events.map((e) => e.type)).to.deep.equal(['signin-popup-open']);
  });
});

describe('<signin-launcher> access modes', () => {
  afterEach(popupsClosed);
  const DAY = 86_400_000;

  async function succeed(el: SignInLauncher) {
    await openPopup(el);
    const success = oneEvent(el, 'signin-success') as Promise<SignInSuccessEvent>;
    await popup.login('demo', 'demo');
    return (await success).detail;
  }

  it('asks for single access by default; the success says so', async () => {
    const detail = await succeed(await launcher());
    expect(detail.access).to.deep.equal({ mode: 'single' });
  });

  it('access-mode="multiple" access-days="30": the session asks for it, the success carries the end date', async () => {
    const el = await launcher();
    el.accessMode = 'multiple';
    el.accessDays = 30;
    await el.updateComplete;
    const before = Date.now();
    const detail = await succeed(el);
    expect(detail.access.mode).to.equal('multiple');
    const end = Date.parse(detail.access.expiresAt ?? '');
    expect(end).to.be.within(before + 30 * DAY - 60_000, Date.now() + 30 * DAY + 60_000);
    const imported = await backend<{ access?: { id: string; importsToday: number } }>('POST', '/v1/default-import', { sessionId: detail.sessionId, sessionIdSignature: detail.sessionIdSignature });
    expect(imported.body.access?.importsToday).to.equal(1);
  });

  it('renews an access with reconnect-token: the same access, renewed', async () => {
    const el = await launcher();
    el.accessMode = 'multiple';
    await el.updateComplete;
    const first = await succeed(el);
    const imported = await backend<{ access: { id: string } }>('POST', '/v1/default-import', { sessionId: first.sessionId, sessionIdSignature: first.sessionIdSignature });
    const token = await backend<{ token: string }>('POST', `/v1/accesses/${imported.body.access.id}/reconnect-tokens`);
    const again = await launcher();
    again.reconnectToken = token.body.token;
    await again.updateComplete;
    const renewed = await succeed(again);
    expect(renewed.access).to.include({ mode: 'multiple', renewed: true });
    const second = await backend<{ access: { id: string } }>('POST', '/v1/default-import', { sessionId: renewed.sessionId, sessionIdSignature: renewed.sessionIdSignature });
    expect(second.body.access.id).to.equal(imported.body.access.id);
    // Used up: a third flow with it fails with the provider's code.
    const third = await launcher();
    third.reconnectToken = token.body.token;
    await third.updateComplete;
    const failed = oneEvent(third, 'signin-error') as Promise<SignInErrorEvent>;
    await realClick(button(third));
    expect((await failed).detail.code).to.equal('reconnect_token_used');
  });

  it('names a bad access-mode or access-days in signin-config-error and asks for single access', async () => {
    const { sandboxUrl } = await sandbox();
    const seen: SignInConfigErrorEvent[] = [];
    const el = await fixture<SignInLauncher>(
      html`<signin-launcher client-id="c" api-base=${sandboxUrl} owner-external-id="u" access-mode="mixed" access-days="0" @signin-config-error=${(e: SignInConfigErrorEvent) => seen.push(e)}></signin-launcher>`,
    );
    el.bank = demoBank;
    await el.updateComplete;
    expect(seen[0]!.detail.issues.map((issue) => issue.field)).to.deep.equal(['accessMode', 'accessDays']);
  });
});
