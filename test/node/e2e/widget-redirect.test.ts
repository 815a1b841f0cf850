// <signin-widget> in redirect mode (and mode="auto" in in-app browsers) across real navigations:
// the integrator's page → the sandbox bank → back, with the final event reported exactly once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { chooseBankAndConsent, continueToBank, recordEvents, returnParams, seenEvents, signInAtBank, watchPage, useServersAndBrowser } from './harness.js';

const e2e = useServersAndBrowser();

async function newPage(userAgent?: string): Promise<Page> {
  const context = await e2e.browser.newContext(userAgent ? { userAgent } : {});
  await recordEvents(context);
  return context.newPage();
}

/** Waits until the widget on the page is defined and has settled (its return handling is done). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('signin-widget') !== undefined);
  await page.evaluate(async () => {
    await (document.querySelector('signin-widget') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 150));
  });
}

describe('the widget in redirect mode', { concurrency: true }, () => {
  test('the page configures the widget before it renders: no signin-config-error, on load nor on the return', async () => {
    const page = await newPage();
    const seen = await watchPage(page);
    await page.goto(`${e2e.servers.demoUrl}/widget-redirect.html`);
    await settled(page);
    await page.locator('signin-bank-picker input').waitFor();
    assert.deepEqual(await seenEvents(page, 'signin-config-error'), []);
    assert.equal(await page.locator('#widget').getAttribute('api-base'), e2e.servers.sandboxUrl);
    await page.goto(`${e2e.servers.demoUrl}/widget-redirect.html?signin_state=x&signin_session_id=ses_x&signin_status=cancelled`);
    await settled(page);
    assert.deepEqual(await seenEvents(page, 'signin-config-error'), []);
    assert.deepEqual(await page.locator('#log li').allInnerTexts(), [], 'the event log is empty');
    assert.deepEqual(seen.errors, []);
    await page.context().close();
  });

  test('choose, consent, go to the bank in this window, come back: one signin-success; reload and Back report nothing', async () => {
    const page = await newPage();
    const seen = await watchPage(page);
    await page.goto(`${e2e.servers.demoUrl}/widget-redirect.html`);
    await chooseBankAndConsent(page);
    await continueToBank(page);
    await signInAtBank(page);
    await page.waitForURL(`${e2e.servers.demoUrl}/widget-redirect.html`);
    await page.waitForFunction(() => (window as unknown as { __events: { type: string }[] }).__events.some((e) => e.type === 'signin-success'));
    await settled(page);
    const successes = await seenEvents(page, 'signin-success');
    assert.equal(successes.length, 1);
    const detail = successes[0]?.detail ?? {};
    assert.match(String(detail.sessionId), /^ses_/);
    assert.match(String(detail.sessionIdSignature), /^[\w-]{20,}$/);
    assert.equal((detail.bank as { id: string }).id, 'demo-bank-pl');
    assert.deepEqual(returnParams(page), [], 'the address is cleaned');
    await page.locator('#import-data table').first().waitFor();
    assert.match(await page.locator('signin-launcher [part~="status"]').innerText(), /signed in at Demo Bank/i);

    await page.reload();
    await settled(page);
    assert.deepEqual(await seenEvents(page), [], 'a reload reports nothing');

    await page.goBack(); // the bank page, finished: it sends the browser back to the return URL once more
    await page.waitForURL(`${e2e.servers.demoUrl}/widget-redirect.html`);
    await settled(page);
    assert.deepEqual(await seenEvents(page, 'signin-success'), [], 'Back reports nothing');
    assert.deepEqual(returnParams(page), []);
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(seen.errors, []);
    await page.context().close();
  });

  test('a tampered state or session id in the return URL is ignored', async () => {
    const page = await newPage();
    await page.goto(`${e2e.servers.demoUrl}/widget-redirect.html`);
    await page.evaluate(() => document.addEventListener('signin-redirect', (event) => event.preventDefault(), { once: true }));
    await chooseBankAndConsent(page);
    await continueToBank(page);
    await page.waitForFunction(() => (window as unknown as { __events: { type: string }[] }).__events.some((e) => e.type === 'signin-redirect'));
    const [redirect] = await seenEvents(page, 'signin-redirect');
    assert.equal(redirect?.detail.reason, 'mode');
    const stored = await page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('signin-flow:redirect:')) ?? '';
      return JSON.parse(sessionStorage.getItem(key) ?? '{}') as { state: string; sessionId: string };
    });
    assert.ok(stored.state && stored.sessionId);
    const returnTo = (params: Record<string, string>) => `${e2e.servers.demoUrl}/widget-redirect.html?${new URLSearchParams({ signin_status: 'success', signin_signature: 'forged', ...params })}`;
    for (const params of [
      { signin_state: 'forged-state', signin_session_id: stored.sessionId },
      { signin_state: stored.state, signin_session_id: 'ses_forged' },
    ]) {
      await page.goto(returnTo(params));
      await settled(page);
      assert.deepEqual(await seenEvents(page, 'signin-success'), [], JSON.stringify(params));
      assert.deepEqual(returnParams(page), [], 'the address is cleaned anyway');
    }
    await page.context().close();
  });

  test('SignInFlow.handleReturn() on a page without the widget reports the result once', async () => {
    const page = await newPage();
    await page.goto(`${e2e.servers.demoUrl}/widget-redirect.html`);
    await page.locator('#plain-return').check();
    await chooseBankAndConsent(page);
    await continueToBank(page);
    await signInAtBank(page);
    await page.waitForURL(`${e2e.servers.demoUrl}/return-plain.html`);
    await page.locator('#import-data table').first().waitFor();
    assert.match(await page.locator('#final').innerText(), /signin-success/);
    assert.equal((await seenEvents(page, 'signin-success')).length, 1);
    assert.deepEqual(returnParams(page), []);
    await page.reload();
    await page.locator('#return-status', { hasText: 'Nothing to report' }).waitFor();
    assert.deepEqual(await seenEvents(page), []);
    await page.context().close();
  });
});

describe('mode="auto" in in-app browsers', { concurrency: true }, () => {
  const INSTAGRAM =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98 (iPhone15,2; iOS 17_5; en_US; en; scale=3.00; 1179x2556; 612345678)';
  const ANDROID_WEBVIEW =
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36';

  for (const [name, userAgent, finish] of [
    ['Instagram', INSTAGRAM, true],
    ['Android WebView', ANDROID_WEBVIEW, false],
  ] as const) {
    test(`${name}: the widget goes to the bank in this window (signin-redirect reason in-app-browser), no popup`, async () => {
      const page = await newPage(userAgent);
      await page.goto(`${e2e.servers.demoUrl}/`);
      await chooseBankAndConsent(page);
      const redirected = page.waitForURL(/\/bank\//);
      await continueToBank(page);
      await redirected;
      assert.equal(page.context().pages().length, 1, 'no popup');
      await page.goBack(); // the user comes back from the bank without signing in
      await page.waitForURL(`${e2e.servers.demoUrl}/`);
      await settled(page);
      assert.deepEqual(await seenEvents(page), [], 'coming back unfinished reports nothing');
      if (!finish) return void (await page.context().close());
      await page.goForward();
      await signInAtBank(page);
      await page.waitForURL(`${e2e.servers.demoUrl}/`);
      await page.waitForFunction(() => (window as unknown as { __events: { type: string }[] }).__events.some((e) => e.type === 'signin-success'));
      await settled(page);
      assert.equal((await seenEvents(page, 'signin-success')).length, 1);
      assert.deepEqual(returnParams(page), []);
      await page.context().close();
    });
  }

  test('the redirect event says why and which browser', async () => {
    const page = await newPage(INSTAGRAM);
    await page.goto(`${e2e.servers.demoUrl}/`);
    await page.evaluate(() => document.addEventListener('signin-redirect', (event) => event.preventDefault(), { once: true }));
    await chooseBankAndConsent(page);
    await continueToBank(page);
    await page.waitForFunction(() => (window as unknown as { __events: { type: string }[] }).__events.some((e) => e.type === 'signin-redirect'));
    // Every event: the demo page configures its documents (terms-url, privacy-url), so no signin-config-error warns of them.
    const events = await seenEvents(page);
    assert.deepEqual(events.map((e) => e.type), ['signin-redirect'], 'no popup was opened');
    assert.equal(events[0]?.detail.reason, 'in-app-browser');
    assert.equal(events[0]?.detail.browser, 'Instagram');
    assert.match(String(events[0]?.detail.url), /\/bank\//);
    await page.context().close();
  });
});
