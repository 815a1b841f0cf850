import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { signinResultMessageSchema } from '../../../src/core/protocol/result.js';
import { signSessionId } from '../../../demo/sandbox/signing.js';
import { jsonForScript } from '../../../demo/sandbox/html.js';
import { ORIGIN, SECRET, bankPath, completionData, createSession, makeSandbox, postForm, sessionStatus } from './helpers.js';

const SLOW_MS = 2_000;
const { app, sandbox, clock } = makeSandbox({ slowDelayMs: SLOW_MS });
after(() => sandbox.close());

async function start(overrides: Parameters<typeof createSession>[1] = {}) {
  const session = await createSession(app, overrides);
  return { ...session, path: bankPath(session.authorizationUrl) };
}

/** Posts the login form and returns the completion data of the answer (must be a popup completion page). */
async function loginToResult(target: Hono, path: string, username: string, password: string) {
  const response = await postForm(target, `${path}/login`, { username, password });
  assert.equal(response.status, 200);
  return completionData(await response.text());
}

describe('bank login page', () => {
  test('is accessible, localized, shows the bank and the sandbox credentials; session turns authorizing', async () => {
    const { path, sessionId } = await start({ locale: 'pl', bankId: 'bank-lakowy' });
    assert.equal(await sessionStatus(app, sessionId), 'pending');
    const response = await app.request(path);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<html lang="pl">/);
    assert.match(html, /Zaloguj się do: Bank Łąkowy/);
    assert.match(html, /<img class="brand-logo" src="\/logos\/bank-lakowy.svg"/);
    assert.match(html, /<label for="username">Nazwa użytkownika<\/label>/);
    assert.match(html, /<input id="username"[^>]*autofocus/);
    assert.match(html, /<label for="password">Hasło<\/label>/);
    assert.match(html, /class="hint"[\s\S]*<code>demo<\/code> \/ <code>demo<\/code>[\s\S]*<code>mfa<\/code>[\s\S]*<code>bankdown<\/code>/);
    assert.match(html, /formaction="\/bank\/[\w-]+\/cancel"/);
    assert.doesNotMatch(html, /<script/);
    assert.ok(response.headers.get('content-security-policy'));
    assert.equal(await sessionStatus(app, sessionId), 'authorizing');
    assert.match(await (await app.request((await start({ locale: 'de' })).path)).text(), /<html lang="de">[\s\S]*Bei Demo Bank anmelden/);
    assert.match(await (await app.request((await start({ locale: 'fr' })).path)).text(), /<html lang="en">[\s\S]*Sign in to Demo Bank/);
  });

  test('demo/demo: success, completion page posts to the opener with the integrator origin and a valid signature', async () => {
    const { path, sessionId, state } = await start();
    const data = await loginToResult(app, path, 'demo', 'demo');
    assert.equal(data.targetOrigin, ORIGIN);
    assert.ok(signinResultMessageSchema.safeParse(data.message).success);
    assert.deepEqual(data.message, { type: 'signin-flow/result', state, sessionId, status: 'success', sessionIdSignature: signSessionId(SECRET, sessionId), access: { mode: 'single' } });
    assert.equal(await sessionStatus(app, sessionId), 'success');
    const page = await (await app.request(path)).text();
    assert.match(page, /<script src="\/assets\/completion.js"><\/script>/);
    assert.match(page, /go back to localhost:8000/);
    assert.equal(completionData(page).message.status, 'success', 'reloading shows the result again');
  });

  test('wrong password: InvalidCredentials with retry, the 3rd failure is AccessTemporarilyBlocked', async () => {
    const { path, sessionId } = await start();
    for (const left of [2, 1]) {
      const response = await postForm(app, `${path}/login`, { username: 'demo', password: 'wrong' });
      assert.equal(response.status, 422);
      const html = await response.text();
      assert.match(html, new RegExp(`<div class="alert" role="alert" id="login-error">Incorrect user name or password. Attempts left: ${left}.</div>`));
      assert.match(html, /aria-describedby="login-error"/);
      assert.match(html, /value="demo"/, 'the user name is kept');
      assert.equal(await sessionStatus(app, sessionId), 'authorizing');
    }
    const data = await loginToResult(app, path, 'demo', 'wrong');
    assert.equal(data.message.status, 'failed');
    assert.equal(data.message.error?.code, 'AccessTemporarilyBlocked');
    assert.equal(data.message.sessionIdSignature, undefined);
    assert.equal(await sessionStatus(app, sessionId), 'failed');
    const again = completionData(await (await postForm(app, `${path}/login`, { username: 'demo', password: 'demo' })).text());
    assert.equal(again.message.status, 'failed', 'a final session does not change');
  });

  test('a retry after a wrong password can still succeed', async () => {
    const { path, sessionId } = await start();
    assert.equal((await postForm(app, `${path}/login`, { username: 'demo', password: 'nope' })).status, 422);
    assert.equal((await loginToResult(app, path, 'demo', 'demo')).message.status, 'success');
    assert.equal(await sessionStatus(app, sessionId), 'success');
  });

  test('empty fields re-render with an error', async () => {
    const { path } = await start();
    const response = await postForm(app, `${path}/login`, { username: '', password: '' });
    assert.equal(response.status, 422);
    assert.match(await response.text(), /role="alert"[^>]*>Enter your user name and password/);
  });

  test('locked: AccessBlocked; bankdown: BankUnavailable', async () => {
    for (const [username, code] of [['locked', 'AccessBlocked'], ['bankdown', 'BankUnavailable']] as const) {
      const { path, sessionId } = await start();
      const data = await loginToResult(app, path, username, 'anything');
      assert.equal(data.message.status, 'failed');
      assert.equal(data.message.error?.code, code);
      assert.ok(data.message.error?.message);
      assert.equal(data.message.sessionIdSignature, undefined);
      assert.equal(await sessionStatus(app, sessionId), 'failed');
    }
  });

  test('slow: a self-refreshing progress page, then success', async () => {
    const { path, sessionId } = await start();
    const login = await postForm(app, `${path}/login`, { username: 'slow', password: 'demo' });
    assert.equal(login.status, 303);
    assert.equal(login.headers.get('location'), `${path}/wait`);
    clock.now += SLOW_MS / 2;
    const waiting = await app.request(`${path}/wait`);
    assert.equal(waiting.status, 200);
    const html = await waiting.text();
    assert.match(html, /<meta http-equiv="refresh" content="1">/);
    assert.match(html, /<progress id="slow-progress" max="100" value="50">/);
    assert.match(html, /role="status"/);
    assert.doesNotMatch(html, /<script/);
    assert.equal((await app.request(path)).status, 303, 'the login URL leads to the wait page');
    assert.equal(await sessionStatus(app, sessionId), 'authorizing');
    clock.now += SLOW_MS / 2;
    const done = completionData(await (await app.request(`${path}/wait`)).text());
    assert.equal(done.message.status, 'success');
    assert.equal(await sessionStatus(app, sessionId), 'success');
  });

  test('mfa: SMS code step; wrong code retries with an error; 123456 succeeds', async () => {
    const { path, sessionId } = await start();
    const login = await postForm(app, `${path}/login`, { username: 'mfa', password: 'demo' });
    assert.equal(login.status, 303);
    const step = await app.request(login.headers.get('location') ?? '');
    const stepHtml = await step.text();
    assert.match(stepHtml, /<label for="code">SMS code<\/label>/);
    assert.match(stepHtml, /autocomplete="one-time-code"[^>]*autofocus/);
    const wrong = await postForm(app, `${path}/mfa`, { code: '000000' });
    assert.equal(wrong.status, 422);
    assert.match(await wrong.text(), /role="alert" id="mfa-error">Incorrect code/);
    assert.equal(await sessionStatus(app, sessionId), 'authorizing');
    const ok = await postForm(app, `${path}/mfa`, { code: '123456' });
    assert.equal(completionData(await ok.text()).message.status, 'success');
    assert.equal(await sessionStatus(app, sessionId), 'success');
  });

  test('mfa: three wrong codes block the access', async () => {
    const { path } = await start();
    await postForm(app, `${path}/login`, { username: 'mfa', password: 'demo' });
    await postForm(app, `${path}/mfa`, { code: '1' });
    await postForm(app, `${path}/mfa`, { code: '2' });
    const data = completionData(await (await postForm(app, `${path}/mfa`, { code: '3' })).text());
    assert.equal(data.message.error?.code, 'AccessTemporarilyBlocked');
  });

  test('Cancel: cancelled, without signature or error', async () => {
    const { path, sessionId } = await start();
    const response = await postForm(app, `${path}/cancel`, { username: 'x' });
    const data = completionData(await response.text());
    assert.equal(data.message.status, 'cancelled');
    assert.equal(data.message.sessionIdSignature, undefined);
    assert.equal(data.message.error, undefined);
    assert.equal(await sessionStatus(app, sessionId), 'cancelled');
  });

  test('unknown bank token: 404 page', async () => {
    assert.equal((await app.request('/bank/nope')).status, 404);
    assert.equal((await postForm(app, '/bank/nope/login', { username: 'demo', password: 'demo' })).status, 404);
  });

  test('reflected input is escaped; JSON for the completion block cannot close its script', async () => {
    const { path } = await start();
    const html = await (await postForm(app, `${path}/login`, { username: '"><script>alert(1)</script>', password: 'x' })).text();
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /value="&#34;&#62;&#60;script&#62;alert\(1\)&#60;\/script&#62;"/);
    assert.equal(jsonForScript({ a: '</script><b>&' }), '{"a":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}');
  });
});

describe('redirect mode', () => {
  const returnUrl = `${ORIGIN}/return?order=7`;

  test('success: 303 to the return URL with state, session id, status and signature', async () => {
    const { path, sessionId, state } = await start({ mode: 'redirect', returnUrl });
    const page = await app.request(path);
    assert.match(page.headers.get('content-security-policy') ?? '', new RegExp(`form-action 'self' ${ORIGIN}`), 'the form may redirect to the integrator');
    const response = await postForm(app, `${path}/login`, { username: 'demo', password: 'demo' });
    assert.equal(response.status, 303);
    const location = new URL(response.headers.get('location') ?? '');
    assert.equal(location.origin + location.pathname, `${ORIGIN}/return`);
    assert.equal(location.searchParams.get('order'), '7', 'existing query parameters are kept');
    assert.equal(location.searchParams.get('signin_state'), state);
    assert.equal(location.searchParams.get('signin_session_id'), sessionId);
    assert.equal(location.searchParams.get('signin_status'), 'success');
    assert.equal(location.searchParams.get('signin_signature'), signSessionId(SECRET, sessionId));
    assert.equal(location.searchParams.get('signin_error'), null);
  });

  test('failure and cancel: status and error code, no signature', async () => {
    const failed = await start({ mode: 'redirect', returnUrl });
    const location = new URL((await postForm(app, `${failed.path}/login`, { username: 'locked', password: 'x' })).headers.get('location') ?? '');
    assert.equal(location.searchParams.get('signin_status'), 'failed');
    assert.equal(location.searchParams.get('signin_error'), 'AccessBlocked');
    assert.ok(location.searchParams.get('signin_error_description'));
    assert.equal(location.searchParams.get('signin_signature'), null);
    const cancelled = await start({ mode: 'redirect', returnUrl });
    const back = new URL((await postForm(app, `${cancelled.path}/cancel`, {})).headers.get('location') ?? '');
    assert.equal(back.searchParams.get('signin_status'), 'cancelled');
  });
});
