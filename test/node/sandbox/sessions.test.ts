import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createSessionResponseSchema } from '../../../src/core/protocol/session.js';
import { ORIGIN, START, bankPath, completionData, createSession, makeSandbox, postForm, postJson, sessionBody, sessionStatus, type ApiErrorJson } from './helpers.js';

describe('POST /v1/signin-sessions', () => {
  const { app, sandbox } = makeSandbox({ ttlMs: 60_000 });
  after(() => sandbox.close());

  const expectError = async (response: Response, status: number, code: string, field: string | null) => {
    const text = await response.text();
    assert.equal(response.status, status, text);
    const body = JSON.parse(text) as ApiErrorJson;
    assert.equal(body.error.code, code, text);
    assert.equal(body.error.field, field, text);
    assert.ok(body.error.message.length > 0);
  };

  test('creates a session', async () => {
    const response = await postJson(app, '/v1/signin-sessions', sessionBody({ locale: 'pl' }), { origin: ORIGIN });
    assert.equal(response.status, 201);
    const parsed = createSessionResponseSchema.safeParse(await response.json());
    assert.ok(parsed.success);
    const { sessionId, authorizationUrl, state, expiresAt } = parsed.data;
    assert.match(sessionId, /^ses_[\w-]{16,}$/);
    assert.match(authorizationUrl, /^http:\/\/localhost:8787\/bank\/[\w-]{20,}$/);
    assert.ok(!authorizationUrl.includes(sessionId), 'the authorization URL does not expose the session id');
    assert.ok(state.length >= 32);
    assert.equal(expiresAt, new Date(START + 60_000).toISOString());
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
  });

  test('works without an Origin header (server-to-server) and with 127.0.0.1 origins', async () => {
    assert.equal((await postJson(app, '/v1/signin-sessions', sessionBody())).status, 201);
    const origin = 'http://127.0.0.1:5173';
    assert.equal((await postJson(app, '/v1/signin-sessions', sessionBody({ origin }), { origin })).status, 201);
  });

  test('each wrong field is a 400 naming it', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ clientId: 42 }, 'clientId'],
      [{ clientId: undefined }, 'clientId'],
      [{ ownerExternalId: '' }, 'ownerExternalId'],
      [{ ownerExternalId: 'x'.repeat(129) }, 'ownerExternalId'],
      [{ ownerExternalId: 'a\u0000b' }, 'ownerExternalId'],
      [{ bankId: null }, 'bankId'],
      [{ consents: [] }, 'consents'],
      [{ consents: 'all' }, 'consents'],
      [{ consents: [{ id: 'terms', version: '1', acceptedAt: 'yesterday' }] }, 'consents.0.acceptedAt'],
      [{ consents: [{ id: 'terms', acceptedAt: '2025-01-15T11:59:00Z' }] }, 'consents.0.version'],
      [{ mode: 'iframe' }, 'mode'],
      [{ origin: undefined }, 'origin'],
      [{ origin: 'http://localhost:8000/path' }, 'origin'],
      [{ returnUrl: 'not a url' }, 'returnUrl'],
      [{ locale: 'polish!' }, 'locale'],
      [{ mode: 'redirect' }, 'returnUrl'],
      [{ consents: [{ id: 'terms', version: '1', acceptedAt: '2025-01-15T11:59:00Z' }, { id: 'terms', version: '2', acceptedAt: '2025-01-15T11:59:00Z' }] }, 'consents.1.id'],
    ];
    for (const [overrides, field] of cases) {
      await expectError(await postJson(app, '/v1/signin-sessions', sessionBody(overrides)), 400, 'invalid_request', field);
    }
  });

  test('unknown client, unknown bank, bank down: 422 naming the field', async () => {
    await expectError(await postJson(app, '/v1/signin-sessions', sessionBody({ clientId: 'someone' })), 422, 'unknown_client', 'clientId');
    await expectError(await postJson(app, '/v1/signin-sessions', sessionBody({ bankId: 'no-such-bank' })), 422, 'unknown_bank', 'bankId');
    await expectError(await postJson(app, '/v1/signin-sessions', sessionBody({ bankId: 'bank-polnocny' })), 422, 'bank_down', 'bankId');
  });

  test('origin checks: allowed origins only, equal to the Origin header; returnUrl on an allowed origin', async () => {
    await expectError(await postJson(app, '/v1/signin-sessions', sessionBody({ origin: 'https://evil.example' })), 403, 'origin_not_allowed', 'origin');
    await expectError(await postJson(app, '/v1/signin-sessions', sessionBody(), { origin: 'http://localhost:9999' }), 403, 'origin_not_allowed', 'origin');
    await expectError(
      await postJson(app, '/v1/signin-sessions', sessionBody({ mode: 'redirect', returnUrl: 'https://evil.example/back' })),
      403,
      'origin_not_allowed',
      'returnUrl',
    );
    const ok = await postJson(app, '/v1/signin-sessions', sessionBody({ mode: 'redirect', returnUrl: `${ORIGIN}/back?x=1` }), { origin: ORIGIN });
    assert.equal(ok.status, 201);
  });

  test('CORS: preflight and answers allow only the client origins', async () => {
    const preflight = (origin: string) =>
      app.request('/v1/signin-sessions', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight(ORIGIN);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /content-type/i);
    const denied = await preflight('https://evil.example');
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
    const deniedPost = await postJson(app, '/v1/signin-sessions', sessionBody({ origin: 'https://evil.example' }), { origin: 'https://evil.example' });
    assert.equal(deniedPost.status, 403);
    assert.equal(deniedPost.headers.get('access-control-allow-origin'), null);
    const errorForAllowed = await postJson(app, '/v1/signin-sessions', sessionBody({ bankId: 'nope' }), { origin: ORIGIN });
    assert.equal(errorForAllowed.headers.get('access-control-allow-origin'), ORIGIN, 'the widget can read error bodies');
  });

  test('bad bodies: invalid JSON 400, not an object 400, wrong content type 415, huge 413', async () => {
    const raw = (body: string, type = 'application/json', headers: Record<string, string> = {}) =>
      app.request('/v1/signin-sessions', { method: 'POST', headers: { 'content-type': type, ...headers }, body });
    await expectError(await raw('{"clientId":'), 400, 'invalid_json', null);
    await expectError(await raw('[1,2]'), 400, 'invalid_request', null);
    await expectError(await raw('null'), 400, 'invalid_request', null);
    await expectError(await raw('clientId=x', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type', null);
    await expectError(await raw(JSON.stringify(sessionBody({ ownerExternalId: 'x'.repeat(200_000) }))), 413, 'payload_too_large', null);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const streamed = await app.request('/v1/signin-sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunked, duplex: 'half' } as RequestInit);
    assert.equal(streamed.status, 413, 'a body without Content-Length is limited too');
    // The server still works afterwards.
    assert.equal((await postJson(app, '/v1/signin-sessions', sessionBody())).status, 201);
  });

  test('unknown routes answer the JSON error shape', async () => {
    const response = await app.request('/v1/nothing');
    assert.equal(response.status, 404);
    assert.equal(((await response.json()) as ApiErrorJson).error.code, 'not_found');
  });
});

describe('GET /connecting', () => {
  const { app, sandbox } = makeSandbox();
  after(() => sandbox.close());

  test('a localized, script-free spinner page with strict security headers', async () => {
    const response = await app.request('/connecting?locale=pl');
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<html lang="pl">/);
    assert.match(html, /Łączenie z bankiem…/);
    assert.match(html, /class="spinner"/);
    assert.doesNotMatch(html, /<script|style=/);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "img-src 'self' data:"]) assert.ok(csp.includes(directive), directive);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cross-origin-opener-policy'), null, 'no COOP: the popup keeps window.opener');
    assert.match(await (await app.request('/connecting?locale=xx')).text(), /Connecting to your bank…/);
  });

  test('the stylesheet honours prefers-reduced-motion and the completion script is served', async () => {
    const css = await app.request('/assets/sandbox.css');
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await css.text(), /prefers-reduced-motion: reduce/);
    const js = await app.request('/assets/completion.js');
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(await js.text(), /opener\.postMessage\(data\.message, data\.targetOrigin\)/);
    assert.equal((await app.request('/assets/other.js')).status, 404);
  });
});

describe('robustness', () => {
  const { app, sandbox } = makeSandbox();
  after(() => sandbox.close());

  test('malformed paths, queries and forms get 4xx answers, never a 5xx, and the session survives', async () => {
    const { authorizationUrl, sessionId } = await createSession(app);
    const bank = bankPath(authorizationUrl);
    const gets = ['/bank/%E0%A4%A', '/logos/%E0%A4%A.svg', '/signin/%ZZ', '/v1/catalog?country=%E0%A4%A', '/connecting?locale=%E0', `${bank}/wait`];
    for (const path of gets) assert.ok((await app.request(path)).status < 500, path);
    const forms: [string, string][] = [
      ['multipart/form-data; boundary=zz', '--zz\r\nbroken'],
      ['application/x-www-form-urlencoded', '%%%=%%%&username=%E0'],
      ['text/plain', 'username=demo&password=demo'],
      ['application/json', '{"username":"demo","password":"demo"}'],
    ];
    for (const [type, body] of forms) {
      const response = await app.request(`${bank}/login`, { method: 'POST', headers: { 'content-type': type }, body });
      assert.ok(response.status < 500, `${type}: ${response.status}`);
    }
    assert.equal(await sessionStatus(app, sessionId), 'authorizing');
    const ok = await postForm(app, `${bank}/login`, { username: 'demo', password: 'demo' });
    assert.equal(completionData(await ok.text()).message.status, 'success');
  });
});
