// The demo backend and a real sandbox on free ports, wired as `npm start` wires them (the client's
// webhookUrl and every link's point at the demo's receiver), and the steps a user takes in the
// browser, walked with plain HTTP: the hosted page's no-JS form and the bank's login form.
import { createAdaptorServer } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { DEFAULT_CLIENT } from '../../../demo/sandbox/config.js';
import { startSandbox, type RunningSandbox } from '../../../demo/sandbox/main.js';
import { createDemoApp } from '../../../demo/server.js';

export interface AccessServers {
  readonly demoUrl: string;
  readonly sandbox: RunningSandbox;
  /** Moves the webhook receiver's clock (seconds added to the real one). */
  receiverSkewSeconds: number;
  /** Waits until the sandbox delivered every webhook. */
  webhooksIdle(): Promise<void>;
  close(): Promise<void>;
}

/** The sandbox's Standard Webhooks secret in these tests (the demo's receiver is given it, as `npm start` does). */
export const WEBHOOK_SECRET = 'whsec_YWNjZXNzLXRlc3Qtd2ViaG9vay1zZWNyZXQ=';

export async function startAccessServers(): Promise<AccessServers> {
  const holder: { fetch?: (request: Request) => Response | Promise<Response> } = {};
  const server = createAdaptorServer({ fetch: (request: Request) => holder.fetch?.(request) ?? new Response('Starting', { status: 503 }) });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const demoUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  const sandbox = await startSandbox({
    port: 0,
    secret: 'access-test-secret',
    webhookSecret: WEBHOOK_SECRET,
    log: () => {},
    webhookBaseDelayMs: 20,
    clients: [{ ...DEFAULT_CLIENT, webhookUrl: `${demoUrl}/api/webhooks/signin` }],
  });
  const servers: AccessServers = {
    demoUrl,
    sandbox,
    receiverSkewSeconds: 0,
    webhooksIdle: () => sandbox.sandbox.context.webhooks.idle(),
    close: async () => {
      await sandbox.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeAllConnections' in server) server.closeAllConnections();
    },
  };
  const app = createDemoApp({
    sandboxUrl: sandbox.url,
    sandboxSecret: sandbox.secret,
    sandboxWebhookSecret: sandbox.webhookSecret,
    publicUrl: demoUrl,
    webhooks: { now: () => Date.now() + servers.receiverSkewSeconds * 1000 },
  });
  holder.fetch = app.fetch;
  return servers;
}

export async function api(base: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; headers: Headers; body: Record<string, unknown> & { error?: { code: string; message: string } } }> {
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

const form = (fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) params.append(key, item);
  return params;
};

/** Signs in at the sandbox bank page `authorizationUrl` as demo/demo; answers where the bank sends the browser. */
export async function signInAtBank(authorizationUrl: string): Promise<URL> {
  const login = await fetch(`${authorizationUrl}/login`, { method: 'POST', body: form({ username: 'demo', password: 'demo' }), redirect: 'manual' });
  if (login.status !== 303) throw new Error(`bank login answered ${login.status}: ${await login.text()}`);
  return new URL(login.headers.get('location') ?? '');
}

/** Walks a hosted link page's no-JS form (bank, both consents) and the bank login; answers the return URL. */
export async function completeLink(url: string, bankId: string, country = 'PL'): Promise<URL> {
  const chosen = await fetch(`${url}/form`, { method: 'POST', body: form({ country, bankId, consent: ['terms', 'data-access', 'ongoing-access'], accessMode: 'multiple' }), redirect: 'manual' });
  if (chosen.status !== 303) throw new Error(`the hosted form answered ${chosen.status}: ${await chosen.text()}`);
  return signInAtBank(new URL(chosen.headers.get('location') ?? '', url).href);
}

/** Connects a bank through the demo's Redirection flow: a link, the hosted form, the bank, the import. */
export async function connectByLink(servers: AccessServers, bankId: string, request: Record<string, unknown>): Promise<{ linkId: string; imported: Record<string, unknown> }> {
  const link = await api(servers.demoUrl, '/api/signin-links', { body: request });
  if (link.status !== 201) throw new Error(`link: ${link.status} ${JSON.stringify(link.body)}`);
  const back = await completeLink(String(link.body.url), bankId);
  const linkId = back.searchParams.get('signin_link_id') ?? '';
  const imported = await api(servers.demoUrl, `/api/signin-links/${linkId}/import`, { method: 'POST' });
  if (imported.status !== 200) throw new Error(`import: ${imported.status} ${JSON.stringify(imported.body)}`);
  return { linkId, imported: imported.body };
}

/**
 * Connects a bank as the widget does (a session from the demo's origin, here in redirect mode so
 * the result comes in the return URL), then posts its success detail to the demo's /api/default-import.
 */
export async function connectByWidget(servers: AccessServers, bankId: string, accessMode: 'single' | 'multiple', ownerExternalId = 'demo-user-1'): Promise<{ status: number; body: Record<string, unknown> }> {
  const session = await api(servers.sandbox.url, '/v1/signin-sessions', {
    headers: { origin: servers.demoUrl },
    body: {
      clientId: 'sandbox-client',
      ownerExternalId,
      bankId,
      consents: [{ id: 'terms', version: '1', acceptedAt: new Date().toISOString() }],
      mode: 'redirect',
      origin: servers.demoUrl,
      returnUrl: `${servers.demoUrl}/widget-redirect.html`,
      accessMode,
    },
  });
  if (session.status !== 201) throw new Error(`session: ${session.status} ${JSON.stringify(session.body)}`);
  const back = await signInAtBank(String(session.body.authorizationUrl));
  return api(servers.demoUrl, '/api/default-import', {
    body: { sessionId: back.searchParams.get('signin_session_id'), sessionIdSignature: back.searchParams.get('signin_signature') },
  });
}
