// The provider client's failures that a well-behaved provider never shows: local node:http servers
// that never answer, stall in the body, answer HTML or JSON of the wrong shape, an unknown error code
// or a proxy's error page, a closed port; the caller's abort; bad input and bad options rejected
// before anything is sent; and the rule that the client runs on standard APIs only.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import {
  createProviderClient,
  isKnownErrorCode,
  isProviderApiError,
  parseRetryAfter,
  ProviderApiError,
  type FetchLike,
  type ProviderClientOptions,
} from '../../../src/server/index.js';

const ACCESS = {
  id: 'acc_1',
  ownerExternalId: 'user-1',
  bankId: 'demo-bank-pl',
  mode: 'multiple',
  status: 'active',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-07-01T00:00:00.000Z',
  importsToday: 1,
  importsPerDay: 4,
  accessDays: 180,
};

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A local server answering each path with its handler; records what it received. */
async function localServer(routes: Record<string, Handler>): Promise<{ url: string; received: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[]; close(): Promise<void> }> {
  const received: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      const path = (request.url ?? '').split('?')[0] ?? '';
      const handler = Object.entries(routes).find(([prefix]) => path.startsWith(prefix))?.[1];
      if (handler) handler(request, response);
      else response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'not_found', message: 'No such route', field: null } }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function failure(promise: Promise<unknown>): Promise<ProviderApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ProviderApiError, `a ProviderApiError, got ${String(error)}`);
    return error;
  }
  assert.fail('the call succeeded');
}

const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

describe('a provider that misbehaves', () => {
  let server: Awaited<ReturnType<typeof localServer>>;
  const client = (options: Partial<ProviderClientOptions> = {}) => createProviderClient({ apiBase: server.url, secretKey: 'sk_test', timeoutMs: 200, ...options });

  before(async () => {
    server = await localServer({
      '/never/': () => {},
      '/stall/': (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"accesses": [');
      },
      '/html/': (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Welcome</title><p>Maintenance'),
      '/gateway/': (_request, response) => response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>'),
      '/empty/': (_request, response) => response.writeHead(204).end(),
      '/shape/': (_request, response) => json(response, 200, { accesses: [ACCESS, { ...ACCESS, status: 'paused' }] }),
      '/missing/': (_request, response) => json(response, 200, { ...ACCESS, importsToday: undefined }),
      '/teapot/': (_request, response) => json(response, 418, { error: { code: 'teapot_mode', message: 'The provider brews tea today', field: 'id' } }),
      '/busy/': (_request, response) =>
        json(response, 503, { error: { code: 'internal_error', message: 'Busy', field: null } }, { 'retry-after': new Date(Date.now() + 120_000).toUTCString() }),
      '/moved/': (_request, response) => response.writeHead(302, { location: 'https://elsewhere.example/' }).end(),
      '/ok/': (_request, response) => json(response, 200, { accesses: [ACCESS] }),
    });
  });
  after(() => server.close());

  test('a server that never answers: timeout after timeoutMs, no status', async () => {
    const started = Date.now();
    const error = await failure(client({ apiBase: `${server.url}/never` }).listAccesses('user-1'));
    const elapsed = Date.now() - started;
    assert.deepEqual([error.code, error.status, error.field], ['timeout', undefined, null]);
    assert.match(error.message, /^GET \/v1\/accesses: no answer from the provider within 200 ms$/);
    assert.ok(elapsed >= 190 && elapsed < 1500, `took ${elapsed} ms`);
    assert.ok(!error.message.includes('user-1'), 'no owner id in the message');
  });

  test('a per-call timeoutMs wins over the client one', async () => {
    const started = Date.now();
    const error = await failure(client({ apiBase: `${server.url}/never`, timeoutMs: 5_000 }).getAccess('acc_1', { timeoutMs: 100 }));
    assert.equal(error.code, 'timeout');
    assert.ok(Date.now() - started < 1500);
  });

  test('headers then a stalled body: timeout with the status', async () => {
    const error = await failure(client({ apiBase: `${server.url}/stall` }).listAccesses('user-1'));
    assert.deepEqual([error.code, error.status], ['timeout', 200]);
    assert.match(error.message, /no complete answer/);
  });

  test('HTML with 200: invalid_response_json', async () => {
    const error = await failure(client({ apiBase: `${server.url}/html` }).getAccess('acc_1'));
    assert.deepEqual([error.code, error.status, error.field], ['invalid_response_json', 200, null]);
    assert.match(error.message, /^GET \/v1\/accesses\/\{id\}: the provider's answer \(HTTP 200, text\/html\) is not JSON$/);
    assert.ok(error.cause instanceof SyntaxError);
  });

  test('an empty 204: invalid_response_json', async () => {
    const error = await failure(client({ apiBase: `${server.url}/empty` }).revokeAccess('acc_1'));
    assert.deepEqual([error.code, error.status], ['invalid_response_json', 204]);
  });

  test("a proxy's HTML error page: http_error with the status", async () => {
    const error = await failure(client({ apiBase: `${server.url}/gateway` }).getLink('lnk_1'));
    assert.deepEqual([error.code, error.status, error.retryAfter], ['http_error', 502, undefined]);
    assert.match(error.message, /HTTP 502 without an error body/);
  });

  test('JSON of the wrong shape: unexpected_response naming the dotted path', async () => {
    const list = await failure(client({ apiBase: `${server.url}/shape` }).listAccesses('user-1'));
    assert.deepEqual([list.code, list.status, list.field], ['unexpected_response', 200, 'accesses.1.status']);
    assert.match(list.message, /^accesses\.1\.status: .+ \(the answer to GET \/v1\/accesses does not match the protocol\)$/);
    const one = await failure(client({ apiBase: `${server.url}/missing` }).getAccess('acc_1'));
    assert.deepEqual([one.code, one.field], ['unexpected_response', 'importsToday']);
    assert.match(one.message, /expected number/);
  });

  test("an error code this SDK does not know is kept as the provider's", async () => {
    const error = await failure(client({ apiBase: `${server.url}/teapot` }).getAccess('acc_1'));
    assert.deepEqual([error.code, error.status, error.field], ['teapot_mode', 418, 'id']);
    assert.equal(error.message, 'id: The provider brews tea today');
    assert.equal(isKnownErrorCode(error.code), false);
    assert.equal(isKnownErrorCode('access_revoked'), true);
    assert.equal(isKnownErrorCode('timeout'), true);
  });

  test('Retry-After as an HTTP date: retryAfter in seconds from now', async () => {
    const error = await failure(client({ apiBase: `${server.url}/busy` }).getAccess('acc_1'));
    assert.deepEqual([error.code, error.status], ['internal_error', 503]);
    assert.ok(error.retryAfter !== undefined && error.retryAfter >= 115 && error.retryAfter <= 121, `retryAfter ${error.retryAfter}`);
  });

  test('a redirect is not followed: http_error 302', async () => {
    const error = await failure(client({ apiBase: `${server.url}/moved` }).getAccess('acc_1'));
    assert.deepEqual([error.code, error.status], ['http_error', 302]);
  });

  test('a closed port: network_error naming the reason', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    const error = await failure(createProviderClient({ apiBase: `http://127.0.0.1:${port}`, secretKey: 'sk_test' }).getCatalog());
    assert.deepEqual([error.code, error.status], ['network_error', undefined]);
    assert.match(error.message, /^GET \/v1\/catalog: the provider at http:\/\/127\.0\.0\.1:\d+ did not answer \(ECONNREFUSED\)$/);
    assert.ok(error.cause instanceof Error);
  });

  test("the caller's signal: aborted mid-call, or nothing sent when aborted already", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const started = Date.now();
    const mid = await failure(client({ apiBase: `${server.url}/never`, timeoutMs: 5_000 }).listAccesses('user-1', { signal: controller.signal }));
    assert.deepEqual([mid.code, mid.status], ['aborted', undefined]);
    assert.equal((mid.cause as Error).message, 'user left');
    assert.ok(Date.now() - started < 1500);

    const count = server.received.length;
    const early = await failure(client({ apiBase: `${server.url}/ok` }).listAccesses('user-1', { signal: AbortSignal.abort() }));
    assert.equal(early.code, 'aborted');
    assert.equal(server.received.length, count, 'nothing was sent');
  });

  test('what is sent: base path kept, JSON body, secret key to the backend endpoints only', async () => {
    const api = client({ apiBase: `${server.url}/ok/api` });
    assert.equal((await api.listAccesses('  user-1 ')).length, 1);
    const list = server.received.at(-1);
    assert.equal(list?.url, '/ok/api/v1/accesses?ownerExternalId=user-1', 'the base path is kept; the owner trimmed as the protocol says');
    assert.equal(list?.headers.authorization, 'Bearer sk_test');
    assert.equal(list?.headers['content-type'], undefined);
    await failure(api.advanceClock({ advanceSeconds: 60 }));
    const clock = server.received.at(-1);
    assert.deepEqual([clock?.method, clock?.headers['content-type'], clock?.body], ['POST', 'application/json', '{"advanceSeconds":60}']);
    await failure(api.getCatalog());
    assert.equal(server.received.at(-1)?.headers.authorization, undefined);
  });
});

describe('bad input never leaves the process', () => {
  const calls: string[] = [];
  const counting: FetchLike = async (input) => {
    calls.push(input);
    return new Response('{}');
  };
  const provider = createProviderClient({ apiBase: 'https://provider.example', secretKey: 'sk_test', fetch: counting });

  const cases: [string, () => Promise<unknown>, string | null, RegExp][] = [
    ['createLink: empty owner', () => provider.createLink({ ownerExternalId: ' ', returnUrl: 'https://shop.example/back' }), 'ownerExternalId', /must not be empty/],
    ['createLink: ftp returnUrl', () => provider.createLink({ ownerExternalId: 'u', returnUrl: 'ftp://shop.example' }), 'returnUrl', /must be an http\(s\) URL/],
    ['createLink: accessDays 500', () => provider.createLink({ ownerExternalId: 'u', returnUrl: 'https://shop.example', accessDays: 500 }), 'accessDays', /1 to 180/],
    ['createLink: not an object', () => provider.createLink(null as never), null, /expected object/],
    ['defaultImport: no signature', () => provider.defaultImport({ sessionId: 'ses_1' } as never), 'sessionIdSignature', /expected string/],
    ['getLink: empty id', () => provider.getLink(''), 'id', /must not be empty/],
    ['getAccess: a number', () => provider.getAccess(42 as never), 'id', /expected string/],
    ['listAccesses: control character', () => provider.listAccesses('a\u0000b'), 'ownerExternalId', /control characters/],
    ['createReconnectToken: empty', () => provider.createReconnectToken(''), 'accessId', /must not be empty/],
    ['getReconnectToken: short token', () => provider.getReconnectToken('abc'), 'token', /reconnect token/],
    ['getCatalog: lower-case country', () => provider.getCatalog({ country: 'pl' }), 'country', /two-letter/],
    ['advanceClock: half a second', () => provider.advanceClock({ advanceSeconds: 0.5 }), 'advanceSeconds', /whole number of seconds/],
    ['call options: timeoutMs 0', () => provider.getAccess('acc_1', { timeoutMs: 0 }), 'options.timeoutMs', /1 to 600000/],
    ['call options: signal not a signal', () => provider.getAccess('acc_1', { signal: 'stop' as never }), 'options.signal', /AbortSignal/],
  ];
  for (const [name, run, field, message] of cases) {
    test(`${name}: invalid_input naming ${field ?? 'the body'}`, async () => {
      const error = await failure(run());
      assert.deepEqual([error.code, error.status, error.field], ['invalid_input', undefined, field]);
      assert.match(error.message, message);
      if (field) assert.ok(error.message.startsWith(`${field}: `), error.message);
      assert.match(error.message, /nothing was sent\)$/);
      assert.deepEqual(calls, [], 'no request');
    });
  }
});

describe('createProviderClient options', () => {
  const cases: [string, unknown, string | null, RegExp][] = [
    ['apiBase not absolute', { apiBase: 'provider.example', secretKey: 'k' }, 'apiBase', /absolute http\(s\) URL/],
    ['apiBase with a query', { apiBase: 'https://provider.example/?x=1', secretKey: 'k' }, 'apiBase', /without query/],
    ['apiBase ftp', { apiBase: 'ftp://provider.example', secretKey: 'k' }, 'apiBase', /http\(s\)/],
    ['apiBase missing', { secretKey: 'k' }, 'apiBase', /expected string/],
    ['secretKey empty', { apiBase: 'https://provider.example', secretKey: '' }, 'secretKey', /must not be empty/],
    ['secretKey with a line break', { apiBase: 'https://provider.example', secretKey: 'sk\r\nX-Evil: 1' }, 'secretKey', /no spaces or line breaks/],
    ['timeoutMs negative', { apiBase: 'https://provider.example', secretKey: 'k', timeoutMs: -1 }, 'timeoutMs', /1 to 600000/],
    ['fetch not a function', { apiBase: 'https://provider.example', secretKey: 'k', fetch: 'fetch' }, 'fetch', /signature of fetch/],
    ['no options', undefined, null, /must be an object/],
  ];
  for (const [name, options, field, message] of cases) {
    test(`${name}: invalid_options naming ${field ?? 'the options'}`, () => {
      assert.throws(
        () => createProviderClient(options as ProviderClientOptions),
        (error: unknown) => {
          assert.ok(isProviderApiError(error));
          assert.deepEqual([error.code, error.field], ['invalid_options', field]);
          assert.match(error.message, message);
          if (field) assert.ok(error.message.startsWith(`${field}: `) && error.message.endsWith('(createProviderClient)'), error.message);
          return true;
        },
      );
    });
  }

  test('good options: a client with its apiBase', () => {
    assert.equal(createProviderClient({ apiBase: 'https://provider.example/api', secretKey: 'sk_live_1' }).apiBase, 'https://provider.example/api');
  });
});

describe('ProviderApiError and Retry-After', () => {
  test('an Error named ProviderApiError; the message names the field once', () => {
    const error = new ProviderApiError({ status: 404, code: 'not_found', message: 'No such access', field: 'id' });
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'ProviderApiError');
    assert.equal(error.message, 'id: No such access');
    assert.equal(new ProviderApiError({ code: 'invalid_request', message: 'returnUrl: must be an http(s) URL', field: 'returnUrl' }).message, 'returnUrl: must be an http(s) URL');
    assert.equal(new ProviderApiError({ code: 'internal_error', message: 'Boom' }).field, null);
    assert.equal(isProviderApiError(new Error('x')), false);
    assert.equal(isProviderApiError({ name: 'ProviderApiError', code: 'x' }), false, 'a plain object is no error');
  });

  test('parseRetryAfter: seconds, HTTP dates (past ones are 0), anything else undefined', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 12:01:30 GMT', now), 90);
    assert.equal(parseRetryAfter('Thursday, 01-Jan-26 12:00:10 GMT', now), 10, 'the obsolete RFC 850 form');
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', now), 0);
    for (const bad of ['-5', '1.5', 'soon', '', null, undefined, 'Thu, 99 Foo 2026']) assert.equal(parseRetryAfter(bad, now), undefined, String(bad));
  });
});

describe('standard APIs only', () => {
  // The client and its errors run wherever fetch does: no node: module and no Buffer in them nor in
  // anything they import.
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) walk(resolve(dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts')));
  };
  walk(resolve(root, 'server/client.ts'));
  walk(resolve(root, 'server/errors.ts'));

  test('the import graph of client.ts and errors.ts', () => {
    const files = [...seen].map((file) => file.slice(root.length + 1)).sort();
    assert.ok(files.includes('server/client.ts') && files.includes('server/errors.ts') && files.includes('core/protocol/access.ts'), files.join(', '));
    for (const file of seen) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      assert.doesNotMatch(code, /['"]node:|from\s+['"](?:fs|path|http|https|crypto|buffer|net|url)['"]/, `${file} imports a Node module`);
      assert.doesNotMatch(code, /\bBuffer\b/, `${file} uses Buffer`);
      assert.doesNotMatch(code, /\bprocess\./, `${file} uses process`);
    }
  });
});
