import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, signWebhook, verifyWebhook, webhookHeaders, WebhookVerificationError, type WebhookVerificationReason } from '../../../src/server/index.js';

// The Standard Webhooks specification's own test vector (its reference libraries' "sign function works").
const SPEC = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const SECRET = generateWebhookSecret();
const NOW = 1_800_000_000;
const event = { id: 'evt_1', type: 'signin-link.status-changed', linkId: 'lnk_1', sessionId: 'ses_1', status: 'success', at: '2027-01-15T10:00:00.000Z' };
const body = JSON.stringify(event);
const at = (seconds: number) => ({ now: () => seconds * 1000 });

async function refusal(promise: Promise<unknown>): Promise<WebhookVerificationReason> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof WebhookVerificationError, `not a WebhookVerificationError: ${String(error)}`);
  assert.ok(error.message.length > 10);
  return error.reason;
}

test('signs the specification vector as its reference libraries do', async () => {
  assert.equal(await signWebhook(SPEC.secret, SPEC), SPEC.signature);
  // The bare base64 key is accepted too, as the specification's libraries accept it.
  assert.equal(await signWebhook(SPEC.secret.slice('whsec_'.length), SPEC), SPEC.signature);
});

test('the specification vector passes the signature check (and is refused only as not an event of ours)', async () => {
  const headers = { 'webhook-id': SPEC.id, 'webhook-timestamp': String(SPEC.timestamp), 'webhook-signature': SPEC.signature };
  assert.equal(await refusal(verifyWebhook(SPEC.body, headers, SPEC.secret, at(SPEC.timestamp))), 'malformed_body');
  const changed = { ...headers, 'webhook-signature': 'v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=' };
  assert.equal(await refusal(verifyWebhook(SPEC.body, changed, SPEC.secret, at(SPEC.timestamp))), 'bad_signature');
});

test('returns the typed event of a good delivery, from Headers or a Node headers object in any case', async () => {
  const headers = await webhookHeaders(SECRET, { id: event.id, timestamp: NOW, body });
  const fromObject = await verifyWebhook(body, headers, SECRET, at(NOW));
  assert.deepEqual(fromObject, event);
  const fromHeaders = await verifyWebhook(new TextEncoder().encode(body), new Headers(headers), SECRET, at(NOW + 299));
  assert.equal(fromHeaders.type, 'signin-link.status-changed');
  const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), [v]]));
  assert.equal((await verifyWebhook(body, upper, SECRET, at(NOW - 299))).id, 'evt_1');
});

test('one matching v1 signature among several (key rotation) is enough', async () => {
  const headers = await webhookHeaders(SECRET, { id: event.id, timestamp: NOW, body });
  const list = `v1a,abc v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= ${headers['webhook-signature']} v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=`;
  assert.equal((await verifyWebhook(body, { ...headers, 'webhook-signature': list }, SECRET, at(NOW))).id, 'evt_1');
});

test('refuses each bad delivery with its own reason', async () => {
  const headers = await webhookHeaders(SECRET, { id: event.id, timestamp: NOW, body });
  const verify = (b: string, h: Record<string, string>, secret = SECRET, now = NOW) => refusal(verifyWebhook(b, h, secret, at(now)));
  assert.equal(await verify(body.replace('success', 'failed'), headers), 'bad_signature');
  assert.equal(await verify(`${body} `, headers), 'bad_signature');
  assert.equal(await verify(body, headers, generateWebhookSecret()), 'bad_signature');
  assert.equal(await verify(body, { ...headers, 'webhook-id': 'evt_2' }), 'bad_signature');
  assert.equal(await verify(body, headers, SECRET, NOW + 301), 'stale_timestamp');
  assert.equal(await verify(body, headers, SECRET, NOW - 301), 'stale_timestamp');
  for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
    const without = { ...headers };
    delete without[name];
    assert.equal(await verify(body, without), 'missing_header', name);
  }
  assert.equal(await verify(body, { ...headers, 'webhook-timestamp': 'hello' }), 'malformed_header');
  assert.equal(await verify(body, { ...headers, 'webhook-signature': 'v1,' }), 'malformed_header');
  assert.equal(await verify(body, { ...headers, 'webhook-signature': headers['webhook-signature']!.slice(0, 8) }), 'malformed_header');
  assert.equal(await verify(body, headers, 'not-a-secret!'), 'invalid_secret');
  assert.equal(await verify(body, headers, 'whsec_'), 'invalid_secret');
});

test('refuses a signed body that is not JSON, not an event, or whose id is not webhook-id', async () => {
  const signed = async (text: string, id = 'evt_1') => refusal(verifyWebhook(text, await webhookHeaders(SECRET, { id, timestamp: NOW, body: text }), SECRET, at(NOW)));
  assert.equal(await signed('not json'), 'malformed_body');
  assert.equal(await signed(JSON.stringify({ ...event, status: 'teleported' })), 'malformed_body');
  assert.equal(await signed(body, 'evt_other'), 'malformed_body');
});

test('the specification\'s official library verifies what we sign, and we verify what it signs', async () => {
  const official = new Webhook(SECRET);
  const headers = await webhookHeaders(SECRET, { id: event.id, timestamp: Math.floor(Date.now() / 1000), body });
  assert.deepEqual(official.verify(body, headers), event);
  const timestamp = new Date();
  const theirs = official.sign(event.id, timestamp, body);
  const back = await verifyWebhook(body, { 'webhook-id': event.id, 'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)), 'webhook-signature': theirs }, SECRET);
  assert.equal(back.id, event.id);
});
