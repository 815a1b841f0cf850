import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects: string[];
  customElements: string;
};

test('package exports the side-effect-free entry and the define entry', () => {
  assert.ok(pkg.exports['.']);
  assert.ok(pkg.exports['./define.js']);
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('the side-effect-free entry registers no element', () => {
  const index = readFileSync(new URL('../../src/index.ts', import.meta.url), 'utf8');
  assert.doesNotMatch(index, /\.define\.js'/);
  assert.doesNotMatch(index, /customElements\.define/);
  assert.ok(pkg.sideEffects.includes('./dist/define.js'));
});

test('package exports the OpenAPI document that the build writes', () => {
  const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
  assert.equal(pkg.exports['./openapi.json'], './dist/openapi.json');
  assert.match(scripts.build ?? '', /npm run -s openapi/);
  assert.match(scripts.openapi ?? '', /\.ci\/openapi\.mjs/);
  assert.match(readFileSync(new URL('../../.ci/openapi.mjs', import.meta.url), 'utf8'), /dist\/openapi\.json/);
});
