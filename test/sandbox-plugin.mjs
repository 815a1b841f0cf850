// web-test-runner plugins for the flow tests:
// - sandboxPlugin: runs the sandbox provider (demo/sandbox/main.ts) on a free port for the whole
//   run and serves its address to the tests at /test-config.json ({sandboxUrl, secret}); the
//   `sandbox-api` command calls its backend API with the secret key.
// - popupCommands: server commands that act in the popup a test opened (cross-origin, so the
//   test page cannot): `popup-login` {username, password, code?}, `popup-cancel`, `popup-close`,
//   `popup-post` {message} (posts to the opener from the bank page), `popup-count`.
import { spawn } from 'node:child_process';

const SECRET = 'test-secret';

export function sandboxPlugin() {
  let child;
  let sandboxUrl;
  return {
    name: 'signin-sandbox',
    async serverStart() {
      child = spawn(process.execPath, ['--import', 'tsx', 'demo/sandbox/main.ts'], {
        env: { ...process.env, SANDBOX_PORT: '0', SANDBOX_SECRET: SECRET, SANDBOX_SLOW_MS: '300', SANDBOX_SESSIONS_PER_MINUTE: '0', SANDBOX_PUBLIC_URL: '' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      sandboxUrl = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('The sandbox provider did not start within 30 s')), 30_000);
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const found = /Sandbox provider: (http\S+)/.exec(output);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]);
          }
        });
        child.once('exit', (code) => reject(new Error(`The sandbox provider exited (${code})`)));
      });
    },
    serverStop() {
      child?.kill();
    },
    // `sandbox-api` {method, path, body?}: the integrator's backend (the secret key stays on this side,
    // and the backend API has no CORS) → {status, body}.
    async executeCommand({ command, payload }) {
      if (command !== 'sandbox-api') return undefined;
      const response = await fetch(`${sandboxUrl}${payload.path}`, {
        method: payload.method ?? 'GET',
        headers: { authorization: `Bearer ${SECRET}`, ...(payload.body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(payload.body === undefined ? {} : { body: JSON.stringify(payload.body) }),
      });
      return { status: response.status, body: await response.json() };
    },
    serve(context) {
      if (context.path === '/test-config.json') return { body: JSON.stringify({ sandboxUrl, secret: SECRET }), type: 'json' };
      return undefined;
    },
  };
}

/** The popup of the test page that is on the bank's pages (each test closes its own). */
async function bankPopup(page) {
  const target = await page.browser().waitForTarget((t) => t.opener() === page.target() && /\/bank\//.test(t.url()), { timeout: 5_000 }).catch(() => {
    const seen = page.browser().targets().map((t) => `${t.type()} ${t.url()} opener=${t.opener()?.url()}`);
    throw new Error(`No bank popup among: ${seen.join('; ')}`);
  });
  return target.page();
}

export function popupCommands() {
  return {
    name: 'signin-popup-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('popup-')) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'popup-count') {
        const targets = page.browser().targets().filter((t) => t.opener() === page.target() && t.type() === 'page');
        return targets.length;
      }
      const popup = await bankPopup(page);
      await popup.waitForSelector('form');
      // As the user's close button does (page.close() can hang on a popup).
      if (command === 'popup-close') await popup.evaluate(() => void setTimeout(() => window.close(), 0));
      else if (command === 'popup-post') await popup.evaluate((message) => window.opener.postMessage(message, '*'), payload.message);
      else if (command === 'popup-cancel') await popup.click('button[formaction$="/cancel"]');
      else if (command === 'popup-login') {
        await popup.type('#username', payload.username);
        await popup.type('#password', payload.password);
        for (let attempt = 1; ; attempt++) {
          await Promise.all([popup.waitForNavigation(), popup.click('button[type="submit"]:not([formaction])')]);
          if (payload.code && (await popup.$('#code'))) {
            await popup.type('#code', payload.code);
            await Promise.all([popup.waitForNavigation(), popup.click('button[type="submit"]:not([formaction])')]);
          }
          // A wrong password: the page asks again, up to `attempts` times.
          if (attempt >= (payload.attempts ?? 1) || !(await popup.$('#password'))) break;
          await popup.type('#password', payload.password);
        }
      }
      return true;
    },
  };
}
