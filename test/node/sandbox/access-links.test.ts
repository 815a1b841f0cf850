// Long-lived access through links and the hosted page: accessMode single|multiple|mixed, the
// ongoing-access consent and the user's choice on the form, the access in the return URL and the
// link status, and a link that renews an access (reconnectAccessId).
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { AccessInfo } from '../../../src/core/protocol/access.js';
import { linkInfoSchema, type LinkInfo } from '../../../src/core/protocol/link.js';
import { widgetBundleAvailable } from '../../../demo/sandbox/widget-assets.js';
import { ORIGIN, START, authed, authedJson, bankPath, makeSandbox, postForm, type ApiErrorJson } from './helpers.js';

const DAY = 86_400_000;
const { app, sandbox } = makeSandbox();
after(() => sandbox.close());

async function createLink(body: Record<string, unknown> = {}) {
  const response = await authedJson(app, '/v1/signin-links', { ownerExternalId: 'user-7', returnUrl: `${ORIGIN}/done`, country: 'PL', locale: 'en', ...body });
  assert.equal(response.status, 201, await response.clone().text());
  return (await response.json()) as { id: string; url: string };
}

async function getLink(id: string): Promise<LinkInfo> {
  const parsed = linkInfoSchema.safeParse(await (await authed(app, `/v1/signin-links/${id}`)).json());
  assert.ok(parsed.success);
  return parsed.data;
}

/** Submits the hosted form; on success signs in at the bank and returns the final return URL. */
async function submit(linkId: string, fields: Record<string, string | string[]>) {
  const answer = await postForm(app, `/signin/${linkId}`, { bankId: 'demo-bank-pl', ...fields });
  if (answer.status !== 303) return { status: answer.status, html: await answer.text() };
  const bank = answer.headers.get('location') ?? '';
  const back = await postForm(app, `${bankPath(`http://x${bank}`)}/login`, { username: 'demo', password: 'demo' });
  return { status: back.status, returnUrl: new URL(back.headers.get('location') ?? '') };
}

const BASE = ['terms', 'data-access'];

describe('links with access modes', () => {
  test('bad access fields of a link are refused naming the field', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ accessMode: 'sometimes' }, 400, 'accessMode'],
      [{ accessMode: 'multiple', accessDays: 0 }, 400, 'accessDays'],
      [{ accessDays: 30 }, 400, 'accessDays'],
      [{ reconnectAccessId: 'acc_nope' }, 404, 'reconnectAccessId'],
      [{ reconnectAccessId: '' }, 400, 'reconnectAccessId'],
    ];
    for (const [body, status, field] of cases) {
      const response = await authedJson(app, '/v1/signin-links', { ownerExternalId: 'user-7', returnUrl: `${ORIGIN}/done`, ...body });
      assert.equal(response.status, status, JSON.stringify(body));
      assert.equal(((await response.json()) as ApiErrorJson).error.field, field, JSON.stringify(body));
    }
  });

  test('multiple: the hosted page is the form with the ongoing-access consent, which is required', async () => {
    const link = await createLink({ accessMode: 'multiple', accessDays: 30 });
    const page = await (await app.request(`/signin/${link.id}/form`)).text();
    assert.match(page, /<form class="form" method="post"/, 'the form (the widget has no access consents yet)');
    assert.match(page, /name="consent" value="ongoing-access" required/);
    assert.ok(page.includes(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(START + 30 * DAY)), 'the end date, in the page’s language');
    const refused = await submit(link.id, { consent: BASE });
    assert.equal(refused.status, 422);
    assert.match(refused.html ?? '', /Accept all the consents to continue/);
    const done = await submit(link.id, { consent: [...BASE, 'ongoing-access'] });
    assert.equal(done.returnUrl?.searchParams.get('signin_access_mode'), 'multiple');
    assert.equal(done.returnUrl?.searchParams.get('signin_access_expires_at'), new Date(START + 30 * DAY).toISOString());
    const info = await getLink(link.id);
    assert.deepEqual([info.accessMode, info.accessDays, info.grantedAccessMode, info.access?.status, info.access?.importsToday], ['multiple', 30, 'multiple', 'active', 0]);
    const back = await app.request(`/signin/${link.id}/return`);
    assert.equal(new URL(back.headers.get('location') ?? '').searchParams.get('signin_access_mode'), 'multiple', 'the return route says it too');
  });

  test('mixed: the user chooses in a radio group with a legend, nothing preselected; the choice decides', async () => {
    const link = await createLink({ accessMode: 'mixed', locale: 'de' });
    const page = await (await app.request(`/signin/${link.id}/form`)).text();
    assert.match(page, /<fieldset class="access-choice">\s*<legend>Wie lange darf die Website Ihre Kontodaten abrufen\?<\/legend>/);
    assert.equal((page.match(/type="radio"[^>]*name="accessMode"[^>]*required>/g) ?? []).length, 2, 'two options, neither checked');
    const unchosen = await submit(link.id, { consent: BASE });
    assert.equal(unchosen.status, 422);
    assert.match(unchosen.html ?? '', /Wählen Sie, wie lange die Website Ihre Kontodaten abrufen darf\./);
    const once = await submit(link.id, { consent: BASE, accessMode: 'single' });
    assert.equal(once.returnUrl?.searchParams.get('signin_access_mode'), 'single');
    assert.equal(once.returnUrl?.searchParams.get('signin_access_expires_at'), null);
    assert.equal((await getLink(link.id)).access, undefined);

    const other = await createLink({ accessMode: 'mixed' });
    await app.request(`/signin/${other.id}`);
    const ongoing = await submit(other.id, { consent: BASE, accessMode: 'multiple' });
    assert.equal(ongoing.returnUrl?.searchParams.get('signin_access_mode'), 'multiple');
    const info = await getLink(other.id);
    assert.equal(info.grantedAccessMode, 'multiple');
    assert.ok(info.access?.id.startsWith('acc_'));
  });

  test('single links keep the widget page and grant no access', async () => {
    const link = await createLink();
    assert.equal((await getLink(link.id)).accessMode, 'single');
    const done = await submit(link.id, { consent: BASE });
    assert.equal(done.returnUrl?.searchParams.get('signin_access_mode'), 'single');
  });

  test('reconnectAccessId: the hosted page renews that access at its bank only', async () => {
    const first = await createLink({ accessMode: 'multiple', accessDays: 10 });
    await app.request(`/signin/${first.id}`);
    await submit(first.id, { consent: [...BASE, 'ongoing-access'] });
    const accessId = (await getLink(first.id)).access?.id ?? '';
    sandbox.context.config.clock.advance(11 * DAY);
    const other = await authedJson(app, '/v1/signin-links', { ownerExternalId: 'user-8', returnUrl: `${ORIGIN}/done`, reconnectAccessId: accessId });
    assert.deepEqual([other.status, ((await other.json()) as ApiErrorJson).error.code], [409, 'reconnect_token_mismatch']);
    const single = await authedJson(app, '/v1/signin-links', { ownerExternalId: 'user-7', returnUrl: `${ORIGIN}/done`, reconnectAccessId: accessId, accessMode: 'single' });
    assert.equal(single.status, 400);

    const renew = await createLink({ reconnectAccessId: accessId, country: undefined });
    const page = await (await app.request(`/signin/${renew.id}/form`)).text();
    assert.match(page, /<h1>Renew access to Demo Bank<\/h1>/);
    assert.equal((page.match(/<option value="[^"]+"/g) ?? []).length, 1, 'only the access’s bank');
    const wrongBank = await postForm(app, `/signin/${renew.id}`, { bankId: 'bank-lakowy', consent: [...BASE, 'ongoing-access'] });
    assert.equal(wrongBank.status, 422);
    const done = await submit(renew.id, { consent: [...BASE, 'ongoing-access'] });
    assert.equal(done.returnUrl?.searchParams.get('signin_access_renewed'), 'true');
    const access = (await (await authed(app, `/v1/accesses/${accessId}`)).json()) as AccessInfo;
    assert.equal(access.status, 'active');
    assert.equal(access.expiresAt, new Date(START + 21 * DAY).toISOString(), 'renewed for its own 10 days');
    assert.equal((await getLink(renew.id)).access?.id, accessId);
  });

  test('a session of a widget on a multiple link gets the link’s mode; a contradicting one is refused', async () => {
    const link = await createLink({ accessMode: 'multiple' });
    await app.request(`/signin/${link.id}`);
    const body = (extra: Record<string, unknown>) =>
      JSON.stringify({
        clientId: 'sandbox-client',
        ownerExternalId: 'user-7',
        bankId: 'demo-bank-pl',
        consents: [{ id: 'terms', version: '1', acceptedAt: '2025-01-15T11:59:00Z' }],
        mode: 'redirect',
        origin: 'http://localhost:8787',
        returnUrl: `http://localhost:8787/signin/${link.id}/return`,
        ...extra,
      });
    const post = (extra: Record<string, unknown>) =>
      app.request('/v1/signin-sessions', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost:8787' }, body: body(extra) });
    const refused = await post({ accessMode: 'single' });
    assert.deepEqual([refused.status, ((await refused.json()) as ApiErrorJson).error.field], [400, 'accessMode']);
    const created = await post({});
    assert.equal(created.status, 201);
    const { sessionId } = (await created.json()) as { sessionId: string };
    const info = (await (await authed(app, `/v1/signin-sessions/${sessionId}`)).json()) as { accessMode: string };
    assert.equal(info.accessMode, 'multiple');

    const mixed = await createLink({ accessMode: 'mixed' });
    await app.request(`/signin/${mixed.id}`);
    const unchosen = await app.request('/v1/signin-sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:8787' },
      body: body({ returnUrl: `http://localhost:8787/signin/${mixed.id}/return` }),
    });
    const error = ((await unchosen.json()) as ApiErrorJson).error;
    assert.deepEqual([unchosen.status, error.field], [400, 'accessMode']);
    assert.match(error.message, /lets the user choose/);
  });

  test('the hosted widget page asks for the link’s access; a renewal link’s widget gets a reconnect token of that access only', async (t) => {
    if (!widgetBundleAvailable()) return t.skip('the widget bundle is not built (npm run build)');
    const mixed = await createLink({ accessMode: 'mixed' });
    const page = await (await app.request(`/signin/${mixed.id}`)).text();
    assert.match(page, /data-access-mode="mixed"/);
    // The provider's own documents for the default consents, in the page's language.
    assert.match(page, /data-terms-url="\/terms\?locale=en" data-privacy-url="\/privacy\?locale=en"/);
    for (const [path, title] of [['/terms?locale=de', 'Bedingungen der Testumgebung'], ['/privacy?locale=pl', 'Informacja o prywatności środowiska testowego']] as const) {
      const document = await app.request(path);
      assert.equal(document.status, 200, path);
      assert.match(await document.text(), new RegExp(`<h1>${title}</h1>`), path);
    }
    const byBrowser = await app.request('/terms', { headers: { 'accept-language': 'cs-CZ,cs;q=0.9' } });
    assert.match(await byBrowser.text(), /Podmínky testovacího prostředí/);
    assert.match(page, /data-reconnect-token=""/);

    const first = await createLink({ accessMode: 'multiple', accessDays: 12 });
    assert.match(await (await app.request(`/signin/${first.id}`)).text(), /data-access-mode="multiple" data-access-days="12"/);
    await submit(first.id, { consent: [...BASE, 'ongoing-access'] });
    const accessId = (await getLink(first.id)).access?.id ?? '';
    const renew = await createLink({ reconnectAccessId: accessId, country: undefined });
    const renewPage = await (await app.request(`/signin/${renew.id}`)).text();
    const token = /data-reconnect-token="([^"]+)"/.exec(renewPage)?.[1] ?? '';
    assert.ok(token.length >= 16, 'a reconnect token on the page');
    const info = (await (await app.request(`/v1/reconnect-tokens/${token}?clientId=sandbox-client`)).json()) as { bankId: string };
    assert.equal(info.bankId, 'demo-bank-pl');
    const session = (returnUrl: string, reconnectToken: string) =>
      app.request('/v1/signin-sessions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:8787' },
        body: JSON.stringify({
          clientId: 'sandbox-client', ownerExternalId: 'user-7', bankId: 'demo-bank-pl', mode: 'redirect', origin: 'http://localhost:8787', returnUrl, reconnectToken, accessMode: 'multiple',
          consents: [{ id: 'ongoing-access', version: '1', acceptedAt: '2025-01-15T11:59:00Z' }],
        }),
      });
    // The token of this link's access renews it through the link; on a link of another access, it is refused.
    const elsewhere = await session(`http://localhost:8787/signin/${mixed.id}/return`, token);
    assert.deepEqual([elsewhere.status, ((await elsewhere.json()) as ApiErrorJson).error.field], [400, 'reconnectToken']);
    const created = await session(`http://localhost:8787/signin/${renew.id}/return`, token);
    assert.equal(created.status, 201, await created.clone().text());
    const { sessionId } = (await created.json()) as { sessionId: string };
    const info2 = (await (await authed(app, `/v1/signin-sessions/${sessionId}`)).json()) as { accessMode: string; linkId: string };
    assert.deepEqual([info2.accessMode, info2.linkId], ['multiple', renew.id]);

    // A revoked access: no token to mint, the page is the form that says why on submit.
    await authed(app, `/v1/accesses/${accessId}`, { method: 'DELETE' });
    const revoked = await createLink({ reconnectAccessId: accessId, country: undefined }).catch(() => undefined);
    if (revoked) assert.doesNotMatch(await (await app.request(`/signin/${revoked.id}`)).text(), /data-reconnect-token/);
  });
});
