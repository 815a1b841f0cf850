// The demo server serves its front-end files and the built CDN scripts only: never its backend's
// source (server.ts, link-routes.ts, start.ts, sandbox/…), nor anything else of the repository.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createDemoApp } from '../../../demo/server.js';

const demoDir = fileURLToPath(new URL('../../../demo/', import.meta.url));
const app = createDemoApp({ sandboxUrl: 'http://localhost:9999', sandboxSecret: 'secret' });
const TYPES: Record<string, RegExp> = { '.html': /^text\/html/, '.js': /javascript/, '.css': /^text\/css/, '.svg': /^image\/svg\+xml/ };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}
const all = filesUnder(demoDir).map((file) => relative(demoDir, file).replaceAll('\\', '/'));
const isPublic = (file: string) => !file.includes('/') && extname(file) in TYPES;

test('every front-end file of demo/ is served with its type', async () => {
  const files = all.filter(isPublic);
  for (const name of ['index.html', 'cdn.html', 'redirect.html', 'widget-redirect.html', 'configurator.html', 'favicon.svg', 'demo.css', 'shared.js']) assert.ok(files.includes(name), name);
  for (const file of files) {
    const response = await app.request(`/${file}`);
    assert.equal(response.status, 200, file);
    assert.match(response.headers.get('content-type') ?? '', TYPES[extname(file)] ?? /^$/, file);
  }
  assert.match(await (await app.request('/')).text(), /api-base="http:\/\/localhost:9999"/);
});

test('the backend’s own files are a 404: the .ts files, demo/sandbox/ and every other file of demo/', async () => {
  const backend = all.filter((file) => !isPublic(file));
  for (const name of ['server.ts', 'link-routes.ts', 'start.ts', 'sandbox/app.ts', 'sandbox/README.md', 'sandbox/assets/completion.js']) assert.ok(backend.includes(name), name);
  for (const file of backend) {
    const response = await app.request(`/${file}`);
    assert.equal(response.status, 404, file);
    assert.doesNotMatch(await response.text(), /import |export /, file);
  }
});

test('nothing else of the repository is served, however the path is written', async () => {
  const paths = [
    '/sandbox', '/sandbox/', '/sandbox/assets/', '/demo/index.html', '/package.json', '/tsconfig.json', '/src/index.ts', '/.git/HEAD', '/node_modules/hono/package.json',
    '/dist/index.js', '/dist/types/index.d.ts', '/dist/cdn/', '/dist/cdn/../../package.json', '/dist/cdn/..%2F..%2Fpackage.json', '/%2e%2e/package.json', '/..%2Fpackage.json',
    '/server.ts%00.js', '/SERVER.TS', '/index.html/', '/.env',
  ];
  for (const path of paths) assert.equal((await app.request(path)).status, 404, path);
});

test('the built CDN scripts, their catalogs and source maps are served', { skip: !existsSync(new URL('../../../dist/cdn/signin-flow.js', import.meta.url)) && 'not built' }, async () => {
  for (const path of ['/dist/cdn/signin-flow.js', '/dist/cdn/signin-flow.min.js', '/dist/cdn/signin-flow.js.map', '/dist/cdn/signin-configurator.js', '/dist/cdn/locales/pl.js']) {
    const response = await app.request(path);
    assert.equal(response.status, 200, path);
  }
});

test('the widget pages sign in the demo’s one user, whose connected banks the backend keeps', async () => {
  const { DEMO_OWNER } = await import('../../../demo/provider.js');
  for (const page of ['/', '/widget-redirect.html']) {
    const owners = [...(await (await app.request(page)).text()).matchAll(/owner-external-id="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(owners, [DEMO_OWNER], page);
  }
});

test('the documents the widget pages’ consents link to are served, so the default consents are all there', async () => {
  for (const [path, title] of [['/terms.html', 'Terms of service'], ['/privacy.html', 'Privacy notice']] as const) {
    const response = await app.request(path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await response.text(), new RegExp(`<h1>${title}</h1>`), path);
  }
  assert.match(await (await app.request('/shared.js')).text(), /DOCUMENTS = \{ termsUrl: '\/terms\.html', privacyUrl: '\/privacy\.html' \}/);
  for (const script of ['/index.js', '/widget-redirect.js']) assert.match(await (await app.request(script)).text(), /widget\.config = DOCUMENTS;/, script);
  const cdn = await (await app.request('/cdn.js')).text();
  assert.match(cdn, /termsUrl: '\/terms\.html',\s+privacyUrl: '\/privacy\.html'/);
});

test('the event logs scroll within reach of the keyboard: focusable and named (axe scrollable-region-focusable)', async () => {
  for (const page of ['/', '/widget-redirect.html', '/cdn.html']) {
    const log = /<ol id="log"[^>]*>/.exec(await (await app.request(page)).text())?.[0] ?? '';
    assert.match(log, /tabindex="0"/, page);
    assert.match(log, /aria-labelledby="log-title"/, page);
  }
});
