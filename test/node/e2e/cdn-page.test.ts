import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
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

test('the classic CDN page works under a strict CSP with Trusted Types and reports no violation', async () => {
  const page = await browser.newPage();
  const seen = await watchPage(page);
  const response = await page.goto(`${servers.demoUrl}/cdn.html`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /style-src 'self'/);
  assert.match(csp, /require-trusted-types-for 'script'/);
  await page.locator('signin-bank-picker input').click();
  await page.keyboard.type('munch');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('#log li').first().waitFor();
  assert.match(await page.locator('#log').innerText(), /Münchner Volksbank/);
  assert.equal(await page.evaluate(() => (window as unknown as { SignInFlow?: { VERSION: string } }).SignInFlow?.VERSION), (await import('../../../src/version.js')).VERSION);
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});
