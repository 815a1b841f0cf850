// The demo backend as the server SDK's first user: what its routes answer the browser when the
// provider does not answer (502 provider_unreachable), answers outside the protocol (502
// provider_error) or refuses (its status, code, message and Retry-After relayed).
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createDemoApp } from '../../../demo/server.js';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const call = async (app: ReturnType<typeof createDemoApp>, path: string, init: RequestInit = {}) => {
  const response = await app.request(path, init);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { error?: { code: string; message: string } } };
};

const importBody = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: 'ses_1', sessionIdSignature: 'sig' }) };

describe('the demo backend relays the provider through the SDK', () => {
  let provider: Server;
  let providerUrl: string;
  let closedUrl: string;

  before(async () => {
    provider = createServer((request, response) => {
      if (request.url?.startsWith('/v1/accesses')) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accesses: [{ id: 'acc_1' }] }));
      } else if (request.url === '/v1/default-import') {
        response
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': '3600' })
          .end(JSON.stringify({ error: { code: 'import_limit_reached', message: 'Try again in 3600 s', field: 'sessionId' } }));
      } else if (request.url === '/v1/sandbox/clock') {
        response.writeHead(200, { 'content-type': 'text/html' }).end('<p>clock</p>');
      } else {
        response.writeHead(503, { 'content-type': 'text/html' }).end('<h1>Service Unavailable</h1>');
      }
    });
    providerUrl = await listen(provider);
    const closed = createServer();
    closedUrl = await listen(closed);
    await new Promise<void>((done) => closed.close(() => done()));
  });
  after(() => new Promise<void>((done) => provider.close(() => done())));

  test('no provider on the port: 502 provider_unreachable', async () => {
    const app = createDemoApp({ sandboxUrl: closedUrl, sandboxSecret: 'sk' });
    for (const [path, init] of [['/api/accesses', {}], ['/api/owner-data', {}], ['/api/default-import', importBody], ['/api/signin-links', { method: 'POST' }]] as const) {
      const answer = await call(app, path, init);
      assert.deepEqual([answer.status, answer.body.error?.code], [502, 'provider_unreachable'], path);
    }
  });

  test('an answer outside the protocol: 502 provider_error naming the field', async () => {
    const app = createDemoApp({ sandboxUrl: providerUrl, sandboxSecret: 'sk' });
    const list = await call(app, '/api/accesses');
    assert.deepEqual([list.status, list.body.error?.code], [502, 'provider_error']);
    assert.match(list.body.error?.message ?? '', /accesses\.0\.\w+/);
    const clock = await call(app, '/api/sandbox/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"days":1}' });
    assert.deepEqual([clock.status, clock.body.error?.code], [502, 'provider_error'], 'HTML instead of JSON');
  });

  test("the provider's refusal: its status, code, message and Retry-After", async () => {
    const app = createDemoApp({ sandboxUrl: providerUrl, sandboxSecret: 'sk' });
    const limited = await call(app, '/api/default-import', importBody);
    assert.deepEqual([limited.status, limited.body.error?.code, limited.retryAfter], [429, 'import_limit_reached', '3600']);
    assert.match(limited.body.error?.message ?? '', /3600 s/);
    const unavailable = await call(app, '/api/signin-links', { method: 'POST' });
    assert.deepEqual([unavailable.status, unavailable.body.error?.code], [503, 'provider_error'], 'a bare error page keeps its status');
  });
});
