// The demo backend's Connected banks routes against a real sandbox: the accesses it keeps for its
// user, repeated imports (the provider's 429 relayed with Retry-After), revoke, reconnect by link,
// reconnect tokens, the user's data across banks, and the webhooks it receives.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_OWNER } from '../../../demo/provider.js';
import { api, completeLink, connectByLink, connectByWidget, startAccessServers, type AccessServers } from './access-harness.js';

const DAY = 86_400_000;
type Bank = { id: string; bankName: string; status: string; mode: string; expiresAt: string; importsToday: number; importsLeft: number; importsPerDay: number; accessDays: number; via: string; renewedAt?: string };

describe('the Connected banks backend', () => {
  let servers: AccessServers;
  let demo: string;
  let lakowy: string;
  let zolty: string;
  const list = async () => {
    const answer = await api(demo, '/api/accesses');
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answer.body as { accesses: Bank[]; now: string; storage: string };
  };
  const bank = async (id: string) => {
    const found = (await list()).accesses.find((entry) => entry.id === id);
    assert.ok(found, `connection ${id} listed`);
    return found;
  };
  /** No id of the provider's accesses in what the browser gets. */
  const noAccessIds = (value: unknown, message = 'no provider access id reaches the browser') => {
    const text = JSON.stringify(value);
    const { store } = servers.sandbox.sandbox.context;
    const ids = [DEMO_OWNER, 'someone-else'].flatMap((owner) => store.accessesOf(owner).map((access) => access.id));
    assert.ok(ids.length > 0);
    for (const id of ids) assert.ok(!text.includes(id), `${message}: ${id}`);
  };
  const events = async () => {
    await servers.webhooksIdle();
    return (await api(demo, '/api/webhooks/events')).body.events as Array<{ type: string; bankName?: string; connectionId?: string; linkId?: string; status?: string }>;
  };

  before(async () => {
    servers = await startAccessServers();
    demo = servers.demoUrl;
  });
  after(() => servers.close());

  test('a link with multiple access: the import joins the connected banks, with no provider access id', async () => {
    const { linkId, imported } = await connectByLink(servers, 'bank-lakowy', { accessMode: 'multiple', accessDays: 30 });
    const access = imported.access as Record<string, unknown>;
    assert.equal(access.mode, 'multiple');
    assert.equal(access.status, 'active');
    assert.equal(access.importsToday, 1, 'the Default Import is the first import');
    assert.equal(access.importsLeft, 3);
    assert.match(String(access.connectionId), /^conn_/);
    assert.equal('id' in access, false);
    noAccessIds(imported);
    lakowy = String(access.connectionId);
    const link = await api(demo, `/api/signin-links/${linkId}`);
    assert.equal(link.body.accessMode, 'multiple');
    assert.equal(link.body.accessDays, 30);
    assert.equal(link.body.grantedAccessMode, 'multiple');
    assert.equal((link.body.access as { connectionId: string }).connectionId, lakowy);
    noAccessIds(link.body);
    assert.doesNotMatch(JSON.stringify(link.body), /sessionIdSignature/);
  });

  test('the widget flow with multiple access joins them too; single access and other users do not', async () => {
    const widget = await connectByWidget(servers, 'zolty-bank-spoldzielczy', 'multiple');
    assert.equal(widget.status, 200, JSON.stringify(widget.body));
    zolty = String((widget.body.access as { connectionId: string }).connectionId);
    assert.notEqual(zolty, lakowy);
    const single = await connectByWidget(servers, 'demo-bank-pl', 'single');
    assert.equal(single.status, 200);
    assert.equal(single.body.access, undefined);
    const stranger = await connectByWidget(servers, 'demo-bank-pl', 'multiple', 'someone-else');
    assert.equal(stranger.status, 200, 'the data is shown');
    assert.equal((stranger.body.access as Record<string, unknown>).connectionId, undefined, 'but not kept');
    const { accesses, storage, now } = await list();
    assert.equal(storage, 'memory');
    assert.ok(Math.abs(Date.parse(now) - Date.now()) < 60_000);
    assert.deepEqual(accesses.map((entry) => [entry.id, entry.bankName, entry.via]), [[zolty, 'Żółty Bank Spółdzielczy', 'widget'], [lakowy, 'Bank Łąkowy', 'link']]);
    const first = accesses[1]!;
    assert.equal(first.status, 'active');
    assert.equal(first.mode, 'multiple');
    assert.equal(first.accessDays, 30);
    assert.equal(first.importsPerDay, 4);
    assert.equal(first.importsLeft, 3);
    assert.ok(Math.abs(Date.parse(first.expiresAt) - (Date.now() + 30 * DAY)) < 60_000);
    noAccessIds(accesses);
    assert.doesNotMatch(JSON.stringify(accesses), /ownerExternalId/);
  });

  test('Refresh: repeated imports until the fourth of the day, then the provider’s 429 with Retry-After', async () => {
    for (const left of [2, 1, 0]) {
      const refreshed = await api(demo, `/api/accesses/${lakowy}/imports`, { method: 'POST' });
      assert.equal(refreshed.status, 201, JSON.stringify(refreshed.body));
      assert.equal((refreshed.body.access as { importsLeft: number }).importsLeft, left);
      assert.ok(Array.isArray(refreshed.body.accounts) && refreshed.body.accounts.length > 0);
      assert.equal((refreshed.body.bank as { name: string }).name, 'Bank Łąkowy');
      noAccessIds(refreshed.body);
    }
    const refused = await api(demo, `/api/accesses/${lakowy}/imports`, { method: 'POST' });
    assert.equal(refused.status, 429);
    assert.equal(refused.body.error?.code, 'import_limit_reached');
    assert.match(refused.body.error?.message ?? '', /4 times/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter > 86_000 && retryAfter <= 86_400, `Retry-After ${retryAfter}`);
    assert.equal((await bank(lakowy)).importsLeft, 0);
  });

  test('the user’s data across banks: both banks, each account once, named by the demo’s connection ids', async () => {
    const data = await api(demo, '/api/owner-data');
    assert.equal(data.status, 200);
    const banks = data.body.banks as Array<{ name: string; connectionId: string }>;
    assert.deepEqual(banks.map((entry) => entry.connectionId).sort(), [lakowy, zolty].sort());
    const accounts = data.body.accounts as Array<{ iban: string; bank: { name: string }; connectionId: string }>;
    assert.deepEqual([...new Set(accounts.map((account) => account.bank.name))].sort(), ['Bank Łąkowy', 'Żółty Bank Spółdzielczy']);
    assert.equal(new Set(accounts.map((account) => account.iban)).size, accounts.length);
    assert.equal((data.body.owner as { externalId: string }).externalId, DEMO_OWNER);
    noAccessIds(data.body);
  });

  test('a reconnect token for the widget, which the provider’s public route reads', async () => {
    const token = await api(demo, `/api/accesses/${zolty}/reconnect-token`, { method: 'POST' });
    assert.equal(token.status, 201, JSON.stringify(token.body));
    assert.ok(Date.parse(String(token.body.expiresAt)) - Date.now() <= 15 * 60_000 + 5_000);
    const info = await api(servers.sandbox.url, `/v1/reconnect-tokens/${String(token.body.token)}?clientId=sandbox-client`);
    assert.equal(info.status, 200);
    assert.equal(info.body.bankId, 'zolty-bank-spoldzielczy');
    assert.equal(info.body.ownerExternalId, DEMO_OWNER);
  });

  test('Revoke: revoked (twice is fine), then Refresh and Reconnect are refused with the provider’s 410', async () => {
    const revoked = await api(demo, `/api/accesses/${zolty}`, { method: 'DELETE' });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.equal(revoked.body.status, 'revoked');
    assert.equal(revoked.body.id, zolty);
    const again = await api(demo, `/api/accesses/${zolty}`, { method: 'DELETE' });
    assert.equal(again.status, 200);
    assert.equal(again.body.revokedAt, revoked.body.revokedAt);
    assert.equal((await bank(zolty)).status, 'revoked');
    const refresh = await api(demo, `/api/accesses/${zolty}/imports`, { method: 'POST' });
    assert.deepEqual([refresh.status, refresh.body.error?.code], [410, 'access_revoked']);
    const reconnect = await api(demo, `/api/accesses/${zolty}/reconnect-link`, { method: 'POST' });
    assert.deepEqual([reconnect.status, reconnect.body.error?.code], [410, 'access_revoked']);
    const token = await api(demo, `/api/accesses/${zolty}/reconnect-token`, { method: 'POST' });
    assert.deepEqual([token.status, token.body.error?.code], [410, 'access_revoked']);
    const data = await api(demo, '/api/owner-data');
    assert.deepEqual((data.body.banks as Array<{ connectionId: string }>).map((entry) => entry.connectionId), [lakowy], 'a revoked bank’s accounts are gone');
    const seen = await events();
    assert.ok(seen.some((event) => event.type === 'access.revoked' && event.connectionId === zolty && event.bankName === 'Żółty Bank Spółdzielczy'), JSON.stringify(seen));
  });

  test('expiry and Reconnect: the clock passes the 30 days, Refresh says expired, a reconnect link renews the same connection', async () => {
    const moved = await api(demo, '/api/sandbox/clock', { body: { days: 31 } });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.offsetSeconds, 31 * 86_400);
    const { now, accesses } = await list();
    assert.ok(Date.parse(now) - Date.now() > 30 * DAY, 'the list gives the provider’s time');
    assert.equal(accesses.find((entry) => entry.id === lakowy)?.status, 'expired');
    assert.equal(accesses.find((entry) => entry.id === lakowy)?.importsLeft, 4, 'a new day');
    const refresh = await api(demo, `/api/accesses/${lakowy}/imports`, { method: 'POST' });
    assert.deepEqual([refresh.status, refresh.body.error?.code], [410, 'access_expired']);

    const link = await api(demo, `/api/accesses/${lakowy}/reconnect-link`, { method: 'POST' });
    assert.equal(link.status, 201, JSON.stringify(link.body));
    const back = await completeLink(String(link.body.url), 'bank-lakowy');
    assert.equal(back.pathname, '/redirect.html');
    assert.equal(back.searchParams.get('signin_access_renewed'), 'true');
    const linkId = back.searchParams.get('signin_link_id') ?? '';
    const status = await api(demo, `/api/signin-links/${linkId}`);
    assert.equal(status.body.renews, lakowy);
    const imported = await api(demo, `/api/signin-links/${linkId}/import`, { method: 'POST' });
    assert.equal(imported.status, 200, JSON.stringify(imported.body));
    assert.equal((imported.body.access as { connectionId: string }).connectionId, lakowy, 'the same connection, renewed');
    const renewed = await bank(lakowy);
    assert.equal(renewed.status, 'active');
    assert.ok(renewed.renewedAt);
    assert.ok(Date.parse(renewed.expiresAt) > Date.parse(now));
    assert.equal((await list()).accesses.length, 2, 'no new connection');
    const seen = await events();
    for (const type of ['access.expired', 'access.renewed']) assert.ok(seen.some((event) => event.type === type && event.connectionId === lakowy), `${type} in ${JSON.stringify(seen)}`);
    assert.ok(seen.some((event) => event.type === 'signin-link.status-changed' && event.linkId === linkId && event.status === 'success'));
  });

  test('unknown connections and bad requests answer {error:{code,message}}', async () => {
    for (const [method, path] of [['POST', '/imports'], ['DELETE', ''], ['POST', '/reconnect-link'], ['POST', '/reconnect-token']] as const) {
      const answer = await api(demo, `/api/accesses/conn_nope${path}`, { method });
      assert.deepEqual([answer.status, answer.body.error?.code], [404, 'unknown_access'], `${method} ${path}`);
      assert.equal(typeof answer.body.error?.message, 'string');
    }
    for (const body of [{ accessMode: 'forever' }, { accessMode: 'single', accessDays: 10 }, { accessMode: 'multiple', accessDays: 181 }, { accessDays: 0 }, '[1]', '{']) {
      const answer = await api(demo, '/api/signin-links', { body });
      assert.deepEqual([answer.status, answer.body.error?.code], [400, 'invalid_request'], JSON.stringify(body));
    }
    assert.equal((await api(demo, '/api/signin-links', { body: { accessMode: 'mixed', accessDays: 7 } })).status, 201);
    assert.equal((await api(demo, '/api/sandbox/clock', { body: { days: 0 } })).status, 400);
  });
});
