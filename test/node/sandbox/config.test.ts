import { test } from 'node:test';
import assert from 'node:assert/strict';
import { optionsFromEnv, resolveConfig } from '../../../demo/sandbox/config.js';
import { isWebhookSecret } from '../../../src/server/webhooks.js';

test('the webhook secret: random whsec_ by default, or SANDBOX_WEBHOOK_SECRET; a bad one stops the start naming it', () => {
  const a = resolveConfig().webhookSecret;
  const b = resolveConfig().webhookSecret;
  assert.ok(isWebhookSecret(a) && a.startsWith('whsec_'), a);
  assert.notEqual(a, b);
  const given = 'whsec_dGVzdC13ZWJob29rLXNlY3JldC1rZXk=';
  assert.equal(resolveConfig(optionsFromEnv({ SANDBOX_WEBHOOK_SECRET: given })).webhookSecret, given);
  for (const bad of ['secret', 'whsec_', 'whsec_c2hvcnQ=', 'whsec_not base64!']) {
    assert.throws(() => optionsFromEnv({ SANDBOX_WEBHOOK_SECRET: bad }), /SANDBOX_WEBHOOK_SECRET must be "whsec_"/, bad);
    assert.throws(() => resolveConfig({ webhookSecret: bad }), /webhookSecret must be "whsec_"/, bad);
  }
});
