import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readdirSync } from 'node:fs';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
/** Warnings from dependencies' own code that we cannot act on. */
function onwarn(warning, warn) {
  const inDependency = (warning.ids ?? [warning.id ?? '']).some((id) => id.includes('node_modules'));
  if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
  warn(warning);
}

const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

// The CDN scripts load catalogs by URL (`locales/<locale>.js` beside them, see src/cdn.ts):
// they leave out the chunk loaders, which would otherwise inline every catalog.
const locales = readdirSync('src/i18n/locales').filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3));
const catalogsByUrl = () => ({
  name: 'catalogs-by-url',
  load: (id) => (id.replaceAll('\\', '/').endsWith('/src/i18n/locale-loaders.ts') ? 'export const localeLoaders = {};' : null),
});

export default [
  // (1) npm ESM: one file per module, lit and zod left to the user's bundler.
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external: (id) => /^(lit|@lit|@lit-labs|zod)(\/|$)/.test(id),
    plugins: [typescript()],
    onwarn,
    output: { dir: 'dist', format: 'esm', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
  },
  // (2) self-contained ESM for <script type="module">.
  {
    input: 'src/cdn-esm.ts',
    plugins: [catalogsByUrl(), nodeResolve({ browser: true }), typescript(), minify()],
    onwarn,
    output: { file: 'dist/cdn/signin-flow.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
  },
  // (3) minified classic script for a plain <script src>.
  {
    input: 'src/cdn.ts',
    plugins: [catalogsByUrl(), nodeResolve({ browser: true }), typescript(), minify()],
    onwarn,
    output: { file: 'dist/cdn/signin-flow.min.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
  },
  // (4) the catalogs other than English, one small ES module each, that both CDN scripts load
  // from `locales/` beside them.
  {
    input: Object.fromEntries(locales.map((locale) => [locale, `src/i18n/locales/${locale}.ts`])),
    plugins: [typescript(), minify()],
    onwarn,
    output: { dir: 'dist/cdn/locales', format: 'esm', entryFileNames: '[name].js' },
  },
];
