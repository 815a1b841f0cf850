// The CDN path end to end: the classic script (loaded twice), SignInFlow.embed(), a whole popup
// flow through the sandbox under a strict CSP with Trusted Types, and destroy() cleaning up.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { VERSION } from '../../../src/version.js';
import { launchBrowser, startServers, watchPage, type Servers } from './harness.js';

let servers: Servers;
let browser: Browser;
before(async () => {
  servers = await startServers();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

interface Call {
  name: string;
  type?: string;
}
const calls = (page: Page) => page.evaluate(() => (window as unknown as { signinCallbacks: Call[] }).signinCallbacks);

/** Counts the window's 'message' listeners and live intervals, to see what destroy() leaves behind. */
function trackListenersAndTimers() {
  const w = window as unknown as { __live: { message: number; intervals: Set<number> } };
  const live = (w.__live = { message: 0, intervals: new Set<number>() });
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  const listeners = new Set<unknown>();
  window.addEventListener = ((type: string, listener: unknown, options?: unknown) => {
    if (type === 'message' && !listeners.has(listener)) {
      listeners.add(listener);
      live.message++;
    }
    return add(type, listener as EventListener, options as AddEventListenerOptions);
  }) as typeof window.addEventListener;
  window.removeEventListener = ((type: string, listener: unknown, options?: unknown) => {
    if (type === 'message' && listeners.delete(listener)) live.message--;
    return remove(type, listener as EventListener, options as EventListenerOptions);
  }) as typeof window.removeEventListener;
  const setI = window.setInterval.bind(window);
  const clearI = window.clearInterval.bind(window);
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setI(handler, ms, ...args);
    live.intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.intervals.delete(id);
    clearI(id);
  }) as typeof window.clearInterval;
}

/** Picks Demo Bank with the keyboard and accepts the consents; leaves the launcher's Continue button. */
async function toAuthorize(page: Page) {
  await page.locator('signin-bank-picker input[role="combobox"]').click();
  await page.keyboard.type('Demo Bank');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const boxes = page.locator('signin-consents input[type="checkbox"]');
  await boxes.first().waitFor();
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.locator('signin-consents [part~="button"]').click();
  await page.locator('signin-launcher [part~="button"]').waitFor();
}

test('classic script twice + embed(): a whole popup flow under strict CSP and Trusted Types, callbacks once, no violation', async () => {
  const page = await browser.newPage();
  const seen = await watchPage(page);
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const response = await page.goto(`${servers.demoUrl}/cdn.html`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  for (const directive of ["script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'"]) assert.ok(csp.includes(directive), `CSP has ${directive}`);
  await page.waitForFunction(() => (window as unknown as { signinHandle?: unknown }).signinHandle);
  // The same script a second time (a page that includes it twice): nothing registers twice.
  // (a string, so that nothing of the test's transpiler reaches the page)
  await page.evaluate(`new Promise((resolve, reject) => {
    const policy = trustedTypes.createPolicy('e2e', { createScriptURL: (url) => url });
    const script = document.createElement('script');
    script.src = policy.createScriptURL('/dist/cdn/signin-flow.min.js');
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  })`);

  assert.equal(await page.evaluate(() => (window as unknown as { SignInFlow: { VERSION: string } }).SignInFlow.VERSION), VERSION);

  await toAuthorize(page);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('signin-launcher [part~="button"]').click()]);
  await popup.locator('#username').waitFor();
  await popup.locator('#username').fill('demo');
  await popup.locator('#password').fill('demo');
  await popup.locator('#password').press('Enter');
  await page.waitForFunction(() => (window as unknown as { signinCallbacks: Call[] }).signinCallbacks.some((c) => c.name === 'onSuccess'));
  await page.waitForTimeout(300); // a second, duplicate callback would arrive now
  const all = await calls(page);
  assert.equal(all.filter((c) => c.name === 'onSuccess').length, 1, 'onSuccess once');
  assert.equal(all.filter((c) => c.type === 'signin-success').length, 1, 'onEvent(signin-success) once');
  assert.deepEqual(all.filter((c) => c.name === 'onError' || c.name === 'onCancel'), []);
  assert.deepEqual(seen.violations, [], 'no CSP violation in the page or the bank window');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(warnings.filter((w) => w.includes('signin-flow')), [], 'same version loaded twice: no warning');
  await page.close();
});

test('destroy() closes the bank window and leaves no listener or timer behind', async () => {
  const context = await browser.newContext();
  await context.addInitScript(trackListenersAndTimers);
  const page = await context.newPage();
  await page.goto(`${servers.demoUrl}/cdn.html`);
  await page.waitForFunction(() => (window as unknown as { signinHandle?: unknown }).signinHandle);
  const live = () => page.evaluate(() => {
    const l = (window as unknown as { __live: { message: number; intervals: Set<number> } }).__live;
    return { message: l.message, intervals: l.intervals.size };
  });
  const before = await live();
  await toAuthorize(page);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('signin-launcher [part~="button"]').click()]);
  await popup.locator('#username').waitFor();
  const during = await live();
  assert.ok(during.message > before.message && during.intervals > before.intervals, `the flow listens and polls while the bank window is open (${JSON.stringify(during)})`);
  await page.evaluate(() => (window as unknown as { signinHandle: { destroy(): void } }).signinHandle.destroy());
  await popup.waitForEvent('close', { timeout: 3000 });
  assert.equal(await page.locator('signin-widget').count(), 0);
  assert.deepEqual(await live(), before);
  await context.close();
});

test('the classic script twice under `trusted-types lit-html`: the second copy stops before Lit asks for a second policy', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  // A page of the integrator's whose CSP allows exactly one policy named lit-html, no duplicates.
  await page.route(`${servers.demoUrl}/tt-twice.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html" },
      body: '<!doctype html><title>twice</title><script src="/dist/cdn/signin-flow.min.js"></script><script src="/dist/cdn/signin-flow.min.js?again"></script><signin-bank-picker></signin-bank-picker>',
    }),
  );
  await page.goto(`${servers.demoUrl}/tt-twice.html`);
  await page.waitForFunction(() => customElements.get('signin-widget') !== undefined);
  await page.locator('signin-bank-picker input').waitFor();
  assert.deepEqual(errors, []);
  assert.equal(await page.evaluate(() => (window as unknown as { SignInFlow: { VERSION: string } }).SignInFlow.VERSION), VERSION);
  await page.close();
});
