import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { transform } from 'esbuild';
import { readdirSync } from 'node:fs';
import { minifyTemplates } from './.ci/minify-templates.mjs';
import { cdnIntro } from './.ci/cdn-intro.mjs';
import { logicalAssignment } from './.ci/logical-assignment.mjs';

// esbuild's plugin resolves every relative import itself (`./x.js` to `./x.ts`), also inside
// node_modules, where it would hide each package's `sideEffects` from node-resolve: zod's modules
// then count as having side effects and its unused global registry stays in the CDN scripts.
// Relative imports of dependencies are left to node-resolve.
const typescript = () => {
  const plugin = esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
  const resolveOurs = plugin.resolveId;
  return {
    ...plugin,
    resolveId(id, importer, options) {
      return /[\\/]node_modules[\\/]/.test(importer ?? '') ? null : resolveOurs.call(this, id, importer, options);
    },
  };
};
/** Warnings from dependencies' own code that we cannot act on. */
function onwarn(warning, warn) {
  const inDependency = (warning.ids ?? [warning.id ?? '']).some((id) => id.includes('node_modules'));
  if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
  warn(warning);
}

// Before terser, esbuild renames the identifiers: it gives private fields (`#name`) short names
// per class, where terser numbers them across the whole file (`#Oe`), and reuses the same names
// in every scope, which gzip likes (-0.6 KB gzip of the classic script). Terser then compresses:
// passes: 3 and inline: 1 (only simple functions are inlined: fewer copies of bodies) pay in gzip;
// keep_fargs: false drops unused trailing parameters (nothing here reads a function's `length`).
// Measured and left out: pure_getters (would drop bare reads such as a forced layout), unsafe_* (small).
const shortNames = () => ({
  name: 'short-names',
  async renderChunk(code) {
    const { code: out, map } = await transform(code, { minify: true, target: 'es2022', sourcemap: true });
    return { code: out, map };
  },
});
const minify = () => [shortNames(), terser({ ecma: 2022, module: true, compress: { passes: 3, inline: 1, keep_fargs: false }, format: { comments: false } })];

// The CDN scripts load catalogs by URL (`locales/<locale>.js` beside them, see src/cdn.ts):
// they leave out the chunk loaders, which would otherwise inline every catalog.
const locales = readdirSync('src/i18n/locales').filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3));
const catalogsByUrl = () => ({
  name: 'catalogs-by-url',
  load: (id) => (id.replaceAll('\\', '/').endsWith('/src/i18n/locale-loaders.ts') ? 'export const localeLoaders = {};' : null),
});

// <signin-configurator> for pages without a bundler (demo/configurator.html): one self-contained
// module with every catalog inlined. Not part of the CDN script.
const configuratorModule = {
  input: 'src/configurator.ts',
  plugins: [nodeResolve({ browser: true }), logicalAssignment(), typescript(), minifyTemplates(), minify()],
  onwarn,
  output: { file: 'dist/cdn/signin-configurator.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
};

export default [
  // (1) npm ESM: one file per module, lit and zod left to the user's bundler. `signin-flow/server`
  // (src/server, for the integrator's backend) is built here too and is never imported by a browser entry.
  {
    // `server/cli` is the `signin-flow` command (package.json `bin`): its file starts with a shebang.
    input: { index: 'src/index.ts', define: 'src/define.ts', configurator: 'src/configurator.ts', 'server/index': 'src/server/index.ts', 'server/cli': 'src/server/cli.ts' },
    external: (id) => /^(lit|@lit|@lit-labs|zod)(\/|$)/.test(id) || id.startsWith('node:'),
    plugins: [typescript()],
    onwarn,
    output: {
      dir: 'dist',
      format: 'esm',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      banner: (chunk) => (chunk.isEntry && chunk.name === 'server/cli' ? '#!/usr/bin/env node' : ''),
    },
  },
  // (2) self-contained ESM for <script type="module">. Both CDN scripts bundle lit and zod/mini
  // (the same schemas and the same engine as the npm build).
  {
    input: 'src/cdn-esm.ts',
    plugins: [catalogsByUrl(), nodeResolve({ browser: true }), logicalAssignment(), typescript(), minifyTemplates(), minify()],
    onwarn,
    output: { file: 'dist/cdn/signin-flow.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
  },
  // (3) minified classic script for a plain <script src>.
  {
    input: 'src/cdn.ts',
    plugins: [catalogsByUrl(), nodeResolve({ browser: true }), logicalAssignment(), typescript(), minifyTemplates(), minify()],
    onwarn,
    // A second copy on the page stops in its first statements (.ci/cdn-intro.mjs).
    output: { file: 'dist/cdn/signin-flow.min.js', format: 'iife', sourcemap: true, inlineDynamicImports: true, intro: cdnIntro },
  },
  // (4) the catalogs other than English, one small ES module each, that both CDN scripts load
  // from `locales/` beside them.
  {
    input: Object.fromEntries(locales.map((locale) => [locale, `src/i18n/locales/${locale}.ts`])),
    plugins: [typescript(), minify()],
    onwarn,
    output: { dir: 'dist/cdn/locales', format: 'esm', entryFileNames: '[name].js' },
  },
  // (5) <signin-configurator> as one module (dist/cdn/signin-configurator.js).
  configuratorModule,
];
