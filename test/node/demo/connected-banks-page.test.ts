// The Connected banks panel in Chromium (popup blocker on), on the Redirection demo page under
// its strict CSP: a bank connected with multiple access shows up, Refresh imports again until the
// provider's limit (said in the live region, focus kept), Revoke asks first (Escape cancels), the
// webhooks arrive; axe finds nothing, and at 360 px nothing but the tables scrolls sideways.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { chooseBankAndConsent, continueToBank, launchBrowser, signInAtBank, watchPage } from '../e2e/harness.js';
import { connectByWidget, startAccessServers, type AccessServers } from './access-harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the Connected banks panel', () => {
  let servers: AccessServers;
  let browser: Browser;
  before(async () => {
    [servers, browser] = await Promise.all([startAccessServers(), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await servers?.close();
  });

  const idle = (page: Page) => page.waitForFunction(() => !document.querySelector('.button.busy'));
  const card = (page: Page, bank: string) => page.locator('.bank', { hasText: bank });

  test('connect with multiple access, refresh to the limit, revoke; accessible, no CSP violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = await watchPage(page);
    await page.goto(`${servers.demoUrl}/redirect.html`);
    await page.locator('.connected-banks .empty').waitFor();
    assert.equal(await page.locator('#access-days').isDisabled(), true, 'no days for single access');
    await page.getByRole('radio', { name: /^Multiple/ }).check();
    await page.getByLabel('Days of access').fill('30');
    await page.click('#connect');
    await page.waitForURL(/\/signin\/lnk_/);
    // A multiple-access link: the hosted page is the widget, with the ongoing-access consent.
    await chooseBankAndConsent(page, 'Bank Łąkowy');
    await continueToBank(page);
    await signInAtBank(page);
    await page.waitForURL(/\/redirect\.html$/);
    await page.locator('#import-data table').first().waitFor();
    assert.match(await page.locator('#import-status').innerText(), /import again until .* \(3 of 4 imports left today\)/);
    assert.match(await page.locator('#link-access').innerText(), /^Multiple until/);

    const bank = card(page, 'Bank Łąkowy');
    await bank.waitFor();
    assert.match(await bank.innerText(), /Active[\s\S]*Multiple, 30 days[\s\S]*in 30 days[\s\S]*3 of 4/);
    assert.equal(await page.locator('.all-accounts table').count(), 2, 'accounts and transactions across banks');

    const refresh = bank.getByRole('button', { name: 'Refresh Bank Łąkowy' });
    await refresh.focus();
    for (const left of ['2 of 4', '1 of 4', '0 of 4']) {
      await page.keyboard.press('Enter');
      await idle(page);
      await page.waitForFunction((text) => document.querySelector('.bank')?.textContent?.includes(text), left);
      assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action), 'Refresh', 'focus stays on Refresh');
    }
    assert.match(await page.locator('#import-status').innerText(), /Refreshed from Bank Łąkowy/);
    await page.keyboard.press('Enter');
    await idle(page);
    const status = page.locator('.connected-banks [role=status]').first();
    await page.waitForFunction(() => document.querySelector('.panel-status')?.textContent?.includes('no imports left'));
    assert.match(await status.innerText(), /no imports left today.*next one is possible in 2[34] h/);
    assert.equal(await status.getAttribute('data-kind'), 'error');

    await page.evaluate(axeSource);
    const axe = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run(context: string): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run('main');
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    assert.deepEqual(axe, [], 'axe violations');

    const revoke = bank.getByRole('button', { name: 'Revoke Bank Łąkowy' });
    await revoke.click();
    const dialog = page.getByRole('dialog', { name: 'Revoke access to Bank Łąkowy?' });
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel', 'the safe choice has the focus');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action), 'Revoke', 'focus back on Revoke');
    assert.match(await bank.innerText(), /Active/);
    await revoke.click();
    await dialog.getByRole('button', { name: 'Revoke access' }).click();
    await idle(page);
    await page.waitForFunction(() => document.querySelector('.bank')?.getAttribute('data-status') === 'revoked');
    assert.match(await status.innerText(), /Access to Bank Łąkowy revoked/);
    assert.equal(await bank.getByRole('button').count(), 0, 'nothing to do with a revoked access');
    await page.locator('.webhook-list code', { hasText: 'access.revoked' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(seen, { violations: [], errors: [] });
    await context.close();
  });

  test('at 360 px the page does not scroll sideways; the tables do, with their hint until their end', async () => {
    // The same bank twice: two connections, one bank.
    for (let i = 0; i < 2; i++) assert.equal((await connectByWidget(servers, 'zolty-bank-spoldzielczy', 'multiple')).status, 200);
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, colorScheme: 'dark' });
    const page = await context.newPage();
    for (const path of ['/redirect.html', '/']) {
      await page.goto(`${servers.demoUrl}${path}`);
      await card(page, 'Żółty Bank Spółdzielczy').first().waitFor();
      await page.locator('.all-accounts table').first().waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path}: no sideways page scroll`);
      const activeBanks = new Set((await page.locator('.bank[data-status="active"] .bank-name').allInnerTexts()).map((name) => name.trim()));
      const said = Number(/accounts at (\d+) bank/.exec(await page.locator('.all-accounts .note').first().innerText())?.[1]);
      assert.equal(said, activeBanks.size, `${path}: each bank counted once (${[...activeBanks].join(', ')})`);
    }
    const wrap = page.locator('.all-accounts .table-wrap').last();
    const hint = wrap.locator('.scroll-hint');
    await hint.waitFor({ state: 'visible' });
    assert.equal(await hint.innerText(), 'Scroll sideways for more →');
    await wrap.locator('.table-scroll').evaluate((scroller) => scroller.scrollTo({ left: scroller.scrollWidth }));
    await page.waitForFunction(() => getComputedStyle(document.querySelectorAll('.all-accounts .scroll-hint')[1]!).visibility === 'hidden');
    await context.close();
  });
});
