import { randomBytes } from 'node:crypto';
import { DEFAULT_ACCESS_DAYS, MAX_ACCESS_DAYS } from '../../src/core/protocol/access.js';
import { generateWebhookSecret, isWebhookSecret } from '../../src/server/webhooks.js';
import { SandboxClock } from './clock.js';

/** One integrator client of the provider: its id and the origins its pages may use. */
export interface SandboxClient {
  id: string;
  /** Exact origins (`https://shop.example`) or any-port patterns (`http://localhost:*`). */
  allowedOrigins: string[];
  /** Receives the access webhooks of sessions started by the widget (links carry their own). */
  webhookUrl?: string;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface SandboxOptions {
  /** Integrator secret key (`SANDBOX_SECRET`); random when left out. */
  secret?: string;
  /** The Standard Webhooks secret that signs every webhook (`SANDBOX_WEBHOOK_SECRET`, `whsec_<base64>`); random when left out. */
  webhookSecret?: string;
  /** Public origin of the sandbox, used in absolute URLs (default http://localhost:8787). */
  publicUrl?: string;
  /** Origin of the integrator demo (`npm start` passes its own), linked from the root page (default http://localhost:8000). */
  demoUrl?: string;
  /** Unfinished sessions and opened links turn `abandoned` after it (default 15 min). */
  ttlMs?: number;
  /** Lifetime of an unopened link before it turns `expired` (default 24 h). */
  linkTtlMs?: number;
  /** How long finished entries stay readable before they are evicted (default 24 h). */
  retentionMs?: number;
  /** Delay of the `slow` scenario (default 5 s). */
  slowDelayMs?: number;
  /** Total number of banks: generated ones are added to reach it (default: fixed banks only). */
  catalogSize?: number;
  /** Maximum number of sessions and of links kept in memory (default 10,000 each). */
  maxEntries?: number;
  /** Request body limit in bytes (default 64 KiB). */
  bodyLimitBytes?: number;
  /** Webhook attempts per event (default 5) and first retry delay, doubled each time (default 1 s). */
  webhookMaxAttempts?: number;
  webhookBaseDelayMs?: number;
  /** Timeout of one webhook attempt (default 5 s). */
  webhookTimeoutMs?: number;
  /** Interval of the background TTL sweep; 0 disables it (default 30 s). */
  sweepIntervalMs?: number;
  /** Days of multiple access when the request does not say (`SANDBOX_ACCESS_DAYS`, default 180). */
  accessDays?: number;
  /** Sessions one client may create per origin per minute (`SANDBOX_SESSIONS_PER_MINUTE`, default 60); ten times as many for all its origins. */
  sessionsPerMinute?: number;
  /** Maximum number of accesses kept (default 10,000; the oldest created goes first). */
  maxAccesses?: number;
  /** Clients; default: `sandbox-client` allowing http://localhost:* and http://127.0.0.1:*. */
  clients?: SandboxClient[];
  /** Clock, for tests. */
  now?: () => number;
  /** fetch used for webhooks, for tests. */
  fetch?: FetchLike;
  /** Logger for webhook failures and the like (default console.warn; pass () => {} to silence). */
  log?: (message: string) => void;
}

export type SandboxConfig = Required<Omit<SandboxOptions, 'catalogSize'>> & {
  catalogSize: number | undefined;
  /** The sandbox's time (`now` is `clock.now()`): the test clock moves it forward. */
  clock: SandboxClock;
};

export const DEFAULT_CLIENT: SandboxClient = {
  id: 'sandbox-client',
  allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
};

export function resolveConfig(options: SandboxOptions = {}): SandboxConfig {
  const clock = new SandboxClock(options.now ?? Date.now);
  const accessDays = options.accessDays ?? DEFAULT_ACCESS_DAYS;
  if (!Number.isInteger(accessDays) || accessDays < 1 || accessDays > MAX_ACCESS_DAYS) {
    throw new RangeError(`accessDays must be a whole number from 1 to ${MAX_ACCESS_DAYS}, got ${accessDays}`);
  }
  if (options.webhookSecret && !isWebhookSecret(options.webhookSecret)) {
    throw new RangeError('webhookSecret must be "whsec_" followed by the base64 of at least 16 random bytes (a Standard Webhooks secret)');
  }
  return {
    secret: options.secret || randomBytes(24).toString('base64url'),
    webhookSecret: options.webhookSecret || generateWebhookSecret(),
    publicUrl: (options.publicUrl ?? 'http://localhost:8787').replace(/\/+$/, ''),
    demoUrl: (options.demoUrl ?? 'http://localhost:8000').replace(/\/+$/, ''),
    ttlMs: options.ttlMs ?? 15 * 60_000,
    linkTtlMs: options.linkTtlMs ?? 24 * 3_600_000,
    retentionMs: options.retentionMs ?? 24 * 3_600_000,
    slowDelayMs: options.slowDelayMs ?? 5_000,
    catalogSize: options.catalogSize,
    maxEntries: options.maxEntries ?? 10_000,
    bodyLimitBytes: options.bodyLimitBytes ?? 64 * 1024,
    webhookMaxAttempts: options.webhookMaxAttempts ?? 5,
    webhookBaseDelayMs: options.webhookBaseDelayMs ?? 1_000,
    webhookTimeoutMs: options.webhookTimeoutMs ?? 5_000,
    sweepIntervalMs: options.sweepIntervalMs ?? 30_000,
    accessDays,
    sessionsPerMinute: options.sessionsPerMinute ?? 60,
    maxAccesses: options.maxAccesses ?? 10_000,
    clients: options.clients ?? [DEFAULT_CLIENT],
    clock,
    now: () => clock.now(),
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    log: options.log ?? ((message) => console.warn(`[sandbox] ${message}`)),
  };
}

/** Reads the options from `SANDBOX_*` environment variables. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): SandboxOptions {
  const int = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
    return value;
  };
  const ttlS = int('SANDBOX_TTL_S');
  const linkTtlS = int('SANDBOX_LINK_TTL_S');
  const slowMs = int('SANDBOX_SLOW_MS');
  const options: SandboxOptions = {};
  if (env.SANDBOX_SECRET) options.secret = env.SANDBOX_SECRET;
  if (env.SANDBOX_WEBHOOK_SECRET) {
    if (!isWebhookSecret(env.SANDBOX_WEBHOOK_SECRET)) throw new Error('SANDBOX_WEBHOOK_SECRET must be "whsec_" followed by the base64 of at least 16 random bytes (a Standard Webhooks secret)');
    options.webhookSecret = env.SANDBOX_WEBHOOK_SECRET;
  }
  if (env.SANDBOX_PUBLIC_URL) options.publicUrl = env.SANDBOX_PUBLIC_URL;
  if (env.SANDBOX_DEMO_URL) options.demoUrl = env.SANDBOX_DEMO_URL;
  if (ttlS !== undefined) options.ttlMs = ttlS * 1000;
  if (linkTtlS !== undefined) options.linkTtlMs = linkTtlS * 1000;
  if (slowMs !== undefined) options.slowDelayMs = slowMs;
  const accessDays = int('SANDBOX_ACCESS_DAYS');
  if (accessDays !== undefined) {
    if (accessDays < 1 || accessDays > MAX_ACCESS_DAYS) throw new Error(`SANDBOX_ACCESS_DAYS must be from 1 to ${MAX_ACCESS_DAYS}, got "${env.SANDBOX_ACCESS_DAYS}"`);
    options.accessDays = accessDays;
  }
  const perMinute = int('SANDBOX_SESSIONS_PER_MINUTE');
  if (perMinute !== undefined) options.sessionsPerMinute = perMinute;
  if (env.SANDBOX_WEBHOOK_URL) {
    if (!/^https?:\/\/\S+$/i.test(env.SANDBOX_WEBHOOK_URL)) throw new Error(`SANDBOX_WEBHOOK_URL must be an http(s) URL, got "${env.SANDBOX_WEBHOOK_URL}"`);
    options.clients = [{ ...DEFAULT_CLIENT, webhookUrl: env.SANDBOX_WEBHOOK_URL }];
  }
  const size = int('SANDBOX_CATALOG_SIZE');
  if (size !== undefined) options.catalogSize = size;
  return options;
}

/** True when `origin` is one of the client's allowed origins (patterns may end in `:*`). */
export function isAllowedOrigin(client: SandboxClient, origin: string): boolean {
  const parsed = parseOrigin(origin);
  if (!parsed) return false;
  return client.allowedOrigins.some((pattern) => {
    if (pattern.endsWith(':*')) {
      const base = pattern.slice(0, -2);
      return `${parsed.protocol}//${parsed.hostname}` === base;
    }
    return pattern === parsed.origin;
  });
}

/** Parses a bare origin (`http://host:port`, no path, query or credentials); null if it is not one. */
export function parseOrigin(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin === value ? url : null;
}

/** The origin of an http(s) URL, or null. */
export function originOfUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
