import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
/** Warnings from dependencies' own code that we cannot act on. */
function onwarn(warning, warn) {
  const inDependency = (warning.ids ?? [warning.id ?? '']).some((id) => id.includes('node_modules'));
  if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
  warn(warning);
}

const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

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
    plugins: [nodeResolve({ browser: true }), typescript(), minify()],
    onwarn,
    output: { file: 'dist/cdn/signin-flow.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
  },
  // (3) minified classic script for a plain <script src>.
  {
    input: 'src/cdn.ts',
    plugins: [nodeResolve({ browser: true }), typescript(), minify()],
    onwarn,
    output: { file: 'dist/cdn/signin-flow.min.js', format: 'iife', sourcemap: true, inlineDynamicImports: true },
  },
];
