import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createSandboxApp, type Sandbox } from '../../../demo/sandbox/app.js';
import type { SandboxOptions } from '../../../demo/sandbox/config.js';

export const SECRET = 'sk_test_conformance';
/** The sandbox's webhook signing secret in these tests (Standard Webhooks). */
export const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
/** An allowed origin of `sandbox-client` (any port of localhost). */
export const ORIGIN = 'http://localhost:8000';

/** Changes what the sandbox answers: gets the request and the sandbox's own handler. */
export type Breakage = (request: Request, next: (request: Request) => Promise<Response>) => Promise<Response>;

export interface ServedSandbox {
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/**
 * The real sandbox on a free port of 127.0.0.1 (real clock: webhook timestamps are checked against
 * it), optionally behind a `breakage` that spoils some of its answers.
 */
export async function serveSandbox(options: SandboxOptions = {}, breakage?: Breakage): Promise<ServedSandbox> {
  const holder: { sandbox?: Sandbox } = {};
  const handle = async (request: Request) => {
    if (!holder.sandbox) return new Response('Starting', { status: 503 });
    const { app } = holder.sandbox;
    return app.fetch(request);
  };
  const server = createAdaptorServer({ fetch: (request: Request) => (breakage ? breakage(request, handle) : handle(request)) });
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  holder.sandbox = createSandboxApp({ secret: SECRET, webhookSecret: WEBHOOK_SECRET, publicUrl: url, sweepIntervalMs: 0, log: () => {}, webhookMaxAttempts: 1, ...options });
  const sandbox = holder.sandbox;
  return {
    url,
    sandbox,
    close: () =>
      new Promise<void>((resolve, reject) => {
        sandbox.close();
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

/** The answer with `change` applied to its JSON body (the status and headers kept). */
export async function rewriteJson(response: Response, change: (body: Record<string, unknown>) => void): Promise<Response> {
  const body = (await response.json()) as Record<string, unknown>;
  change(body);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('etag');
  return new Response(JSON.stringify(body), { status: response.status, headers });
}
