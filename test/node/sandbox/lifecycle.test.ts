import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { FetchLike } from '../../../demo/sandbox/config.js';
import { linkWebhookEventSchema, type LinkWebhookEvent } from '../../../src/core/protocol/link.js';
import { ORIGIN, authed, authedJson, bankPath, completionData, createSession, makeSandbox, postForm, postJson, sessionBody, sessionStatus, verifyDelivery, type ApiErrorJson } from './helpers.js';

const TTL = 60_000;

describe('TTL', () => {
  const { app, sandbox, clock } = makeSandbox({ ttlMs: TTL, linkTtlMs: 5 * TTL });
  after(() => sandbox.close());

  test('an unfinished session turns abandoned after the TTL; the bank page then reports SessionExpired', async () => {
    const pending = await createSession(app);
    const authorizing = await createSession(app);
    const finished = await createSession(app);
    await app.request(bankPath(authorizing.authorizationUrl));
    await postForm(app, `${bankPath(finished.authorizationUrl)}/login`, { username: 'demo', password: 'demo' });
    clock.now += TTL - 1;
    assert.equal(await sessionStatus(app, pending.sessionId), 'pending');
    clock.now += 1;
    assert.equal(await sessionStatus(app, pending.sessionId), 'abandoned');
    assert.equal(await sessionStatus(app, authorizing.sessionId), 'abandoned');
    assert.equal(await sessionStatus(app, finished.sessionId), 'success', 'finished sessions stay as they are');
    const late = completionData(await (await postForm(app, `${bankPath(authorizing.authorizationUrl)}/login`, { username: 'demo', password: 'demo' })).text());
    assert.equal(late.message.status, 'failed');
    assert.equal(late.message.error?.code, 'SessionExpired');
    assert.equal(await sessionStatus(app, authorizing.sessionId), 'abandoned');
  });

  test('links: never opened → expired at expiresAt; opened but unfinished → abandoned after the TTL', async () => {
    const create = async () => ((await (await authedJson(app, '/v1/signin-links', { ownerExternalId: 'u', returnUrl: `${ORIGIN}/x` })).json()) as { id: string }).id;
    const status = async (id: string) => ((await (await authed(app, `/v1/signin-links/${id}`)).json()) as { status: string }).status;
    const unopened = await create();
    const opened = await create();
    const started = await create();
    await app.request(`/signin/${opened}`);
    await app.request(`/signin/${started}?country=PL`);
    clock.now += TTL / 2;
    await postForm(app, `/signin/${started}`, { country: 'PL', bankId: 'demo-bank-pl', consent: ['terms', 'data-access'] });
    clock.now += TTL / 2;
    assert.equal(await status(opened), 'abandoned');
    assert.equal(await status(started), 'authorizing', 'a new session moves the deadline on');
    assert.equal(await status(unopened), 'pending');
    clock.now += TTL / 2;
    assert.equal(await status(started), 'abandoned');
    clock.now += 5 * TTL;
    sandbox.sweep();
    assert.equal(await status(unopened), 'expired');
    assert.equal((await app.request(`/signin/${unopened}`)).status, 410);
  });
});

const sessionTotal = (sandbox: { context: { store: { sessionCount: { pending: number; finished: number } } } }) =>
  sandbox.context.store.sessionCount.pending + sandbox.context.store.sessionCount.finished;

describe('store bounds', () => {
  test('the oldest entries are evicted when full; old finished ones by the sweep', async () => {
    const { app, sandbox, clock } = makeSandbox({ maxEntries: 5, retentionMs: 1_000, ttlMs: 500 });
    after(() => sandbox.close());
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await createSession(app)).sessionId);
    assert.equal(sessionTotal(sandbox), 5);
    assert.equal((await authed(app, `/v1/signin-sessions/${ids[0] ?? ''}`)).status, 404);
    assert.equal((await authed(app, `/v1/signin-sessions/${ids[6] ?? ''}`)).status, 200);
    clock.now += 500;
    sandbox.sweep();
    assert.equal(sessionTotal(sandbox), 5, 'abandoned now, kept for the retention');
    clock.now += 1_001;
    sandbox.sweep();
    assert.equal(sessionTotal(sandbox), 0);
  });
});

describe('webhooks', () => {
  test('every status change of a link is POSTed, signed, and retried with backoff after failures', async () => {
    const received: { url: string; body: string; headers: Headers; at: number }[] = [];
    let failuresLeft = 2;
    const fetchStub: FetchLike = async (url, init) => {
      const headers = new Headers(init.headers);
      received.push({ url, body: String(init.body), headers, at: performance.now() });
      if (JSON.parse(String(init.body)).status === 'success' && failuresLeft-- > 0) return new Response('nope', { status: 500 });
      return new Response('ok');
    };
    const { app, sandbox, clock } = makeSandbox({ fetch: fetchStub, webhookBaseDelayMs: 20, webhookMaxAttempts: 4 });
    after(() => sandbox.close());
    const hook = 'http://127.0.0.1:9/hook';
    const link = ((await (await authedJson(app, '/v1/signin-links', { ownerExternalId: 'u', returnUrl: `${ORIGIN}/x`, webhookUrl: hook, country: 'PL' })).json()) as { id: string });
    await app.request(`/signin/${link.id}`);
    const go = await postForm(app, `/signin/${link.id}`, { bankId: 'demo-bank-pl', consent: ['terms', 'data-access'] });
    const bank = go.headers.get('location') ?? '';
    await app.request(bank);
    await postForm(app, `${bank}/login`, { username: 'demo', password: 'demo' });
    await sandbox.context.webhooks.idle();

    const events = received.map((item) => linkWebhookEventSchema.parse(JSON.parse(item.body)) as LinkWebhookEvent);
    assert.deepEqual(events.map((event) => event.status), ['authorizing', 'success', 'success', 'success']);
    assert.ok(received.every((item) => item.url === hook));
    for (const item of received) {
      assert.equal(await verifyDelivery(item.body, item.headers, clock.now), Math.floor(clock.now / 1000));
      assert.equal(item.headers.get('webhook-id'), (JSON.parse(item.body) as { id: string }).id, 'webhook-id is the event id');
    }
    const success = events.filter((event) => event.status === 'success');
    assert.equal(new Set(success.map((event) => event.id)).size, 1, 'a retry resends the same event id');
    const sessionId = (await (await authed(app, `/v1/signin-links/${link.id}`)).json()) as { sessionId: string };
    assert.ok(events.every((event) => event.linkId === link.id && event.sessionId === sessionId.sessionId && event.type === 'signin-link.status-changed'));
    const times = received.filter((item) => JSON.parse(item.body).status === 'success').map((item) => item.at);
    const [t0 = 0, t1 = 0, t2 = 0] = times;
    assert.ok(t1 - t0 >= 15 && t2 - t1 >= 35, `exponential backoff: ${Math.round(t1 - t0)} ms then ${Math.round(t2 - t1)} ms`);
    const delivery = sandbox.context.webhooks.deliveries.find((item) => 'status' in item.event && item.event.status === 'success');
    assert.equal(delivery?.state, 'delivered');
    assert.equal(delivery?.attempts, 3);
  });

  test('attempts are bounded; abandonment fires a webhook too', async () => {
    let calls = 0;
    const fetchStub: FetchLike = async () => {
      calls++;
      throw new Error('connection refused');
    };
    const { app, sandbox, clock } = makeSandbox({ fetch: fetchStub, webhookBaseDelayMs: 1, webhookMaxAttempts: 3, ttlMs: 1_000 });
    after(() => sandbox.close());
    const link = ((await (await authedJson(app, '/v1/signin-links', { ownerExternalId: 'u', returnUrl: `${ORIGIN}/x`, webhookUrl: 'http://127.0.0.1:9/hook' })).json()) as { id: string });
    await app.request(`/signin/${link.id}`);
    clock.now += 1_000;
    sandbox.sweep();
    await sandbox.context.webhooks.idle();
    assert.equal(calls, 3);
    const [delivery] = sandbox.context.webhooks.deliveries;
    assert.equal(delivery && 'status' in delivery.event ? delivery.event.status : undefined, 'abandoned');
    assert.equal(delivery?.state, 'failed');
    assert.equal(delivery?.last, 'connection refused');
  });
});

describe('a flood of session creations', () => {
  test('evicts only pending sessions: a finished one waits for its import, an access stays', async () => {
    const { app, sandbox } = makeSandbox({ maxEntries: 20, sessionsPerMinute: 0 });
    after(() => sandbox.close());
    const finished = await createSession(app, { accessMode: 'multiple' });
    const done = completionData(await (await postForm(app, `${bankPath(finished.authorizationUrl)}/login`, { username: 'demo', password: 'demo' })).text());
    // No Origin header: nothing but the body's origin, as a script outside a browser sends it.
    for (let i = 0; i < 200; i++) {
      const response = await postJson(app, '/v1/signin-sessions', sessionBody({ ownerExternalId: `flood-${i}` }));
      assert.equal(response.status, 201);
    }
    assert.deepEqual(sandbox.context.store.sessionCount, { pending: 20, finished: 1 });
    const imported = await authedJson(app, '/v1/default-import', { sessionId: finished.sessionId, sessionIdSignature: done.message.sessionIdSignature });
    assert.equal(imported.status, 200, 'the finished session survived the flood');
    assert.ok(((await imported.json()) as { access?: { id: string } }).access?.id);
  });

  test('is rate-limited per client and origin (and 10× that per client), with Retry-After', async () => {
    const { app, sandbox, clock } = makeSandbox({ sessionsPerMinute: 3 });
    after(() => sandbox.close());
    const create = (origin: string) => postJson(app, '/v1/signin-sessions', sessionBody({ origin }), { origin });
    for (let i = 0; i < 3; i++) assert.equal((await create(ORIGIN)).status, 201);
    const refused = await create(ORIGIN);
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '60');
    assert.equal(((await refused.json()) as ApiErrorJson).error.code, 'rate_limited');
    assert.equal((await create('http://localhost:9001')).status, 201, 'another origin has its own budget');
    let created = 4;
    for (let port = 9002; created < 30; port++) if ((await create(`http://localhost:${port}`)).status === 201) created++;
    const perClient = await create('http://localhost:9999');
    assert.equal(perClient.status, 429, 'the client’s budget over all its origins');
    clock.now += 60_001;
    assert.equal((await create(ORIGIN)).status, 201, 'a minute later');
  });
});
