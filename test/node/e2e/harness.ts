// End-to-end harness: the demo and the sandbox on free ports, and Debian's Chromium through
// playwright-core with the popup blocker on.
import { serve } from '@hono/node-server';
import { after, before } from 'node:test';
import { createServer, type AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromeArgs, chromePath } from '../../../.ci/chrome.mjs';
import { createDemoApp } from '../../../demo/server.js';
import { startSandbox, type StartSandboxOptions } from '../../../demo/sandbox/main.js';

export interface Servers {
  readonly demoUrl: string;
  readonly sandboxUrl: string;
  readonly secret: string;
  /** The sandbox's Standard Webhooks secret (`whsec_…`). */
  readonly webhookSecret: string;
  close(): Promise<void>;
}

/** Starts the sandbox and the demo as `npm start` does, on free ports (`options`: the sandbox's, e.g. its TTLs or clients). */
export async function startServers(options: Omit<StartSandboxOptions, 'port'> = {}): Promise<Servers> {
  const sandbox = await startSandbox({ port: 0, secret: 'e2e-secret', slowDelayMs: 50, log: () => {}, ...options });
  const demo = serve({ fetch: createDemoApp({ sandboxUrl: sandbox.url, sandboxSecret: sandbox.secret, sandboxWebhookSecret: sandbox.webhookSecret }).fetch, port: 0 });
  await new Promise<void>((resolve) => (demo.listening ? resolve() : demo.once('listening', () => resolve())));
  const demoUrl = `http://localhost:${(demo.address() as AddressInfo).port}`;
  return {
    demoUrl,
    sandboxUrl: sandbox.url,
    secret: sandbox.secret,
    webhookSecret: sandbox.webhookSecret,
    close: async () => {
      await new Promise<void>((resolve) => demo.close(() => resolve()));
      await sandbox.close();
    },
  };
}

/** A port nothing listens on right now (for a server started in another process). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
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

/** A final, redirect or config-error event seen by a page: `window.__events` (see recordEvents). */
export interface SeenEvent {
  readonly type: string;
  readonly detail: Record<string, unknown>;
}

const RECORDED = ['signin-success', 'signin-error', 'signin-cancel', 'signin-redirect', 'signin-popup-open', 'signin-config-error'];

/** From every page load of the context on: its signin-* final, redirect and config-error events in `window.__events`. */
export async function recordEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript((types: string[]) => {
    const seen: unknown[] = [];
    (window as unknown as { __events: unknown[] }).__events = seen;
    for (const type of types) window.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }), true);
  }, RECORDED);
}

/** The events recorded on the current page load. */
export function seenEvents(page: Page, type?: string): Promise<SeenEvent[]> {
  return page.evaluate((only) => (window as unknown as { __events: SeenEvent[] }).__events.filter((e) => !only || e.type === only), type);
}

/** In a `<signin-widget>` of the page: picks the bank, accepts every consent, continues. */
export async function chooseBankAndConsent(page: Page, bankName = 'Demo Bank'): Promise<void> {
  const input = page.locator('signin-bank-picker input');
  await input.click();
  await page.keyboard.type(bankName);
  await page.locator('signin-bank-picker [part~="option"]', { hasText: bankName }).first().click();
  for (const box of await page.locator('signin-consents [part~="checkbox"]').all()) await box.check();
  await page.locator('signin-consents [part="button"]').click();
}

/** Clicks the launcher's "Continue to <bank>" button. */
export async function continueToBank(page: Page): Promise<void> {
  await page.locator('signin-launcher [part="button"]').click();
}

/** On the sandbox bank page: signs in (`demo`/`demo` succeeds, `locked` fails). */
export async function signInAtBank(page: Page, username = 'demo', password = 'demo'): Promise<void> {
  await page.waitForURL(/\/bank\/[\w-]+$/);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('button[type=submit]:not([formaction])');
}

/** The names of the signin_* parameters in the page's address. */
export function returnParams(page: Page): string[] {
  return [...new URL(page.url()).searchParams.keys()].filter((name) => name.startsWith('signin_'));
}

/**
 * Starts the servers and Chromium before the file's tests and closes both after them: read
 * `e2e.servers` and `e2e.browser` inside the tests.
 */
export function useServersAndBrowser(options: Omit<StartSandboxOptions, 'port'> = {}): { readonly servers: Servers; readonly browser: Browser } {
  const started: { servers?: Servers; browser?: Browser } = {};
  before(async () => {
    [started.servers, started.browser] = await Promise.all([startServers(options), launchBrowser()]);
  });
  after(async () => {
    await started.browser?.close();
    await started.servers?.close();
  });
  return {
    get servers() {
      return started.servers!;
    },
    get browser() {
      return started.browser!;
    },
  };
}
