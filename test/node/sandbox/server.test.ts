import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { Webhook } from 'standardwebhooks';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { startSandbox } from '../../../demo/sandbox/main.js';
import { completionData, sessionBody, WEBHOOK_SECRET } from './helpers.js';

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (data += chunk));
    request.on('end', () => resolve(data));
  });

describe('startSandbox on a real port', () => {
  test('serves the whole flow over HTTP and delivers a signed webhook to a real receiver (retried once)', async () => {
    const hooks: { body: string; headers: Record<string, string> }[] = [];
    let first = true;
    const receiver = createServer((request, response) => {
      void readBody(request).then((body) => {
        hooks.push({ body, headers: request.headers as Record<string, string> });
        response.statusCode = first ? 503 : 204;
        first = false;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    after(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

    const running = await startSandbox({ port: 0, secret: 'real-secret', webhookSecret: WEBHOOK_SECRET, webhookBaseDelayMs: 10, log: () => {} });
    after(() => running.close());
    assert.match(running.url, /^http:\/\/localhost:\d+$/);
    const base = `http://127.0.0.1:${running.port}`;
    const origin = 'http://localhost:8000';

    const catalog = await fetch(`${base}/v1/catalog?country=CZ`);
    assert.equal(catalog.status, 200);
    const banks = ((await catalog.json()) as { banks: { id: string; logoUrl: string }[] }).banks;
    assert.ok(banks.some((bank) => bank.id === 'demo-bank-cz' && bank.logoUrl.startsWith(running.url)));

    const preflight = await fetch(`${base}/v1/signin-sessions`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    assert.equal(preflight.headers.get('access-control-allow-origin'), origin);

    const created = await fetch(`${base}/v1/signin-sessions`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(sessionBody({ bankId: 'demo-bank-cz' })) });
    assert.equal(created.status, 201);
    const session = (await created.json()) as { authorizationUrl: string; sessionId: string; state: string };
    assert.ok(session.authorizationUrl.startsWith(`${running.url}/bank/`));
    const bankUrl = `${base}${new URL(session.authorizationUrl).pathname}`;
    assert.equal((await fetch(bankUrl)).status, 200);
    const done = await fetch(`${bankUrl}/login`, { method: 'POST', body: new URLSearchParams({ username: 'demo', password: 'demo' }) });
    const data = completionData(await done.text());
    assert.equal(data.message.state, session.state);
    assert.equal(data.message.status, 'success');

    const huge = await fetch(`${base}/v1/signin-sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1_000_000) });
    assert.equal(huge.status, 413);

    const auth = { authorization: `Bearer ${running.secret}`, 'content-type': 'application/json' };
    const linkResponse = await fetch(`${base}/v1/signin-links`, { method: 'POST', headers: auth, body: JSON.stringify({ ownerExternalId: 'u1', returnUrl: `${origin}/back`, webhookUrl: hookUrl }) });
    assert.equal(linkResponse.status, 201);
    const link = (await linkResponse.json()) as { id: string; url: string };
    assert.equal(link.url, `${running.url}/signin/${link.id}`);
    assert.equal((await fetch(`${base}/signin/${link.id}`)).status, 200);
    const go = await fetch(`${base}/signin/${link.id}`, { method: 'POST', redirect: 'manual', body: new URLSearchParams([['country', 'GB'], ['bankId', 'demo-bank-gb'], ['consent', 'terms'], ['consent', 'data-access']]) });
    assert.equal(go.status, 303);
    const cancel = await fetch(`${base}${go.headers.get('location') ?? ''}/cancel`, { method: 'POST', redirect: 'manual' });
    const back = new URL(cancel.headers.get('location') ?? '');
    assert.equal(back.searchParams.get('signin_status'), 'cancelled');

    await running.sandbox.context.webhooks.idle();
    const statuses = hooks.map((hook) => (JSON.parse(hook.body) as { status: string }).status);
    assert.deepEqual(statuses, ['authorizing', 'authorizing', 'cancelled'], 'the first delivery failed with 503 and was retried');
    // A receiver with the specification's official library accepts every delivery.
    for (const hook of hooks) assert.deepEqual(new Webhook(WEBHOOK_SECRET).verify(hook.body, hook.headers), JSON.parse(hook.body));
  });

  test('`tsx demo/sandbox/main.ts` starts on SANDBOX_PORT and prints the URL and the secret', async () => {
    const main = fileURLToPath(new URL('../../../demo/sandbox/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, SANDBOX_PORT: '0', SANDBOX_SECRET: 'from-env', SANDBOX_WEBHOOK_SECRET: WEBHOOK_SECRET }, stdio: ['ignore', 'pipe', 'inherit'] });
    after(() => {
      if (child.exitCode === null) child.kill('SIGTERM');
    });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('\n')) resolve(out.trim());
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    const match = /^Sandbox provider: (http:\/\/localhost:(\d+)) \(secret key: from-env; webhook secret: (whsec_\S+)\)$/.exec(line);
    assert.ok(match, line);
    assert.equal(match[3], WEBHOOK_SECRET, 'the webhook secret from SANDBOX_WEBHOOK_SECRET');
    const response = await fetch(`http://127.0.0.1:${match[2]}/v1/signin-links/lnk_x`, { headers: { authorization: 'Bearer from-env' } });
    assert.equal(response.status, 404);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
