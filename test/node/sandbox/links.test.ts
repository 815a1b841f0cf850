import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { linkInfoSchema, type LinkInfo } from '../../../src/core/protocol/link.js';
import { signSessionId } from '../../../demo/sandbox/signing.js';
import { widgetBundleAvailable } from '../../../demo/sandbox/widget-assets.js';
import { ORIGIN, SECRET, START, authed, authedJson, bankPath, createSession, makeSandbox, postForm, postJson, sessionBody, type ApiErrorJson } from './helpers.js';

const { app, sandbox } = makeSandbox({ linkTtlMs: 3_600_000 });
after(() => sandbox.close());

async function createLink(body: Record<string, unknown> = {}) {
  const response = await authedJson(app, '/v1/signin-links', { ownerExternalId: 'user-7', returnUrl: `${ORIGIN}/done`, ...body });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as { id: string; url: string; expiresAt: string };
}

async function getLink(id: string): Promise<LinkInfo> {
  const response = await authed(app, `/v1/signin-links/${id}`);
  assert.equal(response.status, 200);
  const parsed = linkInfoSchema.safeParse(await response.json());
  assert.ok(parsed.success);
  return parsed.data;
}

describe('integrator API authentication', () => {
  test('a missing, malformed or wrong secret is a 401', async () => {
    const calls: [string, RequestInit][] = [
      ['/v1/signin-links', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['/v1/signin-links/lnk_x', {}],
      ['/v1/signin-sessions/ses_x', {}],
      ['/v1/default-import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
    ];
    for (const [path, init] of calls) {
      for (const authorization of [undefined, 'Bearer wrong', `Basic ${SECRET}`, `Bearer ${SECRET}x`, 'Bearer ']) {
        const headers = new Headers(init.headers);
        if (authorization) headers.set('authorization', authorization);
        const response = await app.request(path, { ...init, headers });
        assert.equal(response.status, 401, `${path} with ${authorization ?? 'no header'}`);
        assert.equal(((await response.json()) as ApiErrorJson).error.code, 'unauthorized');
        assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      }
    }
  });

  test('unknown ids are 404', async () => {
    assert.equal((await authed(app, '/v1/signin-links/lnk_nope')).status, 404);
    assert.equal((await authed(app, '/v1/signin-sessions/ses_nope')).status, 404);
  });
});

describe('POST /v1/signin-links', () => {
  test('creates a pending link', async () => {
    const link = await createLink({ locale: 'pl', country: 'PL' });
    assert.match(link.id, /^lnk_/);
    assert.equal(link.url, `http://localhost:8787/signin/${link.id}`);
    assert.equal(link.expiresAt, new Date(START + 3_600_000).toISOString());
    const info = await getLink(link.id);
    assert.equal(info.status, 'pending');
    assert.equal(info.country, 'PL');
    assert.equal(info.sessionId, undefined);
  });

  test('validates the body and names the field', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ownerExternalId: undefined }, 400, 'ownerExternalId'],
      [{ returnUrl: 'javascript:alert(1)' }, 400, 'returnUrl'],
      [{ returnUrl: 'https://evil.example/x' }, 403, 'returnUrl'],
      [{ country: 'pl' }, 400, 'country'],
      [{ country: 'FR' }, 400, 'country'],
      [{ webhookUrl: 'ftp://hooks.example/x' }, 400, 'webhookUrl'],
      [{ locale: 42 }, 400, 'locale'],
    ];
    for (const [overrides, status, field] of cases) {
      const response = await authedJson(app, '/v1/signin-links', { ownerExternalId: 'u', returnUrl: `${ORIGIN}/done`, ...overrides });
      assert.equal(response.status, status, JSON.stringify(overrides));
      assert.equal(((await response.json()) as ApiErrorJson).error.field, field);
    }
  });
});

describe('hosted page /signin/:linkId', () => {
  test('the widget page: <signin-widget> data from the link, provider styling, strict CSP with connect-src self', async () => {
    const link = await createLink({ country: 'PL', locale: 'pl' });
    const page = await app.request(`/signin/${link.id}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.ok((await getLink(link.id)).openedAt, 'opening is recorded');
    if (!widgetBundleAvailable()) {
      assert.match(html, /id="hosted-notice"/, 'without the build: the simple form, saying why');
      return;
    }
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)/, 'no inline script');
    assert.match(html, /<link rel="stylesheet" href="\/assets\/hosted.css">/);
    assert.match(html, /<script type="module" src="\/assets\/hosted.js"><\/script>/);
    assert.match(html, /data-client-id="sandbox-client"/);
    assert.match(html, /data-owner-external-id="user-7"/);
    assert.match(html, /data-country="PL"/);
    assert.match(html, /data-locale="pl"/);
    assert.match(html, new RegExp(`data-return-url="http://localhost:8787/signin/${link.id}/return"`));
    assert.match(html, new RegExp(`<noscript><p><a class="button primary" href="/signin/${link.id}/form">`));
    for (const asset of ['/assets/hosted.js', '/assets/hosted.css', '/assets/signin-flow.js', '/assets/locales/pl.js']) {
      assert.equal((await app.request(asset)).status, 200, asset);
    }
    assert.equal((await app.request('/assets/locales/..%2F..%2Fpackage.json')).status, 404);
  });

  test('the widget session of a link: returns to the link returnUrl with link parameters only', async () => {
    const link = await createLink({ country: 'PL' });
    await app.request(`/signin/${link.id}`);
    const marker = `http://localhost:8787/signin/${link.id}/return`;
    const body = { mode: 'redirect', origin: 'http://localhost:8787', returnUrl: marker, ownerExternalId: 'user-7' };
    const refused: [Record<string, unknown>, number, string][] = [
      [{ ownerExternalId: 'someone-else' }, 400, 'ownerExternalId'],
      [{ mode: 'popup' }, 400, 'mode'],
      [{ origin: ORIGIN }, 403, 'origin'],
      [{ returnUrl: 'http://localhost:8787/signin/lnk_nope/return' }, 404, 'returnUrl'],
    ];
    for (const [overrides, status, field] of refused) {
      const origin = (overrides.origin as string | undefined) ?? 'http://localhost:8787';
      const response = await postJson(app, '/v1/signin-sessions', sessionBody({ ...body, ...overrides }), { origin });
      assert.equal(response.status, status, JSON.stringify(overrides));
      assert.equal(((await response.json()) as ApiErrorJson).error.field, field);
    }
    const created = await postJson(app, '/v1/signin-sessions', sessionBody(body), { origin: 'http://localhost:8787' });
    assert.equal(created.status, 201, await created.clone().text());
    const { sessionId, authorizationUrl } = (await created.json()) as { sessionId: string; authorizationUrl: string };
    const info = await getLink(link.id);
    assert.deepEqual([info.status, info.sessionId], ['authorizing', sessionId]);
    const bankPage = await app.request(bankPath(authorizationUrl));
    assert.match(bankPage.headers.get('content-security-policy') ?? '', new RegExp(`form-action 'self' ${ORIGIN}`), 'the 303 to the integrator is allowed');
    const back = await postForm(app, `${bankPath(authorizationUrl)}/login`, { username: 'demo', password: 'demo' });
    const location = new URL(back.headers.get('location') ?? '');
    assert.equal(`${location.origin}${location.pathname}`, `${ORIGIN}/done`);
    assert.deepEqual([...location.searchParams.keys()].sort(), ['signin_access_mode', 'signin_link_id', 'signin_status'], 'link parameters and the access granted: no session id nor signature');
    assert.equal(location.searchParams.get('signin_status'), 'success');
    const done = await getLink(link.id);
    assert.equal(done.status, 'success');
    assert.equal(done.sessionIdSignature, signSessionId(SECRET, sessionId), 'the signature is read from the API');
    const closed = await postJson(app, '/v1/signin-sessions', sessionBody(body), { origin: 'http://localhost:8787' });
    assert.equal(closed.status, 410);
    assert.equal(((await closed.json()) as ApiErrorJson).error.code, 'link_closed');
    const again = await app.request(`/signin/${link.id}/return`);
    assert.equal(again.status, 303);
    assert.equal(again.headers.get('location'), `${ORIGIN}/done?signin_link_id=${link.id}&signin_status=success&signin_access_mode=single`, 'the same parameters as the bank’s redirect');
  });

  test('the simple form: choose a bank, accept the consents, sign in at the bank, land on the return URL', async () => {
    const link = await createLink({ country: 'PL', locale: 'pl' });
    const page = await app.request(`/signin/${link.id}/form`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<html lang="pl">/);
    assert.match(html, /<label for="bank">Bank<\/label>\s*<select id="bank" name="bankId" required/);
    assert.match(html, /<option value="bank-lakowy">Bank Łąkowy<\/option>/);
    assert.match(html, /<option value="bank-polnocny" disabled>Bank Północny \(niedostępny\)<\/option>/);
    assert.doesNotMatch(html, /demo-bank-de/, 'only banks of the link country');
    assert.match(html, /type="checkbox" id="consent-terms" name="consent" value="terms" required/);
    assert.ok((await getLink(link.id)).openedAt, 'opening is recorded');

    assert.equal((await app.request(`/signin/${link.id}/return`)).headers.get('location'), `/signin/${link.id}`, 'not finished: back to the hosted page');
    const missing = await postForm(app, `/signin/${link.id}/form`, { bankId: 'demo-bank-pl', consent: 'terms' });
    assert.equal(missing.status, 422);
    assert.match(await missing.text(), /role="alert"[^>]*>Zaakceptuj obie zgody/);
    const wrongCountry = await postForm(app, `/signin/${link.id}/form`, { bankId: 'demo-bank-de', consent: ['terms', 'data-access'] });
    assert.equal(wrongCountry.status, 422);
    const down = await postForm(app, `/signin/${link.id}/form`, { bankId: 'bank-polnocny', consent: ['terms', 'data-access'] });
    assert.equal(down.status, 422);

    const go = await postForm(app, `/signin/${link.id}/form`, { bankId: 'demo-bank-pl', consent: ['terms', 'data-access'] });
    assert.equal(go.status, 303);
    const bank = go.headers.get('location') ?? '';
    assert.match(bank, /^\/bank\/[\w-]+$/);
    const authorizing = await getLink(link.id);
    assert.equal(authorizing.status, 'authorizing');
    assert.ok(authorizing.sessionId);
    assert.equal(authorizing.bankId, 'demo-bank-pl');
    const session = (await (await authed(app, `/v1/signin-sessions/${authorizing.sessionId}`)).json()) as { mode: string; linkId: string; returnUrl: string; origin: string };
    assert.deepEqual([session.mode, session.linkId, session.returnUrl, session.origin], ['redirect', link.id, `${ORIGIN}/done`, 'http://localhost:8787']);

    const back = await postForm(app, `${bank}/login`, { username: 'demo', password: 'demo' });
    assert.equal(back.status, 303);
    const location = new URL(back.headers.get('location') ?? '');
    assert.equal(`${location.origin}${location.pathname}`, `${ORIGIN}/done`);
    assert.equal(location.searchParams.get('signin_link_id'), link.id);
    assert.equal(location.searchParams.get('signin_status'), 'success');
    const done = await getLink(link.id);
    assert.equal(done.status, 'success');
    assert.equal(done.sessionIdSignature, signSessionId(SECRET, done.sessionId ?? ''));

    const reopened = await app.request(`/signin/${link.id}`);
    assert.equal(reopened.status, 410, 'a finished link cannot be used again');
  });

  test('a link without country offers a country picker; failures come back with the error code', async () => {
    const link = await createLink();
    const html = await (await app.request(`/signin/${link.id}/form?country=de`)).text();
    assert.match(html, /<select id="country" name="country">/);
    assert.match(html, /<option value="DE" selected>Germany<\/option>/);
    assert.match(html, /Straßenbank München/);
    const go = await postForm(app, `/signin/${link.id}`, { country: 'DE', bankId: 'strassenbank', consent: ['terms', 'data-access'] });
    const bank = go.headers.get('location') ?? '';
    const back = new URL((await postForm(app, `${bank}/login`, { username: 'bankdown', password: 'x' })).headers.get('location') ?? '');
    assert.equal(back.searchParams.get('signin_status'), 'failed');
    assert.equal(back.searchParams.get('signin_error'), 'BankUnavailable');
    const info = await getLink(link.id);
    assert.equal(info.status, 'failed');
    assert.equal(info.error?.code, 'BankUnavailable');
    assert.equal(info.sessionIdSignature, undefined);
  });

  test('unknown link: 404 page', async () => {
    assert.equal((await app.request('/signin/lnk_nope')).status, 404);
    assert.equal((await app.request('/signin/lnk_nope/form')).status, 404);
    assert.equal((await app.request('/signin/lnk_nope/return')).status, 404);
    assert.equal((await postForm(app, '/signin/lnk_nope', { bankId: 'demo-bank-pl' })).status, 404);
  });
});

describe('GET /v1/signin-sessions/:id', () => {
  test('reports a widget session', async () => {
    const { sessionId, authorizationUrl } = await createSession(app, { locale: 'pl' });
    const response = await authed(app, `/v1/signin-sessions/${sessionId}`);
    const body = (await response.json()) as Record<string, unknown>;
    assert.equal(body.status, 'pending');
    assert.equal(body.bankId, 'demo-bank-pl');
    assert.equal(body.country, 'PL');
    assert.equal(body.locale, 'pl');
    assert.equal(body.mode, 'popup');
    assert.equal(body.ownerExternalId, 'user-42');
    assert.equal(JSON.stringify(body).includes(bankPath(authorizationUrl).slice(6)), false, 'the bank token is not exposed');
    assert.equal(body.sessionIdSignature, undefined);
    assert.equal((await postJson(app, `/v1/signin-sessions/${sessionId}`, {})).status, 404, 'no POST on a session');
  });
});
