// `npm run storybook` (the dev server, where Vite pre-bundles dependencies): one Lit on the page
// and no onboarding checklist.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { freePort, launchBrowser } from './harness.js';

let browser: Browser;
let url = '';
let stop = () => {};

before(async () => {
  const port = await freePort();
  url = `http://localhost:${port}`;
  // Its own process group, so that stopping it stops whatever it started.
  const child = spawn(join('node_modules', '.bin', 'storybook'), ['dev', '-p', String(port), '--ci', '--no-open', '--no-version-updates', '--quiet'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  browser = await launchBrowser();
  const deadline = Date.now() + 150_000;
  for (;;) {
    const ok = await fetch(`${url}/index.json`).then((response) => response.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('storybook dev did not start');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
});
after(async () => {
  stop();
  await browser?.close();
});

test('storybook dev: one Lit on the page, no onboarding checklist', { timeout: 240_000 }, async () => {
  const page = await browser.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => warnings.push(message.text()));
  await page.goto(`${url}/?path=/docs/elements-widget--docs`);
  const preview = page.frameLocator('#storybook-preview-iframe');
  await preview.locator('signin-widget').first().waitFor({ timeout: 180_000 });
  await page.waitForTimeout(1000);
  const frame = page.frames().find((candidate) => candidate.url().includes('iframe.html'));
  assert.deepEqual(await frame?.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions?.length), 1, 'one lit-html');
  assert.deepEqual(warnings.filter((text) => /Multiple versions of Lit/.test(text)), []);
  assert.equal(await page.getByText('Get started', { exact: true }).count(), 0, 'no onboarding checklist');
  await page.close();
});
