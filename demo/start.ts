// `npm start`: the integrator demo on :8000 (PORT) and the sandbox provider on :8787 (SANDBOX_PORT).
import { serve } from '@hono/node-server';
import { DEMO_PAGES } from './pages.js';
import { DEFAULT_CLIENT, optionsFromEnv } from './sandbox/config.js';
import { startSandbox } from './sandbox/main.js';
import { createDemoApp } from './server.js';

const port = Number(process.env.PORT ?? 8000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8787);
const demoUrl = `http://localhost:${port}`;
/** The demo's webhook receiver: the client's webhookUrl (access webhooks of widget sessions); links carry it too. */
const webhookUrl = `${demoUrl}/api/webhooks/signin`;

// SANDBOX_SECRET, SANDBOX_WEBHOOK_SECRET, SANDBOX_TTL_S, SANDBOX_ACCESS_DAYS, SANDBOX_CATALOG_SIZE… apply here as to the
// sandbox alone; SANDBOX_WEBHOOK_URL, when set, replaces the demo's receiver as the client's webhookUrl.
// The sandbox's root page links to this demo's pages.
const fromEnv = optionsFromEnv();
const sandbox = await startSandbox({ demoUrl, clients: [{ ...DEFAULT_CLIENT, webhookUrl }], ...fromEnv, port: sandboxPort });
const demo = serve({ fetch: createDemoApp({ sandboxUrl: sandbox.url, sandboxSecret: sandbox.secret, sandboxWebhookSecret: sandbox.webhookSecret, publicUrl: demoUrl }).fetch, port }, () => {
  const width = Math.max(...DEMO_PAGES.map((page) => page.title.length)) + 2;
  console.log('');
  for (const page of DEMO_PAGES) console.log(`${`${page.title}:`.padEnd(width)} http://localhost:${port}${page.path}`);
  console.log(`${'Sandbox provider:'.padEnd(width)} ${sandbox.url}/  (secret key: ${sandbox.secret}; webhook secret: ${sandbox.webhookSecret})`);
  const clientWebhook = sandbox.sandbox.config.clients[0]?.webhookUrl;
  console.log(`${'Webhooks:'.padEnd(width)} ${clientWebhook === webhookUrl || !clientWebhook ? 'POST /api/webhooks/signin of the demo' : `the demo's links: /api/webhooks/signin; the widget's accesses: ${clientWebhook}`}`);
  console.log('Press Ctrl+C to stop.');
});

function stop() {
  demo.close();
  void sandbox.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
