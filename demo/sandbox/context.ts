import type { SandboxConfig } from './config.js';
import type { SandboxCatalog } from './catalog.js';
import type { RateLimiter } from './rate-limit.js';
import type { SandboxStore } from './store.js';
import type { WebhookDispatcher } from './webhooks.js';

/** Everything the routes share. */
export interface SandboxContext {
  config: SandboxConfig;
  catalog: SandboxCatalog;
  store: SandboxStore;
  webhooks: WebhookDispatcher;
  /** Session creations per client and origin, and per client (absent: no limit). */
  sessionRate: { perOrigin?: RateLimiter; perClient?: RateLimiter };
}

export const iso = (ms: number): string => new Date(ms).toISOString();
