// Redirection mode with long-lived access, in Chromium against the real sandbox: a `mixed` link's
// hosted page is the widget, where the user chooses ongoing access; then a renewal link of that
// access (reconnectAccessId) opens the widget at the consents of its bank, titled as a renewal,
// and renews the same access.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { DefaultImportResponse } from '../../../src/core/protocol/default-import.js';
import type { LinkInfo } from '../../../src/core/protocol/link.js';
import { launchBrowser, signInAtBank, startServers, watchPage, type Servers } from './harness.js';

let servers: Servers;
let browser: Browser;

before(async () => {
  [servers, browser] = await Promise.all([startServers({ accessDays: 180 }), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${servers.sandboxUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${servers.secret}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** The return URL is the integrator's page: answered here, so the test reads its parameters. */
async function landing(page: Page): Promise<string> {
  const url = `${servers.demoUrl}/landing`;
  await page.route(`${url}*`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Back</title><h1>Back at the shop</h1>' }));
  return url;
}

/** At the widget's consents: accepts every consent and goes on to the bank, in this window. */
async function acceptAndGo(page: Page): Promise<void> {
  for (const box of await page.locator('signin-consents [part~="checkbox"]').all()) await box.check();
  await page.locator('signin-consents [part="button"]').click();
  await page.locator('signin-launcher [part="button"]').click();
  await signInAtBank(page);
  await page.waitForURL(/\/landing\?/);
}

test('redirection with mixed access, then a renewal link: the hosted widget asks, renews the same access', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watched = await watchPage(page);
  const returnUrl = await landing(page);

  // mixed: the user chooses at the consents; nothing is chosen for them.
  const link = await api<{ id: string; url: string }>('POST', '/v1/signin-links', { ownerExternalId: 'e2e-hosted', returnUrl, country: 'PL', locale: 'en', accessMode: 'mixed', accessDays: 45 });
  assert.equal(link.status, 201);
  await page.goto(link.body.url);
  const input = page.locator('signin-bank-picker input');
  await input.click();
  await page.keyboard.type('Demo Bank');
  await page.locator('signin-bank-picker [part~="option"]', { hasText: 'Demo Bank' }).first().click();
  const radios = page.locator('signin-consents [part="access-choice"] input[type="radio"]');
  assert.equal(await radios.count(), 2);
  assert.deepEqual(await radios.evaluateAll((inputs) => inputs.map((radio) => (radio as HTMLInputElement).checked)), [false, false]);
  assert.equal(await page.locator('signin-consents [part="button"]').getAttribute('aria-disabled'), 'true');
  await page.locator('signin-consents label', { hasText: 'ongoing access' }).click();
  assert.equal(await page.locator('signin-consents [part~="checkbox"]').count(), 4, 'data access, the provider’s terms and privacy notice, ongoing access');
  assert.equal(await page.locator('signin-consents a[href^="/terms"]').getAttribute('href'), '/terms?locale=en');
  await acceptAndGo(page);
  const back = new URL(page.url()).searchParams;
  assert.deepEqual([back.get('signin_status'), back.get('signin_access_mode')], ['success', 'multiple']);
  const days = (Date.parse(back.get('signin_access_expires_at') ?? '') - Date.now()) / 86_400_000;
  assert.ok(days > 44.9 && days < 45.1, `45 days: ${days}`);

  const status = await api<LinkInfo>('GET', `/v1/signin-links/${link.body.id}`);
  const imported = await api<DefaultImportResponse>('POST', '/v1/default-import', { sessionId: status.body.sessionId, sessionIdSignature: status.body.sessionIdSignature });
  const accessId = imported.body.access?.id ?? '';
  assert.match(accessId, /^acc_/);
  const before = imported.body.access?.expiresAt ?? '';

  // A renewal link of that access: the widget starts at the consents of Demo Bank, titled as a renewal.
  const renew = await api<{ id: string; url: string }>('POST', '/v1/signin-links', { ownerExternalId: 'e2e-hosted', returnUrl, locale: 'en', reconnectAccessId: accessId });
  assert.equal(renew.status, 201);
  await page.goto(renew.body.url);
  await page.locator('signin-widget [part="title"]', { hasText: 'Renew access to Demo Bank' }).waitFor();
  assert.equal(await page.locator('signin-widget [part~="back-button"]').count(), 0);
  assert.equal(await page.locator('signin-consents [part="access-choice"]').count(), 0, 'a renewal is ongoing access: nothing to choose');
  await acceptAndGo(page);
  const renewed = new URL(page.url()).searchParams;
  assert.deepEqual([renewed.get('signin_status'), renewed.get('signin_access_mode'), renewed.get('signin_access_renewed')], ['success', 'multiple', 'true']);
  assert.ok(Date.parse(renewed.get('signin_access_expires_at') ?? '') >= Date.parse(before), 'the end moved on (or stayed, within the same second)');
  const renewStatus = await api<LinkInfo>('GET', `/v1/signin-links/${renew.body.id}`);
  assert.equal(renewStatus.body.access?.id, accessId, 'the same access, renewed');
  assert.deepEqual(watched.errors, []);
  await context.close();
});
