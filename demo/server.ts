import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/** Options of the integrator demo's server. */
export interface DemoServerOptions {
  /** Origin of the sandbox provider the demo page talks to. */
  readonly sandboxUrl: string;
  /** The sandbox's secret key, for the backend routes that call its integrator API. */
  readonly sandboxSecret?: string;
}

const root = relative(process.cwd(), fileURLToPath(new URL('..', import.meta.url))) || '.';

/**
 * The integrator's site of the demo: its pages (demo/*.html), the built package (/dist) and,
 * as the integrator's own backend, the routes its pages call.
 */
export function createDemoApp({ sandboxUrl }: DemoServerOptions): Hono {
  const app = new Hono();
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
  app.use('/dist/*', serveStatic({ root }));
  app.use('/*', serveStatic({ root: `${root}/demo`, rewriteRequestPath: (path) => (path.endsWith('/') ? `${path}index.html` : path) }));
  return app;
}
