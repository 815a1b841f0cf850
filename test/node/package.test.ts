import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

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

test('signin-flow/server is its own entry, and nothing the browser loads imports it', () => {
  const server = pkg.exports['./server'] as { types: string; default: string };
  assert.equal(server.default, './dist/server/index.js');
  assert.equal(server.types, './dist/types/server/index.d.ts');
  const browserFiles = (dir: URL): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory()) return entry.name === 'server' ? [] : browserFiles(new URL(`${entry.name}/`, dir));
      return entry.name.endsWith('.ts') ? [readFileSync(new URL(entry.name, dir), 'utf8')] : [];
    });
  const sources = browserFiles(new URL('../../src/', import.meta.url));
  assert.ok(sources.length > 50);
  for (const source of sources) assert.doesNotMatch(source, /from '(\.\.?\/)+(server\/|\.\.\/server)/);
});

test('the signin-flow command: package.json bin, built by rollup from src/server/cli.ts with a shebang', async () => {
  const { bin, files } = pkg as unknown as { bin: Record<string, string>; files: string[] };
  assert.deepEqual(bin, { 'signin-flow': './dist/server/cli.js' });
  assert.ok(files.includes('dist'));
  const config = new URL('../../rollup.config.mjs', import.meta.url).href;
  const { default: configs } = (await import(config)) as {
    default: { input: unknown; output: { dir?: string; banner?: (chunk: { isEntry: boolean; name: string }) => string } }[];
  };
  const npm = configs.find((entry) => entry.output.dir === 'dist');
  assert.ok(npm, 'the npm build writes dist/');
  assert.equal((npm.input as Record<string, string>)['server/cli'], 'src/server/cli.ts');
  assert.equal(npm.output.banner?.({ isEntry: true, name: 'server/cli' }), '#!/usr/bin/env node');
  assert.equal(npm.output.banner?.({ isEntry: true, name: 'server/index' }), '');
  assert.equal(npm.output.banner?.({ isEntry: true, name: 'index' }), '');
});
