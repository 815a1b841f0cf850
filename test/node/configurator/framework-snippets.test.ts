// The configurator's React 19 and Vue 3 exports, bundled for real (esbuild; the Vue one compiled by
// vue/compiler-sfc first) against react@19 / react-dom@19 and vue@3, then rendered in Chromium:
// the widget must get the exported config, load its banks from the provider and go on to the consents.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { compileScript, parse } from 'vue/compiler-sfc';
import { chromeArgs, chromePath } from '../../../.ci/chrome.mjs';
import { widgetConfigSchema } from '../../../src/config/widget-config.js';
import { reactSnippet, vueSnippet } from '../../../src/core/configurator/snippets.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PROVIDER = 'http://provider.test';
const APP = 'http://app.test';
const config = widgetConfigSchema.parse({
  clientId: 'acme-budget',
  apiBase: PROVIDER,
  ownerExternalId: 'customer-1',
  country: 'PL',
  locale: 'en',
  mode: 'popup',
  styles: { colorPrimary: '#00754a', borderRadius: '4px' },
});
const banks = [
  { id: 'acme-bank', name: 'Acme Bank', country: 'PL', aliases: [] },
  { id: 'other-bank', name: 'Other Bank', country: 'PL', aliases: [] },
];

/** `signin-flow/define.js`, as an app that installed the package imports it: this checkout's source. */
const signinFlow: Plugin = {
  name: 'signin-flow',
  setup(b) {
    b.onResolve({ filter: /^signin-flow\/define\.js$/ }, () => ({ path: join(root, 'src/define.ts') }));
  },
};

let dir: string;
let browser: Browser;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'signin-snippets-'));
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function bundle(files: Record<string, string>, entry: string): Promise<string> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const result = await build({
    entryPoints: [join(dir, entry)],
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    logLevel: 'silent',
    plugins: [signinFlow],
    nodePaths: [join(root, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
  return result.outputFiles[0]!.text;
}

/** Serves the app and the provider's catalog (CORS as the provider answers it), renders, and checks the widget works. */
async function render(script: string): Promise<void> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${APP}/**`, (route) =>
    route.fulfill(
      route.request().url().endsWith('.js')
        ? { contentType: 'text/javascript', body: script }
        : { contentType: 'text/html', body: '<!doctype html><div id="root"></div><script type="module" src="/app.js"></script>' },
    ),
  );
  await page.route(`${PROVIDER}/**`, (route) =>
    route.fulfill({ contentType: 'application/json', headers: { 'access-control-allow-origin': APP }, body: JSON.stringify({ banks }) }),
  );
  try {
    await page.goto(`${APP}/`);
    const widget = page.locator('signin-widget');
    await widget.waitFor();
    const state = await widget.evaluate((el: HTMLElement & { config?: { clientId?: string; styles?: Record<string, string> } }) => ({
      clientId: el.config?.clientId,
      styles: el.config?.styles,
      primary: getComputedStyle(el).getPropertyValue('--signin-color-primary').trim(),
    }));
    assert.deepEqual(state, { clientId: 'acme-budget', styles: config.styles, primary: '#00754a' });
    // Playwright's locators pierce shadow roots: the banks came from the provider, a click chooses one.
    await page.getByRole('option', { name: /Acme Bank/ }).click();
    await page.locator('signin-consents').waitFor({ timeout: 5000 });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
}

test('the React 19 snippet renders a working widget', async () => {
  const script = await bundle(
    {
      'BankSignIn.jsx': reactSnippet(config),
      'main.jsx': `import { createRoot } from 'react-dom/client';\nimport { BankSignIn } from './BankSignIn.jsx';\ncreateRoot(document.getElementById('root')).render(<BankSignIn />);\n`,
    },
    'main.jsx',
  );
  await render(script);
});

test('the Vue 3 snippet renders a working widget', async () => {
  const source = vueSnippet(config);
  const { descriptor, errors } = parse(source, { filename: 'BankSignIn.vue' });
  assert.deepEqual(errors, []);
  // As vite.config does with the option the snippet's comment gives.
  const compiled = compileScript(descriptor, { id: 'bank-sign-in', inlineTemplate: true, templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('signin-') } } });
  const script = await bundle(
    {
      'BankSignIn.js': compiled.content,
      'main.js': `import { createApp } from 'vue';\nimport BankSignIn from './BankSignIn.js';\ncreateApp(BankSignIn).mount('#root');\n`,
    },
    'main.js',
  );
  await render(script);
});
