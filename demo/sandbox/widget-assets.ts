import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { ApiError } from './api-error.js';

/** The repository's built CDN files (`npm run build`), which the hosted page loads. */
const CDN_DIR = new URL('../../dist/cdn/', import.meta.url);
const BUNDLE = 'signin-flow.js';

/** True when the widget's CDN module is built: the hosted page can run the widget. */
export function widgetBundleAvailable(): boolean {
  return existsSync(new URL(BUNDLE, CDN_DIR));
}

/**
 * `/assets/signin-flow.js` (the self-contained ES module of the widget) and the language
 * catalogs it loads beside itself, `/assets/locales/<locale>.js`, read from dist/cdn on each
 * request (a rebuild is picked up without a restart).
 */
export function widgetAssetRoutes(): Hono {
  const app = new Hono();
  const send = async (file: URL) => {
    const body = await readFile(file, 'utf8').catch(() => undefined);
    if (body === undefined) throw new ApiError(404, 'not_found', 'The widget is not built: run npm run build');
    return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' } });
  };
  app.get(`/assets/${BUNDLE}`, () => send(new URL(BUNDLE, CDN_DIR)));
  app.get('/assets/locales/:file', (c) => {
    const file = c.req.param('file');
    if (!/^[a-z]{2}(-[A-Z]{2})?\.js$/.test(file)) throw new ApiError(404, 'not_found', 'No such asset');
    return send(new URL(`locales/${file}`, CDN_DIR));
  });
  return app;
}
