// Long-lived access at the sandbox: access modes on sessions, the Default Import as the first
// import, /v1/accesses (read, list, repeated imports and their limit, revoke), expiry and the test
// clock, reconnect tokens, the owner's data across banks, and the access.* webhooks.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { AccessInfo, AccessList, ClockInfo, ReconnectTokenInfo, ReconnectTokenResponse } from '../../../src/core/protocol/access.js';
import type { AccessImportResponse, DefaultImportResponse, OwnerDataResponse } from '../../../src/core/protocol/default-import.js';
import { accessWebhookEventSchema, type AccessWebhookEvent } from '../../../src/core/protocol/link.js';
import type { SessionInfo } from '../../../src/core/protocol/session.js';
import type { FetchLike } from '../../../demo/sandbox/config.js';
import { ORIGIN, START, authed, authedJson, bankPath, completionData, createSession, makeSandbox, postForm, postJson, sessionBody, verifyDelivery, type ApiErrorJson } from './helpers.js';

const DAY = 86_400_000;
const HOOK = 'http://127.0.0.1:9/hooks';

/** A sandbox whose client sends access webhooks to HOOK, recorded (and verified) here. */
function sandboxWithHooks(options: Parameters<typeof makeSandbox>[0] = {}) {
  const events: { event: AccessWebhookEvent; t: number }[] = [];
  const fetchStub: FetchLike = async (_url, init) => {
    const body = String(init.body);
    const t = await verifyDelivery(body, init.headers, Number(new Headers(init.headers).get('webhook-timestamp')) * 1000);
    const parsed = JSON.parse(body) as { type: string };
    if (parsed.type.startsWith('access.')) events.push({ event: accessWebhookEventSchema.parse(parsed) as AccessWebhookEvent, t: Number(t) });
    return new Response('ok');
  };
  const made = makeSandbox({ fetch: fetchStub, clients: [{ id: 'sandbox-client', allowedOrigins: ['http://localhost:*'], webhookUrl: HOOK }, { id: 'other-client', allowedOrigins: ['http://localhost:*'] }], ...options });
  return { ...made, events };
}

type App = ReturnType<typeof makeSandbox>['app'];

/** A successful demo/demo popup session; returns its id, signature and the completion message. */
async function signIn(app: App, overrides: Parameters<typeof sessionBody>[0] = {}) {
  const { authorizationUrl, sessionId } = await createSession(app, overrides);
  await app.request(bankPath(authorizationUrl));
  const { message } = completionData(await (await postForm(app, `${bankPath(authorizationUrl)}/login`, { username: 'demo', password: 'demo' })).text());
  assert.equal(message.status, 'success');
  return { sessionId, sessionIdSignature: message.sessionIdSignature ?? '', message };
}

const json = async <T>(response: Response | Promise<Response>): Promise<{ status: number; body: T & ApiErrorJson; headers: Headers }> => {
  const answer = await response;
  return { status: answer.status, body: (await answer.json()) as T & ApiErrorJson, headers: answer.headers };
};

/** Multiple access granted and default-imported: the access id. */
async function grant(app: App, overrides: Parameters<typeof sessionBody>[0] = {}) {
  const signed = await signIn(app, { accessMode: 'multiple', ...overrides });
  const imported = await json<DefaultImportResponse>(authedJson(app, '/v1/default-import', { sessionId: signed.sessionId, sessionIdSignature: signed.sessionIdSignature }));
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  assert.ok(imported.body.access);
  return { ...signed, accessId: imported.body.access.id, imported: imported.body };
}

const advance = (app: App, seconds: number) => json<ClockInfo>(authedJson(app, '/v1/sandbox/clock', { advanceSeconds: seconds }));
const importAgain = (app: App, id: string) => json<AccessImportResponse>(authed(app, `/v1/accesses/${id}/imports`, { method: 'POST' }));
const readAccess = (app: App, id: string) => json<AccessInfo>(authed(app, `/v1/accesses/${id}`));

describe('access modes on sessions', () => {
  const { app, sandbox } = makeSandbox({ accessDays: 90 });
  after(() => sandbox.close());

  test('single (the default) grants no access; the browser learns the mode only', async () => {
    const { message, sessionId, sessionIdSignature } = await signIn(app);
    assert.deepEqual(message.access, { mode: 'single' });
    const imported = await json<DefaultImportResponse>(authedJson(app, '/v1/default-import', { sessionId, sessionIdSignature }));
    assert.equal(imported.body.access, undefined);
    const info = await json<SessionInfo>(authed(app, `/v1/signin-sessions/${sessionId}`));
    assert.deepEqual([info.body.accessMode, info.body.access], ['single', undefined]);
  });

  test('multiple: the browser gets the mode and the end date, never the access id', async () => {
    const { message } = await signIn(app, { accessMode: 'multiple' });
    assert.deepEqual(message.access, { mode: 'multiple', expiresAt: new Date(START + 90 * DAY).toISOString() }, 'the sandbox default (accessDays: 90)');
    assert.ok(!JSON.stringify(message).includes('acc_'), 'no access id in the browser');
    const short = await signIn(app, { accessMode: 'multiple', accessDays: 7 });
    assert.equal(short.message.access?.expiresAt, new Date(START + 7 * DAY).toISOString());
  });

  test('bad access fields are refused naming the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ accessMode: 'mixed' }, 'accessMode', /accessMode/],
      [{ accessMode: 'forever' }, 'accessMode', /accessMode/],
      [{ accessMode: 'multiple', accessDays: 0 }, 'accessDays', /from 1 to 180/],
      [{ accessMode: 'multiple', accessDays: 181 }, 'accessDays', /from 1 to 180/],
      [{ accessMode: 'multiple', accessDays: 1.5 }, 'accessDays', /whole number/],
      [{ accessMode: 'multiple', accessDays: '30' }, 'accessDays', /accessDays/],
      [{ accessDays: 30 }, 'accessDays', /only with accessMode "multiple"/],
      [{ reconnectToken: 'short' }, 'reconnectToken', /reconnect token/],
    ];
    for (const [overrides, field, message] of cases) {
      const { status, body } = await json(postJson(app, '/v1/signin-sessions', sessionBody(overrides), { origin: ORIGIN }));
      assert.equal(status, 400, JSON.stringify(overrides));
      assert.equal(body.error.field, field, JSON.stringify(overrides));
      assert.match(body.error.message, message);
    }
  });
});

describe('/v1/accesses', () => {
  const { app, sandbox, events } = sandboxWithHooks();
  after(() => sandbox.close());

  test('the Default Import is the first import; the status routes show the access', async () => {
    const { accessId, imported, sessionId } = await grant(app, { ownerExternalId: 'owner-a' });
    assert.deepEqual(imported.access, { id: accessId, mode: 'multiple', status: 'active', expiresAt: new Date(START + 180 * DAY).toISOString(), importsToday: 1, importsPerDay: 4 });
    const session = await json<SessionInfo>(authed(app, `/v1/signin-sessions/${sessionId}`));
    assert.equal(session.body.access?.id, accessId);
    const read = await readAccess(app, accessId);
    assert.equal(read.status, 200);
    assert.deepEqual(
      { ...read.body },
      { id: accessId, ownerExternalId: 'owner-a', bankId: 'demo-bank-pl', mode: 'multiple', status: 'active', createdAt: new Date(START).toISOString(), expiresAt: new Date(START + 180 * DAY).toISOString(), lastImportAt: new Date(START).toISOString(), importsToday: 1, importsPerDay: 4, accessDays: 180 },
    );
    const list = await json<AccessList>(authed(app, '/v1/accesses?ownerExternalId=owner-a'));
    assert.deepEqual(list.body.accesses.map((access) => access.id), [accessId]);
    assert.deepEqual((await json<AccessList>(authed(app, '/v1/accesses?ownerExternalId=nobody'))).body.accesses, []);
  });

  test('bad input: the field named; unknown ids 404; no secret 401', async () => {
    const { accessId } = await grant(app);
    const missing = await json(authed(app, '/v1/accesses'));
    assert.deepEqual([missing.status, missing.body.error.field], [400, 'ownerExternalId']);
    const blank = await json(authed(app, '/v1/accesses?ownerExternalId=%20'));
    assert.deepEqual([blank.status, blank.body.error.field], [400, 'ownerExternalId']);
    for (const [method, path] of [['GET', '/v1/accesses/acc_nope'], ['POST', '/v1/accesses/acc_nope/imports'], ['DELETE', '/v1/accesses/acc_nope'], ['POST', '/v1/accesses/acc_nope/reconnect-tokens']] as const) {
      const answer = await json(authed(app, path, { method }));
      assert.deepEqual([answer.status, answer.body.error.code], [404, 'not_found'], `${method} ${path}`);
    }
    for (const [method, path] of [['GET', `/v1/accesses/${accessId}`], ['POST', `/v1/accesses/${accessId}/imports`], ['DELETE', `/v1/accesses/${accessId}`], ['GET', '/v1/sandbox/clock'], ['GET', '/v1/owners/u/data']] as const) {
      assert.equal((await authed(app, path, { method }, 'wrong-secret')).status, 401, `${method} ${path}`);
    }
    assert.equal((await readAccess(app, accessId)).body.status, 'active', 'the 401 revoked nothing');
    const clock = await json(authedJson(app, '/v1/sandbox/clock', { advanceSeconds: -5 }));
    assert.deepEqual([clock.status, clock.body.error.field], [400, 'advanceSeconds']);
  });

  test('4 imports per rolling 24 h, the Default Import included: the 5th gets 429 with Retry-After', async () => {
    const { accessId } = await grant(app);
    for (const count of [2, 3, 4]) {
      const again = await importAgain(app, accessId);
      assert.equal(again.status, 201, JSON.stringify(again.body));
      assert.equal(again.body.access.importsToday, count);
      assert.equal(again.body.accessId, accessId);
      assert.ok(again.body.accounts.length >= 2);
    }
    await advance(app, 3600);
    const refused = await importAgain(app, accessId);
    assert.deepEqual([refused.status, refused.body.error.code], [429, 'import_limit_reached']);
    assert.equal(refused.headers.get('retry-after'), String(23 * 3600), 'until the Default Import leaves the window');
    await advance(app, 23 * 3600);
    const next = await importAgain(app, accessId);
    assert.equal(next.status, 201);
    assert.equal(next.body.access.importsToday, 1, 'the four imports of the first day left the window: this one only');
    assert.equal(next.body.period.to, new Date(START + DAY).toISOString().slice(0, 10), 'the data is as of the sandbox clock');
  });

  test('the test clock expires the access: 410 access_expired, access.expiring then access.expired, once each', async () => {
    const { accessId } = await grant(app, { ownerExternalId: 'owner-exp', accessDays: 30 });
    const before = events.length;
    const clock = await advance(app, 22 * 86_400);
    assert.equal(clock.status, 200);
    assert.ok(clock.body.offsetSeconds >= 22 * 86_400);
    assert.equal((await readAccess(app, accessId)).body.status, 'active');
    await advance(app, 86_400);
    await sandbox.context.webhooks.idle();
    assert.deepEqual(events.slice(before).filter((item) => item.event.accessId === accessId).map((item) => item.event.type), ['access.expiring'], '7 days before, once');
    await advance(app, 8 * 86_400);
    await sandbox.context.webhooks.idle();
    const mine = events.slice(before).filter((item) => item.event.accessId === accessId);
    assert.deepEqual(mine.map((item) => item.event.type), ['access.expiring', 'access.expired']);
    assert.ok(mine.every((item) => item.t === Math.floor(START / 1000)), 'signed with the real time, not the advanced one');
    assert.equal((await readAccess(app, accessId)).body.status, 'expired');
    const refused = await importAgain(app, accessId);
    assert.deepEqual([refused.status, refused.body.error.code], [410, 'access_expired']);
    sandbox.sweep();
    await sandbox.context.webhooks.idle();
    assert.equal(events.filter((item) => item.event.accessId === accessId).length, 2, 'no event twice');
  });

  test('revoke: idempotent; imports and reconnect tokens refused with access_revoked; one access.revoked', async () => {
    const { accessId } = await grant(app, { ownerExternalId: 'owner-rev' });
    const first = await json<AccessInfo>(authed(app, `/v1/accesses/${accessId}`, { method: 'DELETE' }));
    assert.deepEqual([first.status, first.body.status], [200, 'revoked']);
    const second = await json<AccessInfo>(authed(app, `/v1/accesses/${accessId}`, { method: 'DELETE' }));
    assert.deepEqual([second.status, second.body.revokedAt], [200, first.body.revokedAt]);
    const refused = await importAgain(app, accessId);
    assert.deepEqual([refused.status, refused.body.error.code], [410, 'access_revoked']);
    const token = await json(authed(app, `/v1/accesses/${accessId}/reconnect-tokens`, { method: 'POST' }));
    assert.deepEqual([token.status, token.body.error.code], [410, 'access_revoked']);
    await sandbox.context.webhooks.idle();
    assert.deepEqual(events.filter((item) => item.event.accessId === accessId).map((item) => item.event.type), ['access.revoked']);
  });
});

describe('reconnect tokens', () => {
  const { app, sandbox, events } = sandboxWithHooks({ accessDays: 30 });
  after(() => sandbox.close());
  const newToken = async (accessId: string) => {
    const made = await json<ReconnectTokenResponse>(authed(app, `/v1/accesses/${accessId}/reconnect-tokens`, { method: 'POST' }));
    assert.equal(made.status, 201);
    return made.body;
  };

  test('an expired access renewed: same id, new expiresAt, active, renewed in the browser, access.renewed', async () => {
    const { accessId } = await grant(app, { ownerExternalId: 'owner-r', bankId: 'demo-bank-de' });
    await advance(app, 31 * 86_400);
    assert.equal((await readAccess(app, accessId)).body.status, 'expired');
    const token = await newToken(accessId);
    assert.ok(token.token.length >= 32);
    const now = Date.parse((await json<ClockInfo>(authed(app, '/v1/sandbox/clock'))).body.now);
    assert.equal(token.expiresAt, new Date(now + 15 * 60_000).toISOString());
    const info = await json<ReconnectTokenInfo>(app.request(`/v1/reconnect-tokens/${token.token}?clientId=sandbox-client`, { headers: { origin: ORIGIN } }));
    assert.equal(info.status, 200);
    assert.equal(info.headers.get('access-control-allow-origin'), ORIGIN);
    assert.deepEqual(info.body, { clientId: 'sandbox-client', bankId: 'demo-bank-de', ownerExternalId: 'owner-r', accessMode: 'multiple', accessDays: 30, accessExpiresAt: new Date(START + 30 * DAY).toISOString(), expiresAt: token.expiresAt });
    assert.equal((await app.request(`/v1/reconnect-tokens/${token.token}`, { headers: { origin: 'https://evil.example' } })).headers.get('access-control-allow-origin'), null);

    const renewed = await signIn(app, { ownerExternalId: 'owner-r', bankId: 'demo-bank-de', reconnectToken: token.token });
    assert.deepEqual(renewed.message.access, { mode: 'multiple', expiresAt: new Date(now + 30 * DAY).toISOString(), renewed: true });
    const access = await readAccess(app, accessId);
    assert.deepEqual([access.body.status, access.body.expiresAt, access.body.renewedAt], ['active', new Date(now + 30 * DAY).toISOString(), new Date(now).toISOString()]);
    assert.deepEqual((await json<AccessList>(authed(app, '/v1/accesses?ownerExternalId=owner-r'))).body.accesses.length, 1, 'renewed, not a second access');
    const imported = await json<DefaultImportResponse>(authedJson(app, '/v1/default-import', { sessionId: renewed.sessionId, sessionIdSignature: renewed.sessionIdSignature }));
    assert.equal(imported.body.access?.id, accessId);
    assert.equal((await importAgain(app, accessId)).status, 201, 'imports work again');
    await sandbox.context.webhooks.idle();
    assert.deepEqual(events.filter((item) => item.event.accessId === accessId).map((item) => item.event.type), ['access.expired', 'access.renewed'], 'past the expiring date in one jump: expired only');

    const reused = await json(postJson(app, '/v1/signin-sessions', sessionBody({ ownerExternalId: 'owner-r', bankId: 'demo-bank-de', reconnectToken: token.token }), { origin: ORIGIN }));
    assert.deepEqual([reused.status, reused.body.error.code, reused.body.error.field], [410, 'reconnect_token_used', 'reconnectToken']);
    const readUsed = await json(app.request(`/v1/reconnect-tokens/${token.token}`));
    assert.deepEqual([readUsed.status, readUsed.body.error.code], [410, 'reconnect_token_used']);
  });

  test('a token is bound to its bank, owner and client, and lives 15 minutes', async () => {
    const { accessId } = await grant(app, { ownerExternalId: 'owner-b' });
    const { token } = await newToken(accessId);
    const refused: [Record<string, unknown>, number, string, string][] = [
      [{ bankId: 'demo-bank-de' }, 409, 'reconnect_token_mismatch', 'bankId'],
      [{ ownerExternalId: 'someone-else' }, 409, 'reconnect_token_mismatch', 'ownerExternalId'],
      [{ accessMode: 'single' }, 400, 'invalid_request', 'accessMode'],
      [{ clientId: 'other-client' }, 403, 'reconnect_token_wrong_client', 'reconnectToken'],
      [{ reconnectToken: 'x'.repeat(32) }, 404, 'not_found', 'reconnectToken'],
    ];
    for (const [overrides, status, code, field] of refused) {
      const answer = await json(postJson(app, '/v1/signin-sessions', sessionBody({ ownerExternalId: 'owner-b', reconnectToken: token, ...overrides }), { origin: ORIGIN }));
      assert.deepEqual([answer.status, answer.body.error.code, answer.body.error.field], [status, code, field], JSON.stringify(overrides));
    }
    const wrongClient = await json(app.request(`/v1/reconnect-tokens/${token}?clientId=other-client`));
    assert.deepEqual([wrongClient.status, wrongClient.body.error.code], [403, 'reconnect_token_wrong_client']);
    assert.equal((await app.request('/v1/reconnect-tokens/unknown-token-unknown-token')).status, 404);
    await advance(app, 15 * 60);
    const expired = await json(postJson(app, '/v1/signin-sessions', sessionBody({ ownerExternalId: 'owner-b', reconnectToken: token }), { origin: ORIGIN }));
    assert.deepEqual([expired.status, expired.body.error.code], [410, 'reconnect_token_expired']);
  });
});

describe('GET /v1/owners/:ownerExternalId/data', () => {
  const { app, sandbox } = makeSandbox();
  after(() => sandbox.close());

  test('every account of the owner’s active accesses, each IBAN once; revoked banks leave', async () => {
    const pl = await grant(app, { ownerExternalId: 'owner-d', bankId: 'demo-bank-pl' });
    const de = await grant(app, { ownerExternalId: 'owner-d', bankId: 'demo-bank-de' });
    const plAgain = await grant(app, { ownerExternalId: 'owner-d', bankId: 'demo-bank-pl' });
    await signIn(app, { ownerExternalId: 'owner-d', bankId: 'demo-bank-cz' });
    const data = await json<OwnerDataResponse>(authed(app, '/v1/owners/owner-d/data'));
    assert.equal(data.status, 200);
    const ibans = data.body.accounts.map((account) => account.iban);
    assert.equal(new Set(ibans).size, ibans.length, 'each IBAN once');
    assert.equal(ibans.length, pl.imported.accounts.length + de.imported.accounts.length, 'the PL bank connected twice counts once; single access none');
    assert.deepEqual(new Set(data.body.accounts.map((account) => account.bank.id)), new Set(['demo-bank-pl', 'demo-bank-de']));
    assert.ok(data.body.accounts.filter((account) => account.bank.id === 'demo-bank-pl').every((account) => account.accessId === plAgain.accessId), 'the newest import wins');
    assert.equal(data.body.banks.length, 3);
    await authed(app, `/v1/accesses/${de.accessId}`, { method: 'DELETE' });
    const after = await json<OwnerDataResponse>(authed(app, '/v1/owners/owner-d/data'));
    assert.ok(after.body.accounts.every((account) => account.bank.id === 'demo-bank-pl'));
    assert.equal((await readAccess(app, pl.accessId)).body.importsToday, 1, 'reading the data is no import');
    const bad = await json(authed(app, `/v1/owners/${'x'.repeat(200)}/data`));
    assert.deepEqual([bad.status, bad.body.error.field], [400, 'ownerExternalId']);
  });
});
