import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { createSandboxApp, type Sandbox } from './app.js';
import { optionsFromEnv, type SandboxOptions } from './config.js';

export interface StartSandboxOptions extends SandboxOptions {
  /** 0 picks a free port (default 8787). */
  port?: number;
  /** Interface to listen on (default: all). */
  hostname?: string;
}

export interface RunningSandbox {
  /** `http://localhost:<port>` */
  url: string;
  port: number;
  secret: string;
  /** The Standard Webhooks secret (`whsec_…`) that signs its webhooks. */
  webhookSecret: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** Starts the sandbox provider on a real port; `publicUrl` defaults to http://localhost:<port>. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const { port = 8787, hostname, ...rest } = options;
  // The app needs the port for its absolute URLs: it is created once the server listens.
  const holder: { sandbox?: Sandbox } = {};
  const server = createAdaptorServer({
    fetch: (request, env) => (holder.sandbox ? holder.sandbox.app.fetch(request, env) : new Response('Starting', { status: 503 })),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, ...(hostname ? { host: hostname } : {}) }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const url = rest.publicUrl ?? `http://localhost:${actualPort}`;
  const running = createSandboxApp({ ...rest, publicUrl: url });
  holder.sandbox = running;
  return {
    url,
    port: actualPort,
    secret: running.config.secret,
    webhookSecret: running.config.webhookSecret,
    sandbox: running,
    close: () =>
      new Promise<void>((resolve, reject) => {
        running.close();
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const port = Number(process.env.SANDBOX_PORT || 8787);
  const running = await startSandbox({ ...optionsFromEnv(), port, ...(process.env.SANDBOX_HOST ? { hostname: process.env.SANDBOX_HOST } : {}) });
  console.log(`Sandbox provider: ${running.url} (secret key: ${running.secret}; webhook secret: ${running.webhookSecret})`);
  const stop = () => {
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
