// Redirection through the provider's hosted page, across real navigations: the demo's backend
// creates a link → the sandbox's /signin/:linkId (the widget in redirect mode) → the bank → back
// on the demo page, which reads the status from the API (never from its address) and imports.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { chooseBankAndConsent, continueToBank, returnParams, signInAtBank, watchPage, useServersAndBrowser } from './harness.js';

const e2e = useServersAndBrowser();

/** Demo page → hosted page → bank (signs in as `username`) → back on the demo page; the link id. */
async function connect(page: Page, username: string): Promise<string> {
  await page.goto(`${e2e.servers.demoUrl}/redirect.html`);
  await page.click('#connect');
  await page.waitForURL(new RegExp(`^${e2e.servers.sandboxUrl}/signin/lnk_[\\w-]+$`));
  const linkId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await chooseBankAndConsent(page);
  await continueToBank(page);
  await signInAtBank(page, username, 'demo');
  await page.waitForURL(`${e2e.servers.demoUrl}/redirect.html`);
  return linkId;
}

const badge = (page: Page) => page.locator('#link-status');

describe('Redirection through the hosted page', { concurrency: true }, () => {
  test('link → hosted widget → bank → back: success read from the API, accounts imported; no signature in the browser', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const seen = await watchPage(page);
    const urls: string[] = [];
    const bodies: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    page.on('response', (response) => {
      if (response.url().includes('/api/signin-links')) void response.text().then((text) => bodies.push(text), () => {});
    });
    const hosted = page.waitForResponse((response) => /\/signin\/lnk_[\w-]+$/.test(response.url()));
    const linkId = await connect(page, 'demo');
    const csp = (await hosted).headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe/);
    await page.locator('#import-data table').first().waitFor();
    assert.equal(await badge(page).innerText(), 'success');
    assert.equal(await page.locator('#link-id').innerText(), linkId);
    assert.match(await page.locator('#import-status').innerText(), /Imported \d accounts/);
    assert.deepEqual(returnParams(page), [], 'the address is cleaned');
    assert.ok(urls.some((url) => url.includes(`signin_link_id=${linkId}`)), 'the return URL carried the link id');
    assert.equal(urls.filter((url) => /signin_signature|signin_session_id|signin_state/.test(url)).length, 0, 'no session id nor signature in any URL');
    assert.equal(bodies.filter((body) => body.includes('sessionIdSignature')).length, 0, 'the demo backend keeps the signature');

    await page.reload();
    await page.locator('#import-data table').first().waitFor();
    assert.equal(await badge(page).innerText(), 'success', 'a reload shows the same link and import');
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });

  test('a tampered status or link id in the return URL is not trusted', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const linkId = await connect(page, 'locked');
    await page.locator('#link-status[data-status="failed"]').waitFor();
    assert.match(await page.locator('#link-message').innerText(), /AccessBlocked/);
    assert.equal(await page.locator('#results').isHidden(), true, 'nothing imported');

    await page.goto(`${e2e.servers.demoUrl}/redirect.html?signin_link_id=${linkId}&signin_status=success`);
    await page.locator('#link-status[data-status="failed"]').waitFor();
    assert.match(await page.locator('#url-note').innerText(), /signin_status=success.*API says failed/);
    assert.equal(await page.locator('#results').isHidden(), true);
    assert.deepEqual(returnParams(page), []);

    await page.goto(`${e2e.servers.demoUrl}/redirect.html?signin_link_id=lnk_forged&signin_status=success`);
    await page.locator('#link-error').waitFor();
    assert.match(await page.locator('#link-error').innerText(), /unknown[\s\S]*created no such link[\s\S]*lnk_forged/i);
    assert.equal(await page.locator('#results').isHidden(), true);
    const api = await page.request.post(`${e2e.servers.demoUrl}/api/signin-links/lnk_forged/import`);
    assert.equal(api.status(), 404);
    await context.close();
  });
});
