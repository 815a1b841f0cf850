// The demo's webhook receiver: every delivery is verified per Standard Webhooks with
// `verifyWebhook` of signin-flow/server and the sandbox's webhook secret; a good one is accepted
// (once per event id), a wrong, missing, old or future one is a 400 naming the reason.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateWebhookSecret, webhookHeaders } from '../../../src/server/index.js';
import { api, connectByLink, startAccessServers, WEBHOOK_SECRET, type AccessServers } from './access-harness.js';

const now = () => Math.floor(Date.now() / 1000);

describe('POST /api/webhooks/signin', () => {
  let servers: AccessServers;
  before(async () => {
    servers = await startAccessServers();
  });
  after(() => servers.close());

  const event = (id: string) => ({ id, type: 'access.expiring', accessId: 'acc_unknown', ownerExternalId: 'demo-user-1', bankId: 'bank-lakowy', expiresAt: new Date().toISOString(), at: new Date().toISOString() });
  const post = (body: string, headers: Record<string, string> = {}) => api(servers.demoUrl, '/api/webhooks/signin', { body, headers });
  const sign = (body: string, { id = (JSON.parse(body) as { id?: string }).id ?? 'evt_x', t = now(), secret = WEBHOOK_SECRET } = {}) => webhookHeaders(secret, { id, timestamp: t, body });
  const listed = async () => ((await api(servers.demoUrl, '/api/webhooks/events')).body.events as Array<{ id: string; type: string; bankName?: string }>).map((e) => e.id);

  test('a good signature is accepted, once per event id; the panel lists it with the bank’s name', async () => {
    const body = JSON.stringify(event('evt_good'));
    const accepted = await post(body, await sign(body));
    assert.deepEqual([accepted.status, accepted.body], [200, { received: true }]);
    assert.equal((await post(body, await sign(body))).status, 200, 'a retry is acknowledged');
    assert.deepEqual((await listed()).filter((id) => id === 'evt_good'), ['evt_good'], 'and kept once');
    const shown = (await api(servers.demoUrl, '/api/webhooks/events')).body.events as Array<{ id: string; bankName?: string }>;
    assert.equal(shown.find((e) => e.id === 'evt_good')?.bankName, 'Bank Łąkowy');
  });

  test('a bad, missing, old or replayed-with-another-body signature is a 400 invalid_signature naming why, and nothing is kept', async () => {
    const body = JSON.stringify(event('evt_bad'));
    const other = JSON.stringify(event('evt_other'));
    const good = await sign(body);
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['missing', {}, /missing_header/],
      ['no signature', { ...good, 'webhook-signature': '' }, /missing_header.*webhook-signature/],
      ['wrong secret', await sign(body, { secret: generateWebhookSecret() }), /bad_signature/],
      ['other body', { ...(await sign(other)), 'webhook-id': 'evt_bad' }, /bad_signature/],
      ['ten minutes old', await sign(body, { t: now() - 600 }), /stale_timestamp/],
      ['garbage', { ...good, 'webhook-signature': 'nonsense' }, /malformed_header/],
    ];
    for (const [name, headers, reason] of cases) {
      const refused = await post(body, headers);
      assert.equal(refused.status, 400, name);
      assert.equal(refused.body.error?.code, 'invalid_signature', name);
      assert.match(refused.body.error?.message ?? '', reason, name);
    }
    assert.equal((await listed()).includes('evt_bad'), false);
  });

  test('a signed body that is not an event is a 400 invalid_request', async () => {
    for (const body of ['{', JSON.stringify({ id: 'evt_x', type: 'something.else' })]) {
      const refused = await post(body, await sign(body, { id: 'evt_x' }));
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error?.code, 'invalid_request');
      assert.match(refused.body.error?.message ?? '', /malformed_body/);
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

  test('a receiver whose clock is ten minutes off refuses a fresh delivery', async () => {
    servers.receiverSkewSeconds = 600;
    try {
      const body = JSON.stringify(event('evt_skewed'));
      const refused = await post(body, await sign(body));
      assert.equal(refused.status, 400);
      assert.match(refused.body.error?.message ?? '', /stale_timestamp/);
    } finally {
      servers.receiverSkewSeconds = 0;
    }
  });
});
