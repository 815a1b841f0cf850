// GET /openapi.json serves the protocol's OpenAPI document (servers: the sandbox) and GET /api its
// HTML reference, rendered server-side under the sandbox's strict CSP, linked from the root page.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { API_ERRORS, buildOpenApiDocument } from '../../../src/server/openapi.js';
import { constraints, fieldRows, inlineParts, schemaType } from '../../../demo/sandbox/api-reference.js';
import { escapeHtml } from '../../../demo/sandbox/html.js';
import { makeSandbox } from './helpers.js';

describe('the API reference', () => {
  const { app, sandbox } = makeSandbox({ publicUrl: 'http://provider.test:8787/' });
  after(() => sandbox.close());

  test('/openapi.json: the document with this sandbox as its server, CORS-readable and cacheable', async () => {
    const response = await app.request('/openapi.json');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.deepEqual(await response.json(), buildOpenApiDocument({ serverUrl: 'http://provider.test:8787' }));
    const etag = response.headers.get('etag') ?? '';
    assert.match(etag, /^"[\w-]+"$/);
    const again = await app.request('/openapi.json', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });

  test('/api: an HTML page under the strict CSP, no script or style of its own', async () => {
    const response = await app.request('/api');
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /^<!doctype html>[\s\S]*<link rel="stylesheet" href="\/assets\/sandbox.css">/);
    assert.doesNotMatch(html, /<script|<style|style=/);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'.*script-src 'self'/);
  });

  test('/api lists every operation, webhook, error code and schema, each reachable from the table of contents', async () => {
    const html = await (await app.request('/api')).text();
    const document = buildOpenApiDocument();
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        assert.ok(html.includes(`<h3 id="${String(operation.operationId)}"><span class="method method-${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>`), `${method} ${path}`);
        assert.ok(html.includes(`<a href="#${String(operation.operationId)}">`), `toc ${method} ${path}`);
      }
    }
    for (const name of Object.keys(document.webhooks)) assert.ok(html.includes(`<code>${name}</code></h3>`), name);
    for (const code of Object.keys(API_ERRORS)) assert.ok(html.includes(`<th scope="row"><code>${code}</code></th>`), code);
    for (const name of Object.keys(document.components.schemas)) assert.ok(ids.has(`schema-${name}`), name);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.has(target), `#${target}`);
    // The signature recipe, the auth of each call, a request field with its constraint and description.
    assert.ok(html.includes(`HMAC-SHA256 of <code>${escapeHtml('<webhook-id>.<webhook-timestamp>.<raw body>')}</code>`));
    assert.match(html, /<span class="tag secret">secret key<\/span>/);
    assert.match(html, /<code>accessDays<\/code><\/th><td data-label="Type"><code>integer<\/code><\/td><td data-label="Constraints">1 to 180<\/td><td data-label="Description">Days of multiple access/);
  });

  test('the root page and the README link to it', async () => {
    const root = await (await app.request('/')).text();
    assert.match(root, /href="\/api"/);
    assert.match(root, /href="\/openapi.json"/);
    assert.match(await (await app.request('/README.md')).text(), /\/openapi\.json[\s\S]*\/api\b/);
  });

  test('the schema words: types, constraints, flattened fields, code spans', () => {
    assert.deepEqual(schemaType({ type: 'array', items: { $ref: '#/components/schemas/Bank' } }), { text: 'array of Bank', ref: 'Bank' });
    assert.deepEqual(constraints({ type: 'string', minLength: 1, maxLength: 64 }), ['1–64 characters']);
    assert.deepEqual(constraints({ type: 'integer', minimum: 1, maximum: 180, default: 180 }), ['1 to 180', 'default 180']);
    assert.deepEqual(constraints({ type: 'string', format: 'date-time', pattern: '^x$' }), ['date-time']);
    const components = { Mode: { type: 'string', enum: ['a', 'b'] } };
    const rows = fieldRows({ type: 'object', required: ['mode'], properties: { mode: { $ref: '#/components/schemas/Mode' }, balances: { type: 'object', properties: { booked: { type: 'string' } } }, field: { anyOf: [{ type: 'string' }, { type: 'null' }] } } }, components);
    assert.deepEqual(rows.map((row) => [row.name, row.type.text, row.required, row.constraints.join('; ')]), [
      ['mode', 'Mode', true, 'one of "a", "b"'],
      ['balances', 'object', false, ''],
      ['balances.booked', 'string', false, ''],
      ['field', 'string', false, 'may be null'],
    ]);
    assert.deepEqual(inlineParts('a `b` c'), [{ code: false, text: 'a ' }, { code: true, text: 'b' }, { code: false, text: ' c' }]);
  });
});
