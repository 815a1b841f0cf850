// The popup demo page (/) in Chromium (popup blocker on), under its strict CSP: the access control
// above the widget feeds its access-mode and access-days, the widget has multi-bank on, and
// Reconnect in the Connected banks panel renews through the widget: a reconnect token from the
// demo's backend on the widget's reconnect-token (with access-mode multiple), the renewal's
// consents, the bank in a popup, the same connection renewed. The Redirection page keeps its link.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchPage } from '../e2e/harness.js';
import { api, connectByWidget, startAccessServers, type AccessServers } from './access-harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the popup demo page: access control and Reconnect through the widget', () => {
  let servers: AccessServers;
  let browser: Browser;
  before(async () => {
    [servers, browser] = await Promise.all([startAccessServers(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await servers?.close();
  });

  let usedToken = '';
  const attributes = (page: Page) =>
    page.locator('#widget').evaluate((widget) => ({
      mode: widget.getAttribute('access-mode'),
      days: widget.getAttribute('access-days'),
      multiBank: widget.hasAttribute('multi-bank'),
      token: widget.getAttribute('reconnect-token'),
    }));

  test('the access control sets access-mode and access-days; multi-bank is on', async () => {
    const page = await browser.newPage();
    const seen = await watchPage(page);
    await page.goto(`${servers.demoUrl}/`);
    await page.locator('signin-bank-picker').waitFor();
    assert.deepEqual(await attributes(page), { mode: 'single', days: null, multiBank: true, token: null });
    assert.equal(await page.locator('#access-days').isDisabled(), true, 'no days for single access');
    await page.getByRole('radio', { name: /^Let me choose/ }).check();
    await page.getByLabel('Days of access').fill('30');
    assert.deepEqual(await attributes(page), { mode: 'mixed', days: '30', multiBank: true, token: null });
    // Out of range: the widget keeps the last valid days, and the field says it is invalid.
    await page.getByLabel('Days of access').fill('400');
    assert.equal(await page.locator('#access-days').getAttribute('aria-invalid'), 'true');
    assert.equal((await attributes(page)).days, '30');
    await page.getByRole('radio', { name: /^Multiple/ }).check();
    await page.getByLabel('Days of access').fill('60');
    assert.deepEqual(await attributes(page), { mode: 'multiple', days: '60', multiBank: true, token: null });
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(context: string): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run('#access-choice');
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(axe, [], 'axe violations of the access control');
    assert.deepEqual(seen, { violations: [], errors: [] });
    await page.close();
  });

  test('Reconnect: a reconnect token on the widget, the renewal in a popup, the same connection renewed', async () => {
    const connected = await connectByWidget(servers, 'bank-lakowy', 'multiple');
    assert.equal(connected.status, 200);
    const connectionId = String((connected.body.access as { connectionId: string }).connectionId);
    const before = (await api(servers.demoUrl, '/api/accesses')).body.accesses as { id: string; expiresAt: string }[];
    const expiresAt = before.find((access) => access.id === connectionId)!.expiresAt;
    // A day later, so that the renewal moves the end date.
    assert.equal((await api(servers.demoUrl, '/api/sandbox/clock', { body: { days: 1 } })).status, 200);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = await watchPage(page);
    await page.goto(`${servers.demoUrl}/`);
    const reconnect = page.locator('.bank', { hasText: 'Bank Łąkowy' }).getByRole('button', { name: 'Reconnect Bank Łąkowy' });
    await reconnect.click();
    await page.waitForFunction(() => document.querySelector('#widget')?.hasAttribute('reconnect-token'));
    const set = await attributes(page);
    assert.equal(set.mode, 'multiple');
    assert.equal(set.days, '180', 'renewed for the days it was granted');
    assert.match(set.token ?? '', /^\S{16,}$/);
    assert.equal(await page.getByRole('radio', { name: /^Multiple/ }).isChecked(), true, 'the control shows the mode');
    assert.match(await page.locator('.panel-status').innerText(), /The widget above renews Bank Łąkowy/);
    assert.equal(page.url(), `${servers.demoUrl}/`, 'no link, no navigation');

    // The widget takes the user to the renewal's consents and focuses its title.
    const title = page.locator('signin-widget [part="title"]');
    await page.waitForFunction(() => document.querySelector('#widget')?.shadowRoot?.querySelector('[part="title"]')?.textContent === 'Renew access to Bank Łąkowy');
    await page.waitForFunction(() => document.querySelector('#widget')?.shadowRoot?.activeElement?.getAttribute('part') === 'title');
    assert.ok(await title.evaluate((node) => node.getBoundingClientRect().top >= 0 && node.getBoundingClientRect().bottom <= window.innerHeight), 'the widget is in view');

    for (const box of await page.locator('signin-consents [part~="checkbox"]').all()) await box.check();
    await page.locator('signin-consents [part="button"]').click();
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('signin-launcher [part~="button"]').click()]);
    await popup.locator('#username').fill('demo');
    await popup.locator('#password').fill('demo');
    await popup.locator('#password').press('Enter');
    await page.locator('#import-data table').first().waitFor();
    assert.match(await page.locator('#import-status').innerText(), /Imported \d+ accounts .* import again until/);
    await page.waitForFunction(() => !document.querySelector('#widget')?.hasAttribute('reconnect-token'));

    const after = (await api(servers.demoUrl, '/api/accesses')).body.accesses as { id: string; expiresAt: string; renewedAt?: string }[];
    const renewed = after.filter((access) => access.id === connectionId);
    assert.equal(renewed.length, 1, 'the same connection, not a new one');
    assert.ok(Date.parse(renewed[0]!.expiresAt) > Date.parse(expiresAt), 'its end moved on');
    assert.deepEqual(seen, { violations: [], errors: [] });
    await context.close();
    usedToken = set.token ?? '';
  });

  test('a token that no longer works: the widget says so, the panel says to press Reconnect again', async () => {
    assert.ok(usedToken, 'the renewal above ran');
    const page = await browser.newPage();
    // The backend hands out the token the renewal above used up.
    await page.route('**/api/accesses/*/reconnect-token', (route) => route.fulfill({ status: 201, json: { token: usedToken, expiresAt: new Date().toISOString(), bankId: 'bank-lakowy' } }));
    await page.goto(`${servers.demoUrl}/`);
    await page.locator('.bank', { hasText: 'Bank Łąkowy' }).getByRole('button', { name: 'Reconnect Bank Łąkowy' }).click();
    await page.waitForFunction(() => document.querySelector('.panel-status')?.textContent?.includes('reconnect_token_used'));
    assert.match(await page.locator('.panel-status').innerText(), /The renewal could not start \(reconnect_token_used\): press Reconnect again/);
    assert.equal(await page.locator('.panel-status').getAttribute('data-kind'), 'error');
    assert.match(await page.locator('signin-widget [part="notice"]').innerText(), /used already/);
    assert.equal((await attributes(page)).token, null);
    await page.close();
  });

  test('a reconnect token the backend cannot get: the panel says why, the widget is left as it was', async () => {
    const connected = await connectByWidget(servers, 'zolty-bank-spoldzielczy', 'multiple');
    const connectionId = String((connected.body.access as { connectionId: string }).connectionId);
    assert.equal((await api(servers.demoUrl, `/api/accesses/${connectionId}`, { method: 'DELETE' })).status, 200);
    const page = await browser.newPage();
    await page.goto(`${servers.demoUrl}/`);
    // Revoked: no Reconnect button; ask the route as the button would, from the page.
    await page.locator('.bank[data-status="revoked"]').first().waitFor();
    const answer = await page.evaluate(async (id) => {
      const response = await fetch(`/api/accesses/${id}/reconnect-token`, { method: 'POST' });
      return { status: response.status, body: (await response.json()) as { error?: { code: string } } };
    }, connectionId);
    assert.deepEqual([answer.status, answer.body.error?.code], [410, 'access_revoked']);
    assert.equal((await attributes(page)).token, null);
    assert.match(await page.locator('.bank[data-status="revoked"]').first().innerText(), /Connect it again to import its data/);
    await page.close();
  });

  test('the Redirection demo page keeps its link-based Reconnect', async () => {
    const page = await browser.newPage();
    await page.goto(`${servers.demoUrl}/redirect.html`);
    const reconnect = page.locator('.bank', { hasText: 'Bank Łąkowy' }).getByRole('button', { name: 'Reconnect Bank Łąkowy' });
    await Promise.all([page.waitForURL(/\/signin\/lnk_/), reconnect.click()]);
    await page.close();
  });
});
