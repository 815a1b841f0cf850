// A branded link's hosted page in Chromium (issue #21): the brand colour on the primary button
// (computed style), the name and the logo, forced light and dark whatever the system's theme, the
// page's own chrome in the tokens, a failing logo replaced by the name; no CSP violation, axe clean.
// A link without brand looks as before.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { watchPage, useServersAndBrowser } from './harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LOGO_URL = 'https://cdn.shop.example/logo.svg';
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><rect width="160" height="40" rx="6" fill="#0a7d5a"/><text x="12" y="27" font-size="20" fill="#fff">Demo Shop</text></svg>';
// The brand colour of each forced theme: the integrator picks one that reads on that theme's surfaces.
const GREEN = { light: ['#0a7d5a', 'rgb(10, 125, 90)'], dark: ['#34d399', 'rgb(52, 211, 153)'] } as const;

const e2e = useServersAndBrowser();

/** Creates a link at the sandbox as an integrator backend does; its hosted page URL. */
async function createLink(body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${e2e.servers.sandboxUrl}/v1/signin-links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${e2e.servers.secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ownerExternalId: 'user-brand', returnUrl: `${e2e.servers.demoUrl}/redirect.html`, ...body }),
  });
  assert.equal(response.status, 201, await response.clone().text());
  return ((await response.json()) as { url: string }).url;
}

/** A page whose system theme is `scheme`; the logo's host answers with `logo` (an SVG, or a 404). */
async function open(url: string, scheme: 'light' | 'dark', logo: 'ok' | 'missing' = 'ok') {
  const context = await e2e.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = await watchPage(page);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) consoleErrors.push(message.text());
  });
  await context.route(`${new URL(LOGO_URL).origin}/**`, (route) =>
    logo === 'ok' ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: LOGO }) : route.fulfill({ status: 404, contentType: 'text/plain', body: 'no' }),
  );
  await page.goto(url);
  await page.locator('signin-bank-picker input').waitFor();
  return { context, page, seen, consoleErrors };
}

/** Picks a bank: the consents' primary button ("Continue") shows. */
async function toConsents(page: Page): Promise<void> {
  await page.locator('signin-bank-picker input').click();
  await page.keyboard.type('Demo Bank');
  await page.locator('signin-bank-picker [part~="option"]', { hasText: 'Demo Bank' }).first().click();
  await page.locator('signin-consents [part="button"]').waitFor();
}

const background = (page: Page, selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: string): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run('main');
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown; failureSummary?: string }).target))} ${(v.nodes[0] as { failureSummary?: string }).failureSummary ?? ''}`);
  });
}

const brand = { name: 'Demo Shop', logoUrl: LOGO_URL };

describe('the hosted page of a branded link', { concurrency: true }, () => {
  for (const [theme, system, pageBackground] of [
    ['light', 'dark', 'rgb(238, 241, 246)'],
    ['dark', 'light', 'rgb(13, 17, 23)'],
  ] as const) {
    test(`theme ${theme} (system ${system}): brand colour on the primary button, name and logo, chrome in the tokens; no CSP violation, axe clean`, async () => {
      const [colour, computed] = GREEN[theme];
      const { context, page, seen, consoleErrors } = await open(await createLink({ brand, styles: { colorPrimary: colour, borderRadius: '4px' }, theme }), system);
      assert.equal(await background(page, 'body'), pageBackground, `the page is ${theme} although the system is ${system}`);
      assert.equal(await page.locator('signin-widget').evaluate((widget) => widget.matches(`:state(${'dark'})`)), theme === 'dark', 'the widget shows the theme');
      const logo = page.locator('header #brand-logo');
      assert.equal(await logo.getAttribute('alt'), 'Demo Shop');
      await page.waitForFunction(() => (document.getElementById('brand-logo') as HTMLImageElement | null)?.naturalWidth === 160);
      const box = await logo.boundingBox();
      assert.ok(box && box.height === 40 && box.width <= 192, `the logo is size-bounded: ${JSON.stringify(box)}`);
      assert.equal(await page.locator('#brand-asks').innerText(), 'Demo Shop asks for access to your account data');
      assert.equal(await page.locator('#back-to-brand').innerText(), '← Back to Demo Shop');
      assert.equal(await page.locator('#back-to-brand').evaluate((button) => getComputedStyle(button).color), computed, 'the footer link in the brand colour');

      await toConsents(page);
      assert.equal(await background(page, 'signin-consents [part="button"]'), computed, 'the primary button in the brand colour');
      assert.equal(await page.locator('signin-consents [part="button"]').evaluate((button) => getComputedStyle(button).borderTopLeftRadius), '4px');
      assert.equal(await page.locator('signin-consents a').first().evaluate((a) => getComputedStyle(a).color), computed, "the widget's links follow the brand colour");
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(seen.violations, [], 'no CSP violation');
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(consoleErrors, []);
      await context.close();
    });
  }

  test('a logo that fails to load gives its place to the name', async () => {
    const { context, page, seen } = await open(await createLink({ brand, theme: 'light' }), 'light', 'missing');
    await page.locator('header #brand-name').waitFor();
    assert.equal(await page.locator('header #brand-name').innerText(), 'Demo Shop');
    assert.equal(await page.locator('#brand-logo').count(), 0);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(seen.violations, []);
    await context.close();
  });

  test('a name with <, & and quotes shows as text', async () => {
    const name = `Tom & "Jerry's" <3`;
    const { context, page } = await open(await createLink({ brand: { name } }), 'light');
    assert.equal(await page.locator('header .brand-name').innerText(), name);
    assert.equal(await page.locator('#brand-asks').innerText(), `${name} asks for access to your account data`);
    await context.close();
  });

  test('"Back to <name>" returns to the integrator with the link cancelled', async () => {
    const url = await createLink({ brand });
    const id = new URL(url).pathname.split('/')[2];
    const { context, page, seen } = await open(url, 'light');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.locator('#back-to-brand').click();
    await page.waitForURL(`${e2e.servers.demoUrl}/redirect.html**`);
    assert.ok(requested.includes(`${e2e.servers.demoUrl}/redirect.html?signin_link_id=${id}&signin_status=cancelled`), requested.join('\n'));
    const info = await fetch(`${e2e.servers.sandboxUrl}/v1/signin-links/${id}`, { headers: { authorization: `Bearer ${e2e.servers.secret}` } });
    assert.equal(((await info.json()) as { status: string }).status, 'cancelled');
    assert.deepEqual(seen.violations, [], 'the form may leave for the returnUrl (form-action)');
    await context.close();
  });

  test('a link without brand looks as before', async () => {
    const { context, page, seen } = await open(await createLink({}), 'light');
    assert.equal(await page.locator('header .brand-name').innerText(), 'SignIn Flow');
    assert.equal(await page.locator('#brand-asks, #back-to-brand, #hosted-look').count(), 0);
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0, 'no page rule');
    await toConsents(page);
    assert.equal(await background(page, 'signin-consents [part="button"]'), 'rgb(31, 95, 209)', "the provider's blue");
    assert.equal(await background(page, 'body'), 'rgb(238, 241, 246)');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(seen.violations, []);
    await context.close();
  });
});
