// The configurator page of the demo under its strict CSP (`style-src 'self'`, Trusted Types): presets,
// a failing brand colour with its fix, and every state of the preview, without a single violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watchPage, useServersAndBrowser } from './harness.js';

const e2e = useServersAndBrowser();

test('configurator.html: presets, a contrast fix and every preview state, with no CSP violation', async () => {
  const page = await e2e.browser.newPage();
  const seen = await watchPage(page);
  const response = await page.goto(`${e2e.servers.demoUrl}/configurator.html`);
  assert.match(response?.headers()['content-security-policy'] ?? '', /style-src 'self'/);
  const root = page.locator('signin-configurator');
  await root.locator('input[name="preset"][value="friendly"]').check();
  // The preset swatches show their colours (set through the CSSOM, not a style attribute).
  const swatch = root.locator('.preset-swatch').first();
  assert.notEqual(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)');
  await root.locator('#s-colorPrimary').fill('#fef08a');
  const fix = root.locator('button.contrast-fix, [part~="contrast-fix"], button:has(.fix-swatch)').first();
  await fix.waitFor();
  await fix.click();
  const states = await root.locator('#preview-state option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  assert.ok(states.length >= 10, `preview states: ${states.join(', ')}`);
  for (const state of states) {
    await root.locator('#preview-state').selectOption(state);
    await page.waitForTimeout(150);
  }
  assert.deepEqual(seen.violations, [], 'no CSP violation');
  assert.deepEqual(seen.errors, []);
  await page.close();
});
