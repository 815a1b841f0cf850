// Links that end without the bank: never opened → `expired` (the hosted page answers 410); opened
// and left → `abandoned` after the TTL. A sandbox with short TTLs, the demo page reading the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, startServers, type Servers } from './harness.js';

const TTL_MS = 2_000;
let servers: Servers;
let browser: Browser;
before(async () => {
  [servers, browser] = await Promise.all([startServers({ ttlMs: TTL_MS, linkTtlMs: TTL_MS }), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

test('a link never opened expires (hosted page 410, demo shows expired); one opened and left is abandoned', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Never opened: created by the demo's backend, then left alone.
  const created = await page.request.post(`${servers.demoUrl}/api/signin-links`);
  assert.equal(created.status(), 201);
  const unopened = (await created.json()) as { id: string; url: string };

  // Opened and left: the hosted page, then Back to the demo page without going on.
  await page.goto(`${servers.demoUrl}/redirect.html`);
  await page.click('#connect');
  await page.waitForURL(/\/signin\/lnk_/);
  await page.locator('signin-bank-picker').waitFor();
  const left = new URL(page.url()).pathname.split('/')[2] ?? '';
  await page.goBack();
  await page.waitForURL(`${servers.demoUrl}/redirect.html`);
  await page.locator('#link-status[data-status="pending"]').waitFor();
  assert.equal(await page.locator('#link-id').innerText(), left);

  await page.waitForTimeout(TTL_MS + 200);
  await page.click('#refresh');
  await page.locator('#link-status[data-status="abandoned"]').waitFor();
  assert.equal(await page.locator('#results').isHidden(), true);

  const closed = await page.goto(unopened.url);
  assert.equal(closed?.status(), 410);
  assert.match(await page.locator('h1').innerText(), /no longer valid/);
  await page.goto(`${servers.demoUrl}/redirect.html?signin_link_id=${unopened.id}&signin_status=success`);
  await page.locator('#link-status[data-status="expired"]').waitFor();
  assert.match(await page.locator('#url-note').innerText(), /API says expired/);
  await context.close();
});
