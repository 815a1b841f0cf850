// Long-lived access end to end, in Chromium against the real sandbox: multiple access granted in
// the browser (a link's hosted form) → Default Import → 3 repeated imports → the 5th refused with
// 429 → clock +1 day → an import works → clock +181 days → refused as expired → a reconnect token
// used from the integrator's page (CORS) → the same access renewed → imports work again; every
// access webhook received by a real HTTP receiver and verified with the Standard Webhooks library.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Webhook } from 'standardwebhooks';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_CLIENT } from '../../../demo/sandbox/config.js';
import type { AccessInfo, ReconnectTokenInfo, ReconnectTokenResponse } from '../../../src/core/protocol/access.js';
import type { AccessImportResponse, DefaultImportResponse } from '../../../src/core/protocol/default-import.js';
import type { LinkInfo } from '../../../src/core/protocol/link.js';
import { launchBrowser, signInAtBank, startServers, watchPage, type Servers } from './harness.js';

interface Received {
  readonly type: string;
  readonly accessId?: string;
  readonly verified: boolean;
}

let servers: Servers;
let browser: Browser;
let receiver: Server;
const received: Received[] = [];

/** The integrator's webhook endpoint, verifying with the Standard Webhooks specification's official library as a backend in any language could. */
function startReceiver(): Promise<string> {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      let verified = true;
      try {
        new Webhook(servers.webhookSecret).verify(body, request.headers as Record<string, string>);
      } catch {
        verified = false;
      }
      const event = JSON.parse(body) as { type: string; accessId?: string };
      received.push({ type: event.type, ...(event.accessId ? { accessId: event.accessId } : {}), verified });
      response.writeHead(verified ? 204 : 400).end();
    });
  });
  return new Promise((resolve) => receiver.listen(0, () => resolve(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`)));
}

before(async () => {
  const hook = await startReceiver();
  [servers, browser] = await Promise.all([startServers({ clients: [{ ...DEFAULT_CLIENT, webhookUrl: hook }], accessDays: 180 }), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await servers?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** The integrator's backend calling the provider with the secret key. */
async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T; retryAfter: string | null }> {
  const response = await fetch(`${servers.sandboxUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${servers.secret}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T, retryAfter: response.headers.get('retry-after') };
}
const advanceDays = (days: number) => api('POST', '/v1/sandbox/clock', { advanceSeconds: days * 86_400 });
const importAgain = (id: string) => api<AccessImportResponse & { error?: { code: string } }>('POST', `/v1/accesses/${id}/imports`);

/** The return URL is the integrator's page: answered here, so the test reads its parameters. */
async function landing(page: Page): Promise<string> {
  const url = `${servers.demoUrl}/landing`;
  await page.route(`${url}*`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Back</title><h1>Back at the shop</h1>' }));
  return url;
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(check(), what);
};

test('multiple access: granted in the browser, imported up to its limit, expired by the clock, renewed by a reconnect token', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watched = await watchPage(page);
  const returnUrl = await landing(page);

  // Granted in the browser: the hosted page of a multiple-access link, the ongoing-access consent, the bank.
  const link = await api<{ id: string; url: string }>('POST', '/v1/signin-links', { ownerExternalId: 'e2e-owner', returnUrl, country: 'PL', locale: 'en', accessMode: 'multiple' });
  assert.equal(link.status, 201);
  // The hosted page's simple form (the widget on the hosted page: test/node/e2e/hosted-access.test.ts).
  await page.goto(`${link.body.url}/form`);
  await page.selectOption('#bank', 'demo-bank-pl');
  for (const box of await page.locator('input[name="consent"]').all()) await box.check();
  assert.equal(await page.locator('input[name="consent"]').count(), 3, 'terms, data access and ongoing access');
  await page.click('button[type=submit]');
  await signInAtBank(page);
  await page.waitForURL(/\/landing\?/);
  const back = new URL(page.url()).searchParams;
  assert.equal(back.get('signin_status'), 'success');
  assert.equal(back.get('signin_access_mode'), 'multiple');
  const expiresAt = back.get('signin_access_expires_at') ?? '';
  assert.ok(Date.parse(expiresAt) - Date.now() > 179 * 86_400_000, `180 days: ${expiresAt}`);
  assert.ok(![...back.values()].some((value) => value.startsWith('acc_')), 'no access id in the browser');

  // Default Import, then 3 repeated imports: the 5th import of the day is refused.
  const status = await api<LinkInfo>('GET', `/v1/signin-links/${link.body.id}`);
  const imported = await api<DefaultImportResponse>('POST', '/v1/default-import', { sessionId: status.body.sessionId, sessionIdSignature: status.body.sessionIdSignature });
  assert.equal(imported.status, 200);
  const accessId = imported.body.access?.id ?? '';
  assert.equal(imported.body.access?.importsToday, 1);
  for (const count of [2, 3, 4]) assert.equal((await importAgain(accessId)).body.access.importsToday, count);
  const limited = await importAgain(accessId);
  assert.equal(limited.status, 429);
  assert.equal(limited.body.error?.code, 'import_limit_reached');
  assert.ok(Number(limited.retryAfter) > 86_000, `Retry-After ${limited.retryAfter}`);

  // A day later an import works; 181 days later the access has expired.
  await advanceDays(1);
  assert.equal((await importAgain(accessId)).status, 201);
  await advanceDays(174);
  await until(() => received.some((event) => event.type === 'access.expiring'), 'access.expiring, 7 days before');
  await advanceDays(7);
  const expired = await importAgain(accessId);
  assert.deepEqual([expired.status, expired.body.error?.code], [410, 'access_expired']);
  assert.equal((await api<AccessInfo>('GET', `/v1/accesses/${accessId}`)).body.status, 'expired');

  // Reconnect: the backend makes a token; the integrator's page reads it and starts the session with it (CORS).
  const token = await api<ReconnectTokenResponse>('POST', `/v1/accesses/${accessId}/reconnect-tokens`);
  assert.equal(token.status, 201);
  // A page the demo server really serves (a page fulfilled by the test would not be in the loopback address space).
  await page.goto(`${servers.demoUrl}/demo-config.json`);
  const started = await page.evaluate(
    async ({ sandboxUrl, token, returnUrl, origin }) => {
      const info = (await (await fetch(`${sandboxUrl}/v1/reconnect-tokens/${token}?clientId=sandbox-client`)).json()) as ReconnectTokenInfo;
      const response = await fetch(`${sandboxUrl}/v1/signin-sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          clientId: info.clientId,
          ownerExternalId: info.ownerExternalId,
          bankId: info.bankId,
          consents: [{ id: 'ongoing-access', version: '1', acceptedAt: new Date().toISOString() }],
          mode: 'redirect',
          origin,
          returnUrl,
          reconnectToken: token,
        }),
      });
      return { info, status: response.status, session: (await response.json()) as { authorizationUrl: string } };
    },
    { sandboxUrl: servers.sandboxUrl, token: token.body.token, returnUrl, origin: servers.demoUrl },
  );
  assert.equal(started.status, 201);
  assert.deepEqual([started.info.bankId, started.info.ownerExternalId], ['demo-bank-pl', 'e2e-owner']);
  await page.goto(started.session.authorizationUrl);
  await signInAtBank(page);
  await page.waitForURL(/\/landing\?.*signin_status/);
  const renewed = new URL(page.url()).searchParams;
  assert.deepEqual([renewed.get('signin_status'), renewed.get('signin_access_mode'), renewed.get('signin_access_renewed')], ['success', 'multiple', 'true']);
  assert.ok(Date.parse(renewed.get('signin_access_expires_at') ?? '') > Date.parse(expiresAt), 'the expiry moved on');

  // The same access, active again: its Default Import and a repeated import work.
  const again = await api<DefaultImportResponse>('POST', '/v1/default-import', { sessionId: renewed.get('signin_session_id'), sessionIdSignature: renewed.get('signin_signature') });
  assert.equal(again.status, 200);
  assert.equal(again.body.access?.id, accessId, 'renewed, not a new access');
  assert.equal((await importAgain(accessId)).status, 201);
  const reused = await api<{ error: { code: string } }>('GET', `/v1/reconnect-tokens/${token.body.token}`);
  assert.equal(reused.body.error.code, 'reconnect_token_used');

  await until(() => received.some((event) => event.type === 'access.renewed'), 'access.renewed');
  const mine = received.filter((event) => event.accessId === accessId);
  assert.deepEqual(mine.map((event) => event.type), ['access.expiring', 'access.expired', 'access.renewed']);
  assert.ok(received.every((event) => event.verified), 'every webhook signed per Standard Webhooks with the webhook secret, fresh');
  assert.deepEqual(watched.errors, []);
  await context.close();
});
