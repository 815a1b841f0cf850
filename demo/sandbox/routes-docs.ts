import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { buildOpenApiDocument } from '../../src/server/openapi.js';
import type { SandboxContext } from './context.js';
import { sendPage } from './pages/layout.js';
import { apiReferencePage } from './pages/api-reference.js';

/**
 * The protocol's documentation, from the same function the package's `dist/openapi.json` comes
 * from: `GET /openapi.json` (servers = this sandbox) and `GET /api`, its HTML reference.
 */
export function docsRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  const document = buildOpenApiDocument({ serverUrl: ctx.config.publicUrl });
  const body = JSON.stringify(document, null, 2);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const page = apiReferencePage(document);

  app.get('/openapi.json', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', 'public, max-age=300');
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(body);
  });
  app.get('/api', (c) => sendPage(c, page));
  return app;
}
