// The document and the server cannot drift: real requests to the real sandbox (in-process), every
// operation with its success and error statuses, each answer checked against the document's schema
// for its path, method and status (Ajv2020, JSON Schema 2020-12), and an undocumented status fails.
// The webhooks the flows trigger are checked against the document's webhooks the same way.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { buildOpenApiDocument, type JsonObject } from '../../../src/server/openapi.js';
import { signSessionId } from '../../../demo/sandbox/signing.js';
import { DEFAULT_CLIENT } from '../../../demo/sandbox/config.js';
import { ORIGIN, SECRET, bankPath, completionData, makeSandbox, postForm, sessionBody, verifyDelivery } from '../sandbox/helpers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const document = buildOpenApiDocument();
const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
const toDefs = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/')) as T;
const defs = toDefs(document.components.schemas);
const compiled = new Map<JsonObject, ValidateFunction>();
const validatorOf = (schema: JsonObject): ValidateFunction => {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile({ $defs: defs, ...toDefs(schema) })));
  return validate;
};

const templates = Object.keys(document.paths).map((path) => ({ path, pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));
const templateOf = (path: string): string => {
  const found = templates.find((template) => template.pattern.test(path));
  assert.ok(found, `${path}: no path of the document`);
  return found.path;
};

/** `method template status` of every answer checked, for the coverage test. */
const recorded = new Set<string>();
const problems: string[] = [];
let answers = 0;

interface Answer {
  status: number;
  body: Record<string, unknown> & { error?: { code: string } };
  headers: Headers;
}

const OTHER_CLIENT = { id: 'other-client', allowedOrigins: DEFAULT_CLIENT.allowedOrigins };
const webhooks: { url: string; body: string; headers: Headers }[] = [];
const made = makeSandbox({
  clients: [{ ...DEFAULT_CLIENT, webhookUrl: 'http://localhost:9999/hooks' }, OTHER_CLIENT],
  // Finished sessions stay readable while the test clock runs days ahead.
  retentionMs: 30 * 86_400_000,
  webhookBaseDelayMs: 1,
  webhookMaxAttempts: 1,
  fetch: async (url, init) => {
    webhooks.push({ url, body: String(init.body), headers: new Headers(init.headers) });
    return new Response(null, { status: 204 });
  },
});
const { app, sandbox } = made;
const limited = makeSandbox({ sessionsPerMinute: 1 });

/** One real request, checked against the document: a documented status, a body that matches its schema. */
async function call(method: string, path: string, options: { body?: unknown; raw?: string; type?: string; auth?: boolean; headers?: Record<string, string>; on?: typeof app } = {}): Promise<Answer> {
  const headers = new Headers(options.headers);
  if (options.auth !== false) headers.set('authorization', `Bearer ${SECRET}`);
  const raw = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (raw !== undefined) headers.set('content-type', options.type ?? 'application/json');
  const response = await (options.on ?? app).request(path, { method, headers, ...(raw === undefined ? {} : { body: raw }) });
  const text = await response.text();
  const template = templateOf(new URL(path, 'http://x').pathname);
  const operation = document.paths[template]?.[method.toLowerCase()];
  assert.ok(operation, `${method} ${template}: no operation in the document`);
  const key = `${method.toUpperCase()} ${template} ${response.status}`;
  recorded.add(key);
  answers++;
  const documented = (operation.responses as Record<string, JsonObject>)[String(response.status)];
  if (!documented) problems.push(`${key}: status not documented (${text.slice(0, 200)})`);
  const schema = (documented?.content as Record<string, { schema: JsonObject }> | undefined)?.['application/json']?.schema;
  let body: Answer['body'] = {};
  if (schema) {
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/, key);
    body = JSON.parse(text) as Answer['body'];
    const validate = validatorOf(schema);
    if (!validate(body)) problems.push(`${key}: ${ajv.errorsText(validate.errors)} in ${text.slice(0, 300)}`);
  } else if (documented && text !== '') problems.push(`${key}: a body where the document has none`);
  for (const name of Object.keys((documented?.headers ?? {}) as object)) {
    if (!response.headers.has(name)) problems.push(`${key}: no ${name} header`);
  }
  return { status: response.status, body, headers: response.headers };
}

const expect = (answer: Answer, status: number, code?: string): Answer => {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  if (code) assert.equal(answer.body.error?.code, code);
  return answer;
};

type Overrides = Parameters<typeof sessionBody>[0];
const startSession = async (overrides: Overrides = {}) =>
  expect(await call('POST', '/v1/signin-sessions', { body: sessionBody(overrides), auth: false, headers: { origin: ORIGIN } }), 201).body as { sessionId: string; authorizationUrl: string };

/** A session signed in at the bank (demo/demo, popup): its id and signature. */
async function signIn(overrides: Overrides = {}) {
  const { sessionId, authorizationUrl } = await startSession(overrides);
  await app.request(bankPath(authorizationUrl));
  const { message } = completionData(await (await postForm(app, `${bankPath(authorizationUrl)}/login`, { username: 'demo', password: 'demo' })).text());
  assert.equal(message.status, 'success');
  return { sessionId, sessionIdSignature: message.sessionIdSignature ?? '' };
}

/** Multiple access granted and default-imported: its id. */
async function grant(overrides: Overrides = {}): Promise<string> {
  const signed = await signIn({ accessMode: 'multiple', ...overrides });
  const imported = expect(await call('POST', '/v1/default-import', { body: signed }), 200);
  return (imported.body.access as { id: string }).id;
}

const reconnectToken = async (accessId: string): Promise<string> => (expect(await call('POST', `/v1/accesses/${accessId}/reconnect-tokens`), 201).body as { token: string }).token;
const advance = async (seconds: number) => expect(await call('POST', '/v1/sandbox/clock', { body: { advanceSeconds: seconds } }), 200);

describe('the sandbox answers as its OpenAPI document says', () => {
  after(() => {
    sandbox.close();
    limited.sandbox.close();
  });

  test('every JSON-body and secret-key call: 400 invalid_json / invalid_request, 413, 415, 401', async () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const url = path.replace(/\{[^}]+\}/g, 'nope');
        if ((operation.security as unknown[]).length > 0) expect(await call(method.toUpperCase(), url, { auth: false }), 401, 'unauthorized');
        if (!operation.requestBody) continue;
        expect(await call(method.toUpperCase(), url, { raw: '{"a":', headers: { origin: ORIGIN } }), 400, 'invalid_json');
        expect(await call(method.toUpperCase(), url, { body: { nothing: true }, headers: { origin: ORIGIN } }), 400, 'invalid_request');
        expect(await call(method.toUpperCase(), url, { raw: 'x', type: 'text/plain', headers: { origin: ORIGIN } }), 415, 'unsupported_media_type');
        expect(await call(method.toUpperCase(), url, { body: { pad: 'x'.repeat(70_000) }, headers: { origin: ORIGIN } }), 413, 'payload_too_large');
      }
    }
  });

  test('the catalog: 200 with its ETag, 304, 400', async () => {
    const full = expect(await call('GET', '/v1/catalog?country=PL&locale=pl', { auth: false }), 200);
    expect(await call('GET', '/v1/catalog?country=PL&locale=pl', { auth: false, headers: { 'if-none-match': full.headers.get('etag') ?? '' } }), 304);
    expect(await call('GET', '/v1/catalog', { auth: false }), 200);
    expect(await call('GET', '/v1/catalog?country=POL', { auth: false }), 400, 'invalid_request');
  });

  test('sessions: created, refused for each reason, read, default-imported once', async () => {
    const pending = await startSession();
    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody({ origin: 'http://evil.example' }), auth: false }), 403, 'origin_not_allowed');
    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody({ clientId: 'nobody' }), auth: false }), 422, 'unknown_client');
    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody({ bankId: 'no-such-bank' }), auth: false }), 422, 'unknown_bank');
    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody({ bankId: 'bank-polnocny' }), auth: false }), 422, 'bank_down');
    const linkReturn = `${sandbox.config.publicUrl}/signin/lnk_nope/return`;
    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody({ mode: 'redirect', returnUrl: linkReturn }), auth: false }), 404, 'not_found');

    expect(await call('GET', `/v1/signin-sessions/${pending.sessionId}`), 200);
    expect(await call('GET', '/v1/signin-sessions/ses_nope'), 404, 'not_found');

    const signed = await signIn();
    expect(await call('GET', `/v1/signin-sessions/${signed.sessionId}`), 200);
    expect(await call('POST', '/v1/default-import', { body: { ...signed, sessionIdSignature: 'forged' } }), 403, 'invalid_signature');
    expect(await call('POST', '/v1/default-import', { body: { sessionId: 'ses_nope', sessionIdSignature: signSessionId(SECRET, 'ses_nope') } }), 404, 'not_found');
    expect(await call('POST', '/v1/default-import', { body: { sessionId: pending.sessionId, sessionIdSignature: signSessionId(SECRET, pending.sessionId) } }), 409, 'session_not_successful');
    expect(await call('POST', '/v1/default-import', { body: signed }), 200);
    expect(await call('POST', '/v1/default-import', { body: signed }), 409, 'already_imported');

    // Multiple access: the access's import limit reaches the Default Import too.
    const many = await signIn({ accessMode: 'multiple', accessDays: 30, ownerExternalId: 'user-limit' });
    const session = expect(await call('GET', `/v1/signin-sessions/${many.sessionId}`), 200).body as { access: { id: string } };
    for (let i = 0; i < 4; i++) expect(await call('POST', `/v1/accesses/${session.access.id}/imports`), 201);
    expect(await call('POST', `/v1/accesses/${session.access.id}/imports`), 429, 'import_limit_reached');
    const limitedImport = expect(await call('POST', '/v1/default-import', { body: many }), 429, 'import_limit_reached');
    assert.ok(Number(limitedImport.headers.get('retry-after')) > 0);

    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody(), auth: false, headers: { origin: ORIGIN }, on: limited.app }), 201);
    const tooMany = expect(await call('POST', '/v1/signin-sessions', { body: sessionBody(), auth: false, headers: { origin: ORIGIN }, on: limited.app }), 429, 'rate_limited');
    assert.ok(Number(tooMany.headers.get('retry-after')) > 0);
  });

  test('links: created, refused, read through their life', async () => {
    const returnUrl = `${ORIGIN}/return`;
    const created = expect(await call('POST', '/v1/signin-links', { body: { ownerExternalId: 'user-7', returnUrl, country: 'PL', locale: 'pl', webhookUrl: 'http://localhost:9999/links' } }), 201);
    const id = created.body.id as string;
    expect(await call('GET', `/v1/signin-links/${id}`), 200);
    expect(await call('GET', '/v1/signin-links/lnk_nope'), 404, 'not_found');
    expect(await call('POST', '/v1/signin-links', { body: { ownerExternalId: 'user-7', returnUrl: 'https://evil.example/return' } }), 403, 'origin_not_allowed');
    expect(await call('POST', '/v1/signin-links', { body: { ownerExternalId: 'user-7', returnUrl, reconnectAccessId: 'acc_nope' } }), 404, 'not_found');

    // Through the hosted form to the bank: the link succeeds, then refuses new sessions.
    const bank = await postForm(app, `/signin/${id}/form`, { bankId: 'demo-bank-pl', consent: ['terms', 'data-access'] });
    assert.equal(bank.status, 303);
    const bankUrl = new URL(bank.headers.get('location') ?? '', sandbox.config.publicUrl);
    await app.request(bankUrl.pathname);
    const back = await postForm(app, `${bankUrl.pathname}/login`, { username: 'demo', password: 'demo' });
    assert.equal(back.status, 303);
    const done = expect(await call('GET', `/v1/signin-links/${id}`), 200);
    assert.equal(done.body.status, 'success');
    const closed = sessionBody({ ownerExternalId: 'user-7', mode: 'redirect', returnUrl: `${sandbox.config.publicUrl}/signin/${id}/return`, origin: new URL(sandbox.config.publicUrl).origin });
    expect(await call('POST', '/v1/signin-sessions', { body: closed, auth: false }), 410, 'link_closed');
  });

  test('long-lived access: list, read, import, reconnect, owner data, revoke, the clock', async () => {
    const accessId = await grant({ ownerExternalId: 'user-9', accessDays: 30 });
    expect(await call('GET', '/v1/accesses?ownerExternalId=user-9'), 200);
    expect(await call('GET', '/v1/accesses'), 400, 'invalid_request');
    expect(await call('GET', `/v1/accesses/${accessId}`), 200);
    expect(await call('GET', '/v1/accesses/acc_nope'), 404, 'not_found');
    expect(await call('POST', `/v1/accesses/${accessId}/imports`), 201);
    expect(await call('POST', '/v1/accesses/acc_nope/imports'), 404, 'not_found');
    expect(await call('GET', '/v1/owners/user-9/data'), 200);
    expect(await call('GET', '/v1/owners/%01/data'), 400, 'invalid_request');
    expect(await call('GET', '/v1/sandbox/clock'), 200);

    // Reconnect tokens: read, for the wrong client, mismatched, used, expired.
    const token = await reconnectToken(accessId);
    expect(await call('POST', '/v1/accesses/acc_nope/reconnect-tokens'), 404, 'not_found');
    expect(await call('GET', `/v1/reconnect-tokens/${token}?clientId=sandbox-client`, { auth: false }), 200);
    expect(await call('GET', `/v1/reconnect-tokens/${token}?clientId=other-client`, { auth: false }), 403, 'reconnect_token_wrong_client');
    expect(await call('GET', '/v1/reconnect-tokens/nope-nope-nope-nope', { auth: false }), 404, 'not_found');
    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody({ ownerExternalId: 'user-9', reconnectToken: token, clientId: 'other-client' }), auth: false }), 403, 'reconnect_token_wrong_client');
    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody({ ownerExternalId: 'user-9', reconnectToken: token, bankId: 'demo-bank-de' }), auth: false }), 409, 'reconnect_token_mismatch');
    await signIn({ ownerExternalId: 'user-9', reconnectToken: token, accessMode: 'multiple' });
    expect(await call('GET', `/v1/reconnect-tokens/${token}`, { auth: false }), 410, 'reconnect_token_used');
    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody({ ownerExternalId: 'user-9', reconnectToken: token }), auth: false }), 410, 'reconnect_token_used');
    const stale = await reconnectToken(accessId);
    await advance(16 * 60);
    expect(await call('GET', `/v1/reconnect-tokens/${stale}`, { auth: false }), 410, 'reconnect_token_expired');

    // A link that renews must be for the access's owner.
    expect(await call('POST', '/v1/signin-links', { body: { ownerExternalId: 'someone-else', returnUrl: `${ORIGIN}/return`, reconnectAccessId: accessId } }), 409, 'reconnect_token_mismatch');

    // Past its end: expired (imports refused), then revoked (tokens and links refused).
    const other = await grant({ ownerExternalId: 'user-10', accessDays: 2 });
    const otherSigned = await signIn({ ownerExternalId: 'user-11', accessMode: 'multiple', accessDays: 1 });
    await advance(36 * 3600); // access.expiring, a day before the end of a 2-day access
    expect(await call('GET', `/v1/accesses/${other}`), 200);
    await advance(24 * 3600);
    expect(await call('POST', `/v1/accesses/${other}/imports`), 410, 'access_expired');
    expect(await call('POST', '/v1/default-import', { body: otherSigned }), 410, 'access_expired');
    const revokeToken = await reconnectToken(other);
    expect(await call('DELETE', `/v1/accesses/${other}`), 200);
    expect(await call('DELETE', `/v1/accesses/${other}`), 200);
    expect(await call('DELETE', '/v1/accesses/acc_nope'), 404, 'not_found');
    expect(await call('POST', `/v1/accesses/${other}/reconnect-tokens`), 410, 'access_revoked');
    expect(await call('GET', `/v1/reconnect-tokens/${revokeToken}`, { auth: false }), 410, 'access_revoked');
    expect(await call('POST', '/v1/signin-sessions', { body: sessionBody({ ownerExternalId: 'user-10', reconnectToken: revokeToken }), auth: false }), 410, 'access_revoked');
    expect(await call('POST', '/v1/signin-links', { body: { ownerExternalId: 'user-10', returnUrl: `${ORIGIN}/return`, reconnectAccessId: other } }), 410, 'access_revoked');
    expect(await call('GET', '/v1/owners/user-10/data'), 200);
  });

  test('every answer checked matched the document, and every documented status was met (500 aside)', (t) => {
    assert.deepEqual(problems, []);
    t.diagnostic(`${answers} answers checked, ${recorded.size} operation/status pairs met`);
    const missing: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const status of Object.keys(operation.responses as object)) {
          const key = `${method.toUpperCase()} ${path} ${status}`;
          if (status !== '500' && !recorded.has(key)) missing.push(key);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  test('the webhooks the flows sent match the document’s webhooks, every event type among them', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const seen = new Set<string>();
    for (const { body, headers } of webhooks) {
      const event = JSON.parse(body) as { type: string; id: string };
      const hook = document.webhooks[event.type]?.post;
      assert.ok(hook, `no webhook ${event.type} in the document`);
      // Each documented header is there, of its schema; the signature verifies as the recipe says.
      for (const parameter of hook.parameters as { name: string; required: boolean; schema: JsonObject }[]) {
        const value = headers.get(parameter.name);
        assert.ok(value !== null || !parameter.required, `${event.type}: no ${parameter.name} header`);
        const validate = validatorOf(parameter.schema);
        assert.ok(validate(value), `${event.type}: ${parameter.name} "${value}": ${ajv.errorsText(validate.errors)}`);
      }
      assert.equal(headers.get('webhook-id'), event.id);
      await verifyDelivery(body, headers, Number(headers.get('webhook-timestamp')) * 1000);
      const schema = (hook.requestBody as { content: Record<string, { schema: JsonObject }> }).content['application/json']?.schema;
      assert.ok(schema);
      const validate = validatorOf(schema);
      assert.ok(validate(event), `${event.type}: ${ajv.errorsText(validate.errors)} in ${body}`);
      seen.add(event.type);
    }
    assert.deepEqual([...seen].sort(), Object.keys(document.webhooks).sort());
  });
});
