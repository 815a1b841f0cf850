import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { DefaultImportResponse } from '../../../src/core/protocol/default-import.js';
import { IBAN_LENGTHS, ibanFromBban, isValidIban } from '../../../demo/sandbox/iban.js';
import { COUNTRIES } from '../../../demo/sandbox/catalog-data.js';
import { signSessionId } from '../../../demo/sandbox/signing.js';
import { SECRET, authedJson, bankPath, completionData, createSession, makeSandbox, postForm, type ApiErrorJson } from './helpers.js';

const { app, sandbox } = makeSandbox();
after(() => sandbox.close());

/** Runs the demo/demo login; returns the session id and its signature. */
async function successfulSession(overrides: Parameters<typeof createSession>[1] = {}) {
  const { authorizationUrl, sessionId } = await createSession(app, overrides);
  const data = completionData(await (await postForm(app, `${bankPath(authorizationUrl)}/login`, { username: 'demo', password: 'demo' })).text());
  assert.equal(data.message.status, 'success');
  return { sessionId, sessionIdSignature: data.message.sessionIdSignature ?? '' };
}

const importData = async (body: unknown) => {
  const response = await authedJson(app, '/v1/default-import', body);
  return { status: response.status, body: (await response.json()) as DefaultImportResponse & ApiErrorJson };
};

describe('POST /v1/default-import', () => {
  test('returns owner, 2–3 accounts with valid IBANs, balances and 90 days of transactions', async () => {
    for (const country of COUNTRIES) {
      const bankId = `demo-bank-${country.toLowerCase()}`;
      const { status, body } = await importData(await successfulSession({ bankId, ownerExternalId: `owner-${country}` }));
      assert.equal(status, 200, JSON.stringify(body));
      assert.equal(body.owner.externalId, `owner-${country}`);
      assert.ok(body.owner.name.includes(' '));
      assert.equal(body.bank.country, country);
      assert.ok(body.accounts.length >= 2 && body.accounts.length <= 3);
      assert.equal(body.period.to, '2025-01-15');
      assert.equal(body.period.from, '2024-10-18', '90 days including today');
      for (const account of body.accounts) {
        assert.ok(account.iban.startsWith(country), account.iban);
        assert.equal(account.iban.length, IBAN_LENGTHS[country]);
        assert.ok(isValidIban(account.iban), `${account.iban} passes mod-97`);
        assert.match(account.balances.booked.amount, /^-?\d+\.\d{2}$/);
        assert.equal(account.balances.booked.currency, account.currency);
        assert.ok(account.transactions.length > 0);
        for (const tx of account.transactions) {
          assert.ok(tx.bookingDate >= body.period.from && tx.bookingDate <= body.period.to, tx.bookingDate);
          assert.match(tx.amount.amount, /^-?\d+\.\d{2}$/);
          if (tx.counterpartyIban) assert.ok(isValidIban(tx.counterpartyIban));
        }
      }
      const current = body.accounts[0];
      assert.ok(current && current.transactions.length > 60, 'a current account is busy');
      const days = new Set(current?.transactions.map((tx) => tx.bookingDate));
      assert.ok(days.size > 40);
    }
  });

  test('is deterministic per ownerExternalId (and bank)', async () => {
    const first = await importData(await successfulSession({ ownerExternalId: 'same-owner' }));
    const second = await importData(await successfulSession({ ownerExternalId: 'same-owner' }));
    const other = await importData(await successfulSession({ ownerExternalId: 'other-owner' }));
    const strip = (body: DefaultImportResponse) => ({ ...body, sessionId: '' });
    assert.deepEqual(strip(first.body), strip(second.body));
    assert.notDeepEqual(first.body.accounts, other.body.accounts);
  });

  test('a repeat import of the same session is refused (409 already_imported)', async () => {
    const session = await successfulSession();
    assert.equal((await importData(session)).status, 200);
    const again = await importData(session);
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_imported');
  });

  test('a forged or mismatched signature is a 403 naming the field', async () => {
    const session = await successfulSession();
    const other = await successfulSession();
    for (const sessionIdSignature of ['forged', other.sessionIdSignature, `${session.sessionIdSignature}x`]) {
      const { status, body } = await importData({ sessionId: session.sessionId, sessionIdSignature });
      assert.equal(status, 403);
      assert.equal(body.error.code, 'invalid_signature');
      assert.equal(body.error.field, 'sessionIdSignature');
    }
    assert.equal((await importData(session)).status, 200, 'the session is not burnt by forged attempts');
  });

  test('a session that did not succeed is refused (409 session_not_successful)', async () => {
    const { authorizationUrl, sessionId } = await createSession(app);
    const sessionIdSignature = signSessionId(SECRET, sessionId);
    const pending = await importData({ sessionId, sessionIdSignature });
    assert.equal(pending.status, 409);
    assert.equal(pending.body.error.code, 'session_not_successful');
    await postForm(app, `${bankPath(authorizationUrl)}/cancel`, {});
    assert.equal((await importData({ sessionId, sessionIdSignature })).body.error.code, 'session_not_successful');
  });

  test('bad bodies: 400 with the field, unknown (but signed) session 404', async () => {
    assert.equal((await importData({ sessionId: 'ses_x' })).body.error.field, 'sessionIdSignature');
    assert.equal((await importData({ sessionId: 5, sessionIdSignature: 'x' })).body.error.field, 'sessionId');
    const missing = await importData({ sessionId: 'ses_gone', sessionIdSignature: signSessionId(SECRET, 'ses_gone') });
    assert.equal(missing.status, 404);
  });
});

describe('IBANs', () => {
  test('known valid and invalid IBANs', () => {
    assert.ok(isValidIban('PL61 1090 1014 0000 0712 1981 2874'));
    assert.ok(isValidIban('DE89370400440532013000'));
    assert.ok(isValidIban('GB29NWBK60161331926819'));
    assert.ok(isValidIban('ES9121000418450200051332'));
    assert.ok(!isValidIban('DE89370400440532013001'), 'wrong check digits');
    assert.ok(!isValidIban('DE8937040044053201300'), 'wrong length');
    assert.equal(ibanFromBban('DE', '370400440532013000'), 'DE89370400440532013000');
  });
});
