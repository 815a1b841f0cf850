import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { createSessionRequestSchema } from '../../src/core/protocol/session.js';
import { ApiError, readJson } from './api-error.js';
import type { SandboxContext } from './context.js';
import { negotiateLocale, t } from './i18n.js';
import { logoSvg } from './logos.js';
import { sendPage } from './pages/layout.js';
import { rootPage } from './pages/root.js';
import { connectingPage, messagePage } from './pages/simple.js';
import { isAnyClientOrigin } from './clients.js';
import { createSession, sessionResponse } from './sessions.js';
import { slowSeconds } from './routes-bank.js';

const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
/** The demo's icon (a bank building) is the sandbox's too. */
const FAVICON = readFileSync(new URL('../favicon.svg', import.meta.url), 'utf8');
const README = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
const ASSETS: Record<string, { type: string; body: string }> = {
  'sandbox.css': { type: 'text/css; charset=utf-8', body: asset('sandbox.css') },
  'completion.js': { type: 'text/javascript; charset=utf-8', body: asset('completion.js') },
  'hosted.css': { type: 'text/css; charset=utf-8', body: asset('hosted.css') },
  'hosted.js': { type: 'text/javascript; charset=utf-8', body: asset('hosted.js') },
};

/** Browser-facing routes: the root page, catalog, logos, assets, `/connecting`, `POST /v1/signin-sessions`. */
export function publicRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  const { config } = ctx;

  app.get('/', (c) => sendPage(c, rootPage({ publicUrl: config.publicUrl, demoUrl: config.demoUrl, slowSeconds: slowSeconds(config) })));
  // The documents the hosted page's consents link to, in the language asked for (?locale=, else the browser's).
  for (const [path, title, text] of [
    ['/terms', 'termsTitle', 'termsText'],
    ['/privacy', 'privacyTitle', 'privacyText'],
  ] as const) {
    app.get(path, (c) => {
      const locale = negotiateLocale(c.req.query('locale') || c.req.header('accept-language')?.split(/[,;]/)[0]);
      return sendPage(c, messagePage(locale, t(locale, title), t(locale, text)));
    });
  }
  app.get('/README.md', (c) => {
    c.header('Content-Type', 'text/plain; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(README);
  });
  for (const path of ['/favicon.svg', '/favicon.ico']) {
    app.get(path, (c) => {
      c.header('Content-Type', 'image/svg+xml');
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(FAVICON);
    });
  }

  app.get('/v1/catalog', (c) => {
    const raw = c.req.query('country');
    const country = raw === undefined || raw === '' ? undefined : raw.toUpperCase();
    if (country !== undefined && !/^[A-Z]{2}$/.test(country)) {
      throw new ApiError(400, 'invalid_request', 'country: must be a two-letter country code such as "PL"', 'country');
    }
    const { body, etag } = ctx.catalog.body(country, c.req.query('locale'));
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('ETag', etag);
    c.header('Vary', 'Accept-Encoding');
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(body);
  });

  app.get('/logos/:file', (c) => {
    const file = c.req.param('file');
    const bank = file.endsWith('.svg') ? ctx.catalog.get(file.slice(0, -4)) : undefined;
    if (!bank) throw new ApiError(404, 'not_found', `No logo "${file}"`);
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', 'public, max-age=86400');
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    return c.body(logoSvg(bank.id, bank.name));
  });

  app.get('/assets/:name', (c) => {
    const found = ASSETS[c.req.param('name')];
    if (!found) throw new ApiError(404, 'not_found', 'No such asset');
    c.header('Content-Type', found.type);
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(found.body);
  });

  app.get('/connecting', (c) => sendPage(c, connectingPage(negotiateLocale(c.req.query('locale')))));

  app.use(
    '/v1/signin-sessions',
    cors({
      origin: (origin) => (origin && isAnyClientOrigin(ctx, origin) ? origin : null),
      allowMethods: ['POST'],
      allowHeaders: ['Content-Type'],
      maxAge: 600,
    }),
  );

  app.post('/v1/signin-sessions', async (c) => {
    const input = await readJson(c, createSessionRequestSchema);
    const session = createSession(ctx, input, { requestOrigin: c.req.header('origin') });
    return c.json(sessionResponse(ctx, session), 201);
  });

  return app;
}
