/// <reference types="node" />
/**
 * The kit's webhook receiver for Node: an HTTP server on 127.0.0.1 (a free port unless one is
 * given) that keeps every POST it gets, raw, and answers 204. Node-only (node:http): the CLI and
 * tests use it; the checks themselves only see the `WebhookReceiver` interface.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceivedWebhook, WebhookReceiver } from './types.js';

export interface ListenOptions {
  /** The port to listen on (default 0: a free one). */
  readonly port?: number;
  /** The URL the provider must POST to, when it cannot reach 127.0.0.1 (a tunnel's); default `http://127.0.0.1:<port>/webhooks`. */
  readonly publicUrl?: string;
  /** Largest body kept (default 1 MiB); larger ones are answered 413. */
  readonly maxBytes?: number;
}

export interface WebhookListener extends WebhookReceiver {
  readonly port: number;
  /** Every delivery so far, taken or not. */
  readonly received: readonly ReceivedWebhook[];
  close(): Promise<void>;
}

const headersOf = (request: IncomingMessage): Record<string, string> =>
  Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(', ') : (value ?? '')]));

/** Listens on 127.0.0.1 for the webhook check's deliveries. Close it when done. */
export async function listenForWebhooks(options: ListenOptions = {}): Promise<WebhookListener> {
  const { port = 0, maxBytes = 1024 * 1024 } = options;
  const received: ReceivedWebhook[] = [];
  const queue: ReceivedWebhook[] = [];
  const waiting: ((delivery: ReceivedWebhook) => void)[] = [];

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > maxBytes) {
        response.writeHead(413).end();
        return;
      }
      const delivery: ReceivedWebhook = {
        method: request.method ?? 'GET',
        path: request.url ?? '/',
        headers: headersOf(request),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(delivery);
      const waiter = waiting.shift();
      if (waiter) waiter(delivery);
      else queue.push(delivery);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;

  return {
    port: actual,
    url: options.publicUrl ?? `http://127.0.0.1:${actual}/webhooks`,
    received,
    next(timeoutMs, signal) {
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const done = (delivery: ReceivedWebhook) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', abort);
          resolve(delivery);
        };
        const give = (reason: string) => {
          const index = waiting.indexOf(done);
          if (index >= 0) waiting.splice(index, 1);
          reject(new Error(reason));
        };
        const abort = () => {
          clearTimeout(timer);
          give('aborted');
        };
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', abort);
          give(`nothing arrived in ${timeoutMs} ms`);
        }, timeoutMs);
        signal?.addEventListener('abort', abort, { once: true });
        waiting.push(done);
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
