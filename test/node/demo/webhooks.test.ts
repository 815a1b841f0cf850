// The demo's webhook receiver: the Signin-Signature of the raw body is checked with the secret
// key; a good one is accepted (once per event id), a wrong, missing, old or future one is a 400.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { verifyWebhookSignature } from '../../../demo/webhook-signature.js';
import { signWebhook } from '../../../demo/sandbox/signing.js';
import { api, connectByLink, startAccessServers, type AccessServers } from './access-harness.js';

const SECRET = 'access-test-secret';
const now = () => Math.floor(Date.now() / 1000);

describe('verifyWebhookSignature', () => {
  const body = '{"id":"evt_1"}';
  test('accepts the sandbox’s own signature, and any matching v1 of several', () => {
    assert.deepEqual(verifyWebhookSignature(SECRET, signWebhook(SECRET, body, 1_000), body, 1_100), { ok: true, timestamp: 1_000 });
    const good = signWebhook(SECRET, body, 1_000).split(',')[1];
    assert.equal(verifyWebhookSignature(SECRET, `t=1000,v1=${'0'.repeat(64)},${good}`, body, 1_000).ok, true);
  });
  test('refuses a missing or malformed header, another secret, another body, an old or a future timestamp', () => {
    const signed = signWebhook(SECRET, body, 1_000);
    for (const [header, text, at] of [
      [undefined, body, 1_000],
      ['', body, 1_000],
      ['v1=abc', body, 1_000],
      ['t=abc,v1=' + 'a'.repeat(64), body, 1_000],
      [signWebhook('other-secret', body, 1_000), body, 1_000],
      [signed, '{"id":"evt_2"}', 1_000],
      [signed, body, 1_301],
      [signed, body, 699],
    ] as const) {
      assert.equal(verifyWebhookSignature(SECRET, header, text, at).ok, false, `${header} ${text} ${at}`);
    }
    assert.equal(verifyWebhookSignature(SECRET, signed, body, 1_300).ok, true, 'five minutes is within the tolerance');
  });
});

describe('POST /api/webhooks/signin', () => {
  let servers: AccessServers;
  before(async () => {
    servers = await startAccessServers();
  });
  after(() => servers.close());

  const event = (id: string) => ({ id, type: 'access.expiring', accessId: 'acc_unknown', ownerExternalId: 'demo-user-1', bankId: 'bank-lakowy', expiresAt: new Date().toISOString(), at: new Date().toISOString() });
  const post = (body: string, signature?: string) => api(servers.demoUrl, '/api/webhooks/signin', { body, headers: signature === undefined ? {} : { 'signin-signature': signature } });
  const sign = (body: string, t = now(), secret = SECRET) => `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
  const listed = async () => ((await api(servers.demoUrl, '/api/webhooks/events')).body.events as Array<{ id: string; type: string; bankName?: string }>).map((e) => e.id);

  test('a good signature is accepted, once per event id; the panel lists it with the bank’s name', async () => {
    const body = JSON.stringify(event('evt_good'));
    const accepted = await post(body, sign(body));
    assert.deepEqual([accepted.status, accepted.body], [200, { received: true }]);
    assert.equal((await post(body, sign(body))).status, 200, 'a retry is acknowledged');
    assert.deepEqual((await listed()).filter((id) => id === 'evt_good'), ['evt_good'], 'and kept once');
    const shown = (await api(servers.demoUrl, '/api/webhooks/events')).body.events as Array<{ id: string; bankName?: string }>;
    assert.equal(shown.find((e) => e.id === 'evt_good')?.bankName, 'Bank Łąkowy');
  });

  test('a bad, missing, old or replayed-with-another-body signature is a 400 invalid_signature, and nothing is kept', async () => {
    const body = JSON.stringify(event('evt_bad'));
    const cases: Array<[string, string | undefined, RegExp]> = [
      ['missing', undefined, /missing/],
      ['wrong secret', sign(body, now(), 'not-the-secret'), /does not match/],
      ['other body', sign(JSON.stringify(event('evt_other'))), /does not match/],
      ['ten minutes old', sign(body, now() - 600), /300 s/],
      ['garbage', 'nonsense', /not t=/],
    ];
    for (const [name, signature, reason] of cases) {
      const refused = await post(body, signature);
      assert.equal(refused.status, 400, name);
      assert.equal(refused.body.error?.code, 'invalid_signature', name);
      assert.match(refused.body.error?.message ?? '', reason, name);
    }
    assert.equal((await listed()).includes('evt_bad'), false);
  });

  test('a signed body that is not an event is a 400 too', async () => {
    for (const body of ['{', JSON.stringify({ id: 'evt_x', type: 'something.else' })]) {
      const refused = await post(body, sign(body));
      assert.equal(refused.status, 400);
      assert.match(refused.body.error?.code ?? '', /invalid_json|invalid_request/);
    }
  });

  test('the sandbox’s own deliveries pass: a link’s status changes arrive, signed, at the receiver', async () => {
    const { linkId } = await connectByLink(servers, 'bank-lakowy', { accessMode: 'multiple' });
    await servers.webhooksIdle();
    const deliveries = servers.sandbox.sandbox.context.webhooks.deliveries.filter((d) => 'linkId' in d.event && d.event.linkId === linkId);
    assert.ok(deliveries.length >= 2);
    for (const delivery of deliveries) assert.deepEqual([delivery.state, delivery.last], ['delivered', 200]);
    const events = (await api(servers.demoUrl, '/api/webhooks/events')).body.events as Array<{ linkId?: string; status?: string }>;
    assert.ok(events.some((e) => e.linkId === linkId && e.status === 'success'));
  });

  test('a receiver whose clock is ten minutes off refuses the sandbox’s deliveries', async () => {
    servers.receiverSkewSeconds = 600;
    try {
      const body = JSON.stringify(event('evt_skewed'));
      const refused = await post(body, signWebhook(SECRET, body, now()));
      assert.equal(refused.status, 400);
    } finally {
      servers.receiverSkewSeconds = 0;
    }
  });
});
