import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultImportRequestSchema } from '../src/core/protocol/default-import.js';
import { accessRoutes } from './access-routes.js';
import { Backend } from './backend.js';
import { linkRoutes } from './link-routes.js';
import { DEMO_DOCUMENTS, documentPage } from './pages.js';
import { failure, relay } from './provider.js';
import { webhookRoutes, type WebhookRoutesOptions } from './webhook-routes.js';

/** Options of the integrator demo's server. */
export interface DemoServerOptions {
  /** Origin of the sandbox provider the demo page talks to. */
  readonly sandboxUrl: string;
  /** The sandbox's secret key, for the backend routes that call its integrator API (through the server SDK's client). */
  readonly sandboxSecret: string;
  /** The sandbox's Standard Webhooks secret (`whsec_…`), for the webhook receiver. */
  readonly sandboxWebhookSecret?: string;
  /** This site's public origin, for the links' returnUrl and webhookUrl (default: each request's origin). */
  readonly publicUrl?: string;
  /** The webhook receiver's clock (tests). */
  readonly webhooks?: WebhookRoutesOptions;
}

const root = relative(process.cwd(), fileURLToPath(new URL('..', import.meta.url))) || '.';

/**
 * The only files the site serves: its front-end files (demo/*.html, .js, .css, .svg: not its
 * backend's .ts nor demo/sandbox/) and the built CDN scripts its pages load (dist/cdn/, with their
 * catalogs and source maps). Any other path is a 404.
 */
const PUBLIC_TYPES = new Set(['.html', '.js', '.css', '.svg']);
const PUBLIC_FILES: ReadonlySet<string> = new Set(
  readdirSync(new URL('.', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isFile() && PUBLIC_TYPES.has(extname(entry.name)))
    .map((entry) => entry.name),
);
const DIST_FILE = /^\/dist\/cdn\/(?:locales\/)?[\w-]+(?:\.[\w-]+)*\.(?:js|map)$/;

/** The address the demo pages' markup gives the widget (`api-base`), replaced by the sandbox's actual one. */
const DEFAULT_API_BASE = 'api-base="http://localhost:8787"';

/**
 * The integrator's site of the demo: its pages and their scripts and styles, the built CDN
 * scripts (/dist/cdn) and, as the integrator's own backend, the routes its pages call.
 */
export function createDemoApp({ sandboxUrl, sandboxSecret, sandboxWebhookSecret, publicUrl, webhooks }: DemoServerOptions): Hono {
  const app = new Hono();
  // The backend's state (the user's connected banks, links, webhooks) lives in memory.
  const backend = new Backend({ sandboxUrl, sandboxSecret, publicUrl });
  const csp = [
    "default-src 'self'",
    `connect-src 'self' ${sandboxUrl}`,
    `img-src 'self' data: ${sandboxUrl}`,
    "style-src 'self'",
    "script-src 'self'",
    "frame-ancestors 'none'",
    // Lit creates its own Trusted Types policy; nothing else may write HTML from strings.
    "require-trusted-types-for 'script'",
  ].join('; ');
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  });
  app.get('/demo-config.json', (c) => c.json({ sandboxUrl }));
  // The integrator's backend: the page sends the widget's success detail here; the secret key
  // never reaches the browser. Multiple access joins the user's connected banks.
  app.post('/api/default-import', async (c) => {
    const body = defaultImportRequestSchema.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json(failure('invalid_request', 'Send {sessionId, sessionIdSignature}'), 400);
    try {
      return c.json(backend.acceptImport(await backend.provider.api.defaultImport(body.data), 'widget'));
    } catch (error) {
      return relay(c, error);
    }
  });
  // The Redirection demo's backend: links at the provider, their status and Default Import.
  app.route('/', linkRoutes(backend));
  // The Connected banks panel: the user's accesses, repeated imports, revoke, reconnect, data across banks.
  app.route('/', accessRoutes(backend));
  app.route('/', webhookRoutes(backend, { ...(sandboxWebhookSecret ? { secret: sandboxWebhookSecret } : {}), ...webhooks }));
  app.get('/dist/*', (c, next) => (DIST_FILE.test(c.req.path) ? next() : c.notFound()), serveStatic({ root }));
  // The pages, with the sandbox's actual address in the widget's api-base: the widget has its whole
  // configuration when it upgrades (a script setting it later would make it render once without it).
  const page = async (c: Context, file: string) => {
    if (!PUBLIC_FILES.has(file)) return c.notFound();
    const html = await readFile(new URL(file, import.meta.url), 'utf8');
    return c.html(html.replaceAll(DEFAULT_API_BASE, `api-base="${sandboxUrl}"`));
  };
  // The terms and privacy notice the pages' consents link to.
  for (const [file, document] of Object.entries(DEMO_DOCUMENTS)) app.get(`/${file}`, (c) => c.html(documentPage(document)));
  app.get('/', (c) => page(c, 'index.html'));
  app.get('/:file{[\\w-]+\\.html}', (c) => page(c, c.req.param('file')));
  app.get('/:file', (c, next) => (PUBLIC_FILES.has(c.req.param('file')) ? next() : c.notFound()), serveStatic({ root: `${root}/demo` }));
  return app;
}
