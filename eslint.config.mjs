import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'storybook-static/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    // src/core holds the logic in plain classes: no Lit and no DOM, so every part runs (and is
    // unit-tested) anywhere. Lit controllers live in src/controllers, the page's glue in src/embed.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'], message: 'src/core holds no Lit: put controllers in src/controllers.' }] }],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'location', 'history', 'navigator', 'sessionStorage', 'localStorage', 'customElements', 'HTMLElement', 'Element', 'ShadowRoot', 'ElementInternals',
          'ResizeObserver', 'MutationObserver', 'IntersectionObserver', 'CSS', 'getComputedStyle', 'matchMedia', 'requestAnimationFrame', 'self', 'opener', 'screen'].map((name) => ({
          name,
          message: 'src/core holds no DOM: take what you need as a parameter, or move the code to src/controllers, src/components or src/embed.',
        })),
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests reach into shadow roots they just rendered.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
