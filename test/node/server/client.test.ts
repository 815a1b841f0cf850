// The server SDK's provider client against the real sandbox, started in-process on a free port:
// every method, with the answers a user gets through the hosted page and the bank's login form
// (walked with plain HTTP), and the provider's errors as ProviderApiError (401, 400 with field,
// 404, 409, 410 after revoke, 429 with retryAfter).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type RunningSandbox } from '../../../demo/sandbox/main.js';
import { createProviderClient, isProviderApiError, ProviderApiError, type FetchLike, type ProviderClient } from '../../../src/server/index.js';
import { completeLink, signInAtBank } from '../demo/access-harness.js';

const OWNER = 'sdk-user-1';
const RETURN_URL = 'http://localhost:8000/return';

/** The ProviderApiError `promise` rejects with (fails when it resolves or throws anything else). */
async function failure(promise: Promise<unknown>): Promise<ProviderApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ProviderApiError, `a ProviderApiError, got ${String(error)}`);
    assert.ok(isProviderApiError(error));
    return error;
  }
  assert.fail('the call succeeded');
}

describe('provider client against the sandbox', () => {
  let sandbox: RunningSandbox;
  let provider: ProviderClient;
  /** Every request the client sent: method, URL and whether it carried the secret key. */
  const sent: { method: string; url: string; authorization: string | null }[] = [];

  before(async () => {
    sandbox = await startSandbox({ port: 0, secret: 'sdk-test-secret', log: () => {}, accessDays: 30 });
    const recording: FetchLike = (input, init) => {
      sent.push({ method: init.method ?? 'GET', url: input, authorization: new Headers(init.headers).get('authorization') });
      return fetch(input, init);
    };
    provider = createProviderClient({ apiBase: sandbox.url, secretKey: sandbox.secret, fetch: recording });
  });
  after(() => sandbox.close());

  /** A widget-style session (redirect mode, so the result comes back in the return URL) signed in as demo/demo. */
  async function signIn(accessMode: 'single' | 'multiple', ownerExternalId = OWNER): Promise<{ sessionId: string; sessionIdSignature: string }> {
    const answer = await fetch(`${sandbox.url}/v1/signin-sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:8000' },
      body: JSON.stringify({
        clientId: 'sandbox-client',
        ownerExternalId,
        bankId: 'demo-bank-pl',
        consents: [{ id: 'terms', version: '1', acceptedAt: new Date().toISOString() }],
        mode: 'redirect',
        origin: 'http://localhost:8000',
        returnUrl: RETURN_URL,
        accessMode,
      }),
    });
    assert.equal(answer.status, 201, await answer.clone().text());
    const { authorizationUrl } = (await answer.json()) as { authorizationUrl: string };
    const back = await signInAtBank(authorizationUrl);
    return { sessionId: back.searchParams.get('signin_session_id') ?? '', sessionIdSignature: back.searchParams.get('signin_signature') ?? '' };
  }

  /** Multiple access granted and default-imported: its id. */
  async function grant(ownerExternalId = OWNER): Promise<string> {
    const imported = await provider.defaultImport(await signIn('multiple', ownerExternalId));
    assert.ok(imported.access, 'multiple access comes with its access');
    return imported.access.id;
  }

  test('getCatalog: the public catalog, filtered, without the secret key', async () => {
    const all = await provider.getCatalog();
    assert.ok(all.banks.length > 10);
    const polish = await provider.getCatalog({ country: 'PL', locale: 'pl' });
    assert.ok(polish.banks.length > 0 && polish.banks.length < all.banks.length);
    assert.ok(polish.banks.every((bank) => bank.country === 'PL'));
    assert.ok(polish.banks.some((bank) => bank.id === 'demo-bank-pl'));
    const last = sent.at(-1);
    assert.equal(last?.url, `${sandbox.url}/v1/catalog?country=PL&locale=pl`);
    assert.equal(last?.authorization, null, 'no secret key to a public endpoint');
  });

  test('links: createLink, getLink pending, the hosted page and bank, getLink success, getSession, defaultImport once', async () => {
    const created = await provider.createLink({ ownerExternalId: OWNER, returnUrl: RETURN_URL, locale: 'en', country: 'PL', accessMode: 'multiple', accessDays: 7 });
    assert.match(created.id, /^lnk_/);
    assert.equal(created.url, `${sandbox.url}/signin/${created.id}`);
    assert.equal(sent.at(-1)?.authorization, `Bearer ${sandbox.secret}`);
    const pending = await provider.getLink(created.id);
    assert.deepEqual([pending.status, pending.ownerExternalId, pending.accessMode, pending.accessDays], ['pending', OWNER, 'multiple', 7]);
    assert.equal(pending.sessionIdSignature, undefined);

    const back = await completeLink(created.url, 'demo-bank-pl');
    assert.equal(back.searchParams.get('signin_link_id'), created.id);
    const done = await provider.getLink(created.id);
    assert.equal(done.status, 'success');
    assert.equal(done.grantedAccessMode, 'multiple');
    assert.ok(done.sessionId && done.sessionIdSignature && done.access);

    const session = await provider.getSession(done.sessionId);
    assert.deepEqual([session.id, session.status, session.linkId, session.bankId, session.accessMode], [done.sessionId, 'success', created.id, 'demo-bank-pl', 'multiple']);
    assert.equal(session.importedAt, undefined);

    const imported = await provider.defaultImport({ sessionId: done.sessionId, sessionIdSignature: done.sessionIdSignature });
    assert.equal(imported.sessionId, done.sessionId);
    assert.equal(imported.bank.id, 'demo-bank-pl');
    assert.equal(imported.owner.externalId, OWNER);
    assert.ok(imported.accounts.length >= 2 && imported.accounts.every((account) => /^PL\d{26}$/.test(account.iban)));
    assert.deepEqual([imported.access?.id, imported.access?.importsToday], [done.access.id, 1]);
    assert.ok((await provider.getSession(done.sessionId)).importedAt, 'the session is marked imported');

    const again = await failure(provider.defaultImport({ sessionId: done.sessionId, sessionIdSignature: done.sessionIdSignature }));
    assert.deepEqual([again.status, again.code, again.field], [409, 'already_imported', 'sessionId']);
  });

  test('defaultImport of a widget session: single access has no access; a wrong signature is 403 invalid_signature', async () => {
    const signed = await signIn('single');
    const wrong = await failure(provider.defaultImport({ sessionId: signed.sessionId, sessionIdSignature: `x${signed.sessionIdSignature.slice(1)}` }));
    assert.deepEqual([wrong.status, wrong.code, wrong.field], [403, 'invalid_signature', 'sessionIdSignature']);
    const imported = await provider.defaultImport(signed);
    assert.equal(imported.access, undefined);
    assert.ok(imported.accounts[0]?.transactions.length);
  });

  test('accesses: list, get, repeated imports up to the limit (429 with retryAfter), owner data, reconnect token', async () => {
    const accessId = await grant();
    const listed = await provider.listAccesses(OWNER);
    assert.ok(listed.some((access) => access.id === accessId));
    assert.ok(listed.every((access) => access.ownerExternalId === OWNER));
    const access = await provider.getAccess(accessId);
    assert.deepEqual([access.status, access.mode, access.bankId, access.importsToday, access.importsPerDay, access.accessDays], ['active', 'multiple', 'demo-bank-pl', 1, 4, 30]);

    for (const count of [2, 3, 4]) {
      const again = await provider.importAccess(accessId);
      assert.deepEqual([again.accessId, again.access.importsToday], [accessId, count]);
      assert.ok(again.accounts.length > 0);
    }
    const limited = await failure(provider.importAccess(accessId));
    assert.deepEqual([limited.status, limited.code], [429, 'import_limit_reached']);
    assert.ok(limited.retryAfter !== undefined && limited.retryAfter > 0 && limited.retryAfter <= 86_400, `retryAfter ${limited.retryAfter}`);
    assert.match(limited.message, /4 times/);

    const data = await provider.getOwnerData(OWNER);
    assert.equal(data.ownerExternalId, OWNER);
    assert.ok(data.banks.some((bank) => bank.accessId === accessId));
    assert.ok(data.accounts.length > 0 && data.accounts.every((account) => typeof account.accessId === 'string' && account.bank.id === 'demo-bank-pl'));

    const { token, expiresAt } = await provider.createReconnectToken(accessId);
    assert.ok(Date.parse(expiresAt) > Date.now());
    const info = await provider.getReconnectToken(token, { clientId: 'sandbox-client' });
    assert.deepEqual([info.bankId, info.ownerExternalId, info.accessMode, info.accessDays], ['demo-bank-pl', OWNER, 'multiple', 30]);
    assert.equal(sent.at(-1)?.authorization, null, 'the reconnect token info is public');
    const unknown = await failure(provider.getReconnectToken('r'.repeat(32)));
    assert.deepEqual([unknown.status, unknown.code], [404, 'not_found']);
  });

  test('revokeAccess: revoked; then imports and reconnect tokens are 410 access_revoked', async () => {
    const accessId = await grant();
    const revoked = await provider.revokeAccess(accessId);
    assert.equal(revoked.status, 'revoked');
    assert.ok(revoked.revokedAt);
    assert.equal((await provider.revokeAccess(accessId)).revokedAt, revoked.revokedAt, 'revoking again answers the same');
    const imported = await failure(provider.importAccess(accessId));
    assert.deepEqual([imported.status, imported.code], [410, 'access_revoked']);
    const token = await failure(provider.createReconnectToken(accessId));
    assert.deepEqual([token.status, token.code], [410, 'access_revoked']);
    assert.equal((await provider.getAccess(accessId)).status, 'revoked');
  });

  test('provider errors: 401 with a wrong key, 400 invalid_request naming the field, 403, 404 with field', async () => {
    const wrongKey = createProviderClient({ apiBase: sandbox.url, secretKey: 'not-the-secret' });
    const unauthorized = await failure(wrongKey.listAccesses(OWNER));
    assert.deepEqual([unauthorized.status, unauthorized.code, unauthorized.field], [401, 'unauthorized', null]);

    const country = await failure(provider.createLink({ ownerExternalId: OWNER, returnUrl: RETURN_URL, country: 'US' }));
    assert.deepEqual([country.status, country.code, country.field], [400, 'invalid_request', 'country']);
    assert.match(country.message, /^country: /);

    const origin = await failure(provider.createLink({ ownerExternalId: OWNER, returnUrl: 'https://elsewhere.example/back' }));
    assert.deepEqual([origin.status, origin.code, origin.field], [403, 'origin_not_allowed', 'returnUrl']);

    const missing = await failure(provider.getLink('lnk_unknown'));
    assert.deepEqual([missing.status, missing.code, missing.field], [404, 'not_found', 'id']);
    assert.equal(missing.message, 'id: No such link', 'the message names the field');
    const noSession = await failure(provider.getSession('ses_unknown'));
    assert.deepEqual([noSession.status, noSession.code], [404, 'not_found']);
  });

  test('path parameters are URL-encoded', async () => {
    const odd = await failure(provider.getAccess('acc/../x?y#z'));
    assert.deepEqual([odd.status, odd.code, odd.field], [404, 'not_found', 'id'], 'the access route answered, not another one');
    assert.equal(sent.at(-1)?.url, `${sandbox.url}/v1/accesses/acc%2F..%2Fx%3Fy%23z`);
    await provider.getOwnerData('owner with spaces/é');
    assert.equal(sent.at(-1)?.url, `${sandbox.url}/v1/owners/owner%20with%20spaces%2F%C3%A9/data`);
  });

  // Last: the clock moves the whole sandbox.
  test('sandbox clock: getClock, advanceClock; a day later the import limit is lifted', async () => {
    const accessId = await grant('sdk-clock-user');
    for (let i = 0; i < 3; i++) await provider.importAccess(accessId);
    const limited = await failure(provider.importAccess(accessId));
    const before = await provider.getClock();
    assert.equal(before.offsetSeconds, 0);
    const moved = await provider.advanceClock({ advanceSeconds: limited.retryAfter ?? 86_400 });
    assert.equal(moved.offsetSeconds, limited.retryAfter);
    assert.ok(Date.parse(moved.now) - Date.parse(before.now) >= (limited.retryAfter ?? 0) * 1000);
    const again = await provider.importAccess(accessId);
    assert.ok(again.access.importsToday < 4, `importsToday ${again.access.importsToday}`);
  });
});
