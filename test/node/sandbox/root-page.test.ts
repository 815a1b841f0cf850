// GET / is where the README sends newcomers: an HTML page (the sandbox's look, its strict CSP)
// listing the demo pages, every route of the sandbox and its bank scenarios, with a favicon.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { DEMO_PAGES } from '../../../demo/pages.js';
import { ENDPOINTS } from '../../../demo/sandbox/endpoints.js';
import { escapeHtml } from '../../../demo/sandbox/html.js';
import { SCENARIOS } from '../../../demo/sandbox/scenarios.js';
import { makeSandbox } from './helpers.js';

describe('the root page', () => {
  const log: string[] = [];
  const { app, sandbox } = makeSandbox({ demoUrl: 'http://localhost:9000/', log: (message) => log.push(message) });
  after(() => sandbox.close());
  const rootPage = async () => {
    const response = await app.request('/');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    return { response, html: await response.text() };
  };

  test('is an HTML page of the sandbox, under its strict CSP, with no inline script or style', async () => {
    const { response, html } = await rootPage();
    assert.match(html, /^<!doctype html>[\s\S]*<link rel="stylesheet" href="\/assets\/sandbox.css">/);
    assert.doesNotMatch(html, /<script|<style|style=/);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"]) assert.ok(csp.includes(directive), directive);
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
  });

  test('links to every demo page on the configured demo origin, and to the README', async () => {
    const { html } = await rootPage();
    for (const page of DEMO_PAGES) assert.ok(html.includes(`href="http://localhost:9000${page.path}"`), page.path);
    for (const path of ['/', '/cdn.html', '/redirect.html', '/widget-redirect.html', '/configurator.html']) assert.ok(DEMO_PAGES.some((page) => page.path === path), path);
    assert.match(html, /href="\/README.md"/);
    const readme = await app.request('/README.md');
    assert.equal(readme.status, 200);
    assert.match(readme.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(await readme.text(), /^# Sandbox provider/);
  });

  test('lists every route of the app (method, path, public or secret key) and no other', async () => {
    const { html } = await rootPage();
    const own = new Set(['/', '/README.md', '/favicon.svg', '/favicon.ico']);
    const routes = new Set(
      app.routes.filter((route) => ['GET', 'POST', 'DELETE'].includes(route.method) && !own.has(route.path) && !route.path.startsWith('/assets/')).map((route) => `${route.method} ${route.path}`),
    );
    assert.deepEqual(new Set(ENDPOINTS.map((endpoint) => `${endpoint.method} ${endpoint.path}`)), routes);
    for (const endpoint of ENDPOINTS) {
      const row = `<tr><td><code>${endpoint.method}</code></td><td><code>${escapeHtml(endpoint.path + (endpoint.query ?? ''))}</code></td>`;
      assert.ok(html.includes(row), row);
    }
    // The access column tells the truth: a secret route answers 401 without the key, a public one never does.
    for (const endpoint of ENDPOINTS) {
      const path = endpoint.path.replace(/:(\w+)/g, 'x');
      const response = await app.request(path, { method: endpoint.method, headers: { 'content-type': 'application/json' }, ...(endpoint.method === 'GET' ? {} : { body: '{}' }) });
      assert.equal(response.status === 401, endpoint.access === 'secret', `${endpoint.method} ${endpoint.path}: ${response.status}`);
    }
  });

  test('lists the bank scenarios the bank plays, and Cancel', async () => {
    const { html } = await rootPage();
    assert.deepEqual(SCENARIOS.map((s) => s.username), ['demo', 'demo', 'locked', 'slow', 'mfa', 'bankdown']);
    for (const text of ['<code>demo</code> / <code>demo</code>', '<code>demo</code> / <code>wrong password</code>', '<code>locked</code> / <code>any password</code>', '<code>slow</code> / <code>demo</code>', '<code>mfa</code> / <code>demo</code>', '<code>bankdown</code> / <code>any password</code>', 'SMS code 123456', 'AccessTemporarilyBlocked', '<strong>Cancel</strong>']) {
      assert.ok(html.includes(text), text);
    }
  });

  test('the sandbox has a favicon: /favicon.ico, and /favicon.svg that every page links to', async () => {
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'image/svg+xml');
      assert.match(await response.text(), /^<svg /);
    }
    assert.match((await rootPage()).html, /<link rel="icon" href="\/favicon.svg" type="image\/svg\+xml">/);
    assert.match(await (await app.request('/connecting')).text(), /<link rel="icon" href="\/favicon.svg"/);
    assert.deepEqual(log, []);
  });
});
