// What lit-analyzer's no-missing-import rule cannot see in this layout, checked here instead: the
// elements register in their *.define.ts modules, and a component's define module imports the
// definition of every element its templates render (its class and template modules stay free of
// side effects). npm test and npm run lint run the analyzer with the same command, that rule off.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const components = join(root, 'src/components');
const read = (file: string) => readFileSync(file, 'utf8');
/** Code without its comments (they name elements too: "`<signin-widget>` passes its own down"). */
const withoutComments = (code: string) => code.replace(/\/\*[^]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Every `*.define.ts` with the tag it registers. */
const defines = readdirSync(components, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => readdirSync(join(components, entry.name)).filter((file) => file.endsWith('.define.ts')).map((file) => join(components, entry.name, file)));
const tagOf = new Map(defines.map((file) => [file, /defineElement\('(signin-[a-z-]+)'/.exec(read(file))?.[1]]));

/** The define modules a module imports, directly or through other define modules. */
function importedDefines(file: string, seen = new Set<string>()): Set<string> {
  for (const [, specifier] of read(file).matchAll(/^import '(\.[^']+\.define\.js)';$/gm)) {
    const target = resolve(dirname(file), (specifier ?? '').replace(/\.js$/, '.ts'));
    if (!seen.has(target)) {
      seen.add(target);
      importedDefines(target, seen);
    }
  }
  return seen;
}

test('every element has a define module that registers it', () => {
  assert.deepEqual([...tagOf.values()].sort(), ['signin-bank-picker', 'signin-configurator', 'signin-consents', 'signin-launcher', 'signin-widget']);
});

test('a component’s define module imports the definition of every element its templates render', () => {
  for (const define of defines) {
    const dir = dirname(define);
    const rendered = new Set(
      readdirSync(dir)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.define.ts'))
        .flatMap((file) => [...withoutComments(read(join(dir, file))).matchAll(/<(signin-[a-z-]+)[\s>]/g)].map((match) => match[1])),
    );
    rendered.delete(tagOf.get(define));
    const registered = new Set([...importedDefines(define)].map((file) => tagOf.get(file)));
    for (const tag of rendered) assert.ok(registered.has(tag), `${define.slice(root.length)} renders <${tag}> but does not import its definition`);
  }
});

test('npm test and npm run lint run lit-analyzer with one command, with only no-missing-import off', () => {
  const scripts = (JSON.parse(read(join(root, 'package.json'))) as { scripts: Record<string, string> }).scripts;
  assert.equal(scripts['lint:templates'], 'lit-analyzer --strict --rules.no-missing-import off "src/**/*.ts"');
  assert.match(scripts.lint ?? '', /npm run -s lint:templates$/);
  assert.match(read(join(root, 'test/run.mjs')), /check\('template bindings \(lit-analyzer\)', 'npm', \['run', '-s', 'lint:templates'\]\)/);
});
