import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { ApiError, errorBody, sendError } from './api-error.js';
import { SandboxCatalog } from './catalog.js';
import { resolveConfig, type SandboxConfig, type SandboxOptions } from './config.js';
import type { SandboxContext } from './context.js';
import { sweep } from './lifecycle.js';
import { RateLimiter } from './rate-limit.js';
import { accessRoutes } from './routes-access.js';
import { apiRoutes } from './routes-api.js';
import { bankRoutes } from './routes-bank.js';
import { docsRoutes } from './routes-docs.js';
import { hostedRoutes } from './routes-hosted.js';
import { publicRoutes } from './routes-public.js';
import { SandboxStore } from './store.js';
import { WebhookDispatcher } from './webhooks.js';
import { widgetAssetRoutes } from './widget-assets.js';

export interface Sandbox {
  app: Hono;
  config: SandboxConfig;
  context: SandboxContext;
  /** Applies TTL transitions (abandoned, expired) and evicts old entries now. */
  sweep(): void;
  /** Stops the background sweep and pending webhook retries. */
  close(): void;
}

/** The sandbox provider as a Hono app (serve it with @hono/node-server or call `app.request()`). */
export function createSandboxApp(options: SandboxOptions = {}): Sandbox {
  const config = resolveConfig(options);
  const context: SandboxContext = {
    config,
    catalog: new SandboxCatalog(config.publicUrl, config.catalogSize),
    store: new SandboxStore(config.maxEntries, config.maxAccesses),
    webhooks: new WebhookDispatcher(config),
    sessionRate:
      config.sessionsPerMinute > 0
        ? { perOrigin: new RateLimiter(config.sessionsPerMinute, 60_000), perClient: new RateLimiter(config.sessionsPerMinute * 10, 60_000) }
        : {},
  };

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    if (!c.res.headers.has('Referrer-Policy')) c.header('Referrer-Policy', 'no-referrer');
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      onError: (c) => {
        // The rest of the body is not read: tell the client not to reuse the connection.
        c.header('Connection', 'close');
        return c.json(errorBody('payload_too_large', `The body is larger than ${config.bodyLimitBytes} bytes`), 413);
      },
    }),
  );
  app.route('/', widgetAssetRoutes());
  app.route('/', publicRoutes(context));
  app.route('/', docsRoutes(context));
  app.route('/', apiRoutes(context));
  app.route('/', accessRoutes(context, () => sweep(context)));
  app.route('/', bankRoutes(context));
  app.route('/', hostedRoutes(context));

  app.notFound((c) => c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return sendError(c, error);
    if (error instanceof HTTPException) {
      const status = error.status;
      return c.json(errorBody(status === 413 ? 'payload_too_large' : 'invalid_request', error.message || 'Bad request'), status);
    }
    config.log(`internal error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return c.json(errorBody('internal_error', 'Internal error'), 500);
  });

  let timer: ReturnType<typeof setInterval> | undefined;
  if (config.sweepIntervalMs > 0) {
    timer = setInterval(() => sweep(context), config.sweepIntervalMs);
    timer.unref();
  }

  return {
    app,
    config,
    context,
    sweep: () => sweep(context),
    close: () => {
      if (timer) clearInterval(timer);
      context.webhooks.close();
    },
  };
}
