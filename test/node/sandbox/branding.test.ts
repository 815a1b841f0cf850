// A link that carries the integrator's look (issue #21): `styles`, `theme` and `brand` in
// POST /v1/signin-links, refused field by field with nothing stored, returned by GET, and shown
// by the hosted page (escaped name, logo allowed by exactly its origin in img-src, forced theme,
// the page's chrome rule, "Back to <name>" that cancels the link).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { linkInfoSchema, type LinkInfo } from '../../../src/core/protocol/link.js';
import { brandAsks, logoOrigins, pageChromeRule } from '../../../demo/sandbox/brand.js';
import { widgetBundleAvailable } from '../../../demo/sandbox/widget-assets.js';
import { ORIGIN, authed, authedJson, type ApiErrorJson, makeSandbox, postForm } from './helpers.js';

const { app, sandbox } = makeSandbox({ linkTtlMs: 3_600_000 });
after(() => sandbox.close());

const base = { ownerExternalId: 'user-7', returnUrl: `${ORIGIN}/done` };
const brand = { name: 'Demo Shop', logoUrl: 'https://cdn.shop.example/logo.svg' };

async function create(body: Record<string, unknown>): Promise<Response> {
  return authedJson(app, '/v1/signin-links', { ...base, ...body });
}

async function createLink(body: Record<string, unknown>): Promise<string> {
  const response = await create(body);
  assert.equal(response.status, 201, await response.clone().text());
  return ((await response.json()) as { id: string }).id;
}

async function getLink(id: string): Promise<LinkInfo> {
  const parsed = linkInfoSchema.safeParse(await (await authed(app, `/v1/signin-links/${id}`)).json());
  assert.ok(parsed.success);
  return parsed.data;
}

describe('POST /v1/signin-links: styles, theme, brand', () => {
  const BAD: [body: Record<string, unknown>, field: string, message: RegExp][] = [
    [{ styles: { colorPrimary: 'blurple' } }, 'styles.colorPrimary', /must be a CSS colour/],
    [{ styles: { colorPrimary: 'red; background: url(https://evil.example/x)' } }, 'styles.colorPrimary', /must be a CSS colour/],
    [{ styles: { colorPrimary: 'var(--x)' } }, 'styles.colorPrimary', /must be a CSS colour/],
    [{ styles: { colorText: '#12345' } }, 'styles.colorText', /must be a CSS colour/],
    [{ styles: { borderRadius: 'round' } }, 'styles.borderRadius', /must be a CSS length/],
    [{ styles: { borderRadius: '-4px' } }, 'styles.borderRadius', /must be a CSS length/],
    [{ styles: { spacingUnit: 'calc(1px+2px)' } }, 'styles.spacingUnit', /must be a CSS length/],
    [{ styles: { fontFamily: 'inherit' } }, 'styles.fontFamily', /must be a CSS font-family list/],
    [{ styles: { fontFamily: "'Inter', </style><script>" } }, 'styles.fontFamily', /must be a CSS font-family list/],
    [{ styles: { shadow: '0 0 -2px red' } }, 'styles.shadow', /must be a CSS box-shadow/],
    [{ styles: { colourPrimary: '#000' } }, 'styles.colourPrimary', /is not a known style \(did you mean "colorPrimary"\?\)/],
    [{ styles: { colorPrimary: 7 } }, 'styles.colorPrimary', /string/],
    [{ styles: 'color: red' }, 'styles', /object/],
    [{ theme: 'sepia' }, 'theme', /light.*dark.*auto/],
    [{ brand: { name: '' } }, 'brand.name', /must not be empty/],
    [{ brand: { name: '   ' } }, 'brand.name', /must not be empty/],
    [{ brand: { name: 'x'.repeat(81) } }, 'brand.name', /at most 80 characters/],
    [{ brand: { name: '<b>Shop</b>' } }, 'brand.name', /plain text, not markup/],
    [{ brand: { name: 'Shop <img src=x onerror=alert(1)>' } }, 'brand.name', /plain text, not markup/],
    [{ brand: { name: 'Shop<!-- x -->' } }, 'brand.name', /plain text, not markup/],
    [{ brand: { name: 'Shop\u0000' } }, 'brand.name', /control characters/],
    [{ brand: { name: 'Shop\u202e' } }, 'brand.name', /control characters/],
    [{ brand: { name: 3 } }, 'brand.name', /string/],
    [{ brand: { logoUrl: 'https://shop.example/l.svg' } }, 'brand.name', /string/],
    [{ brand: { name: 'Shop', colour: 'red' } }, 'brand', /colour/],
    [{ brand: { name: 'Shop', logoUrl: 'http://shop.example/logo.svg' } }, 'brand.logoUrl', /https URL/],
    [{ brand: { name: 'Shop', logoUrl: 'javascript:alert(1)' } }, 'brand.logoUrl', /https URL/],
    [{ brand: { name: 'Shop', logoUrl: 'data:image/svg+xml,<svg/>' } }, 'brand.logoUrl', /https URL/],
    [{ brand: { name: 'Shop', logoUrl: '/logo.svg' } }, 'brand.logoUrl', /https URL/],
    [{ brand: { name: 'Shop', logoUrl: 'https://user:pw@shop.example/logo.svg' } }, 'brand.logoUrl', /https URL/],
    [{ brand: { name: 'Shop', logoUrl: `https://shop.example/${'l'.repeat(2048)}` } }, 'brand.logoUrl', /at most 2048 characters/],
    [{ brand: 'Shop' }, 'brand', /object/],
  ];

  test('every bad style value, theme, brand name or logo URL is a 400 naming the field; nothing is stored', async () => {
    const links = sandbox.context.store.links;
    for (const [body, field, message] of BAD) {
      const before = links.size;
      const response = await create(body);
      const label = JSON.stringify(body);
      assert.equal(response.status, 400, label);
      const { error } = (await response.json()) as ApiErrorJson;
      assert.equal(error.code, 'invalid_request', label);
      assert.equal(error.field, field, label);
      assert.match(error.message, message, label);
      assert.ok(error.message.startsWith(`${field}: `), `${label}: the message names the field`);
      assert.equal(links.size, before, `${label}: no link stored`);
    }
  });

  test('a branded link keeps its styles (trimmed), theme and brand, and GET returns them', async () => {
    const styles = { colorPrimary: ' #0a7d5a ', borderRadius: '4px', fontFamily: "Georgia, 'Times New Roman', serif", shadow: '0 2px 8px rgb(0 0 0 / 0.2)' };
    const id = await createLink({ styles, theme: 'dark', brand: { name: '  Demo Shop  ', logoUrl: brand.logoUrl } });
    const info = await getLink(id);
    assert.deepEqual(info.styles, { ...styles, colorPrimary: '#0a7d5a' });
    assert.equal(info.theme, 'dark');
    assert.deepEqual(info.brand, { name: 'Demo Shop', logoUrl: brand.logoUrl });
  });

  test('a link without them has none', async () => {
    const info = await getLink(await createLink({}));
    assert.equal(info.styles, undefined);
    assert.equal(info.theme, undefined);
    assert.equal(info.brand, undefined);
  });

  test('names with <, & or quotes that are not markup are valid', async () => {
    for (const name of ['Tom & Jerry', 'A < B', 'Shop "Best" <3', "O'Brien's", 'Ünïcødé Ltd']) {
      const info = await getLink(await createLink({ brand: { name } }));
      assert.equal(info.brand?.name, name);
    }
  });
});

describe('the hosted page of a branded link', { skip: !widgetBundleAvailable() && 'the widget is not built (npm run build)' }, () => {
  const page = async (id: string) => {
    const response = await app.request(`/signin/${id}`);
    assert.equal(response.status, 200);
    return { html: await response.text(), csp: response.headers.get('content-security-policy') ?? '' };
  };

  test('shows the logo (alt = the name) and the name as text; img-src allows exactly the logo origin; no unsafe-inline', async () => {
    const id = await createLink({ brand, theme: 'light', styles: { colorPrimary: '#0a7d5a' } });
    const { html, csp } = await page(id);
    assert.match(html, /<img class="brand-logo integrator-logo" id="brand-logo" src="https:\/\/cdn\.shop\.example\/logo\.svg" alt="Demo Shop"/);
    assert.match(html, /Demo Shop asks for access to your account data/);
    assert.match(html, /<html lang="en" data-theme="light">/);
    assert.match(csp, /img-src 'self' data: https:\/\/cdn\.shop\.example;/);
    assert.doesNotMatch(csp, /unsafe|\*/);
    assert.match(csp, new RegExp(`form-action 'self' ${ORIGIN.replace(/[.]/g, '\\.')}`), 'Back to <name> may 303 to the returnUrl');
    const look = JSON.parse(/<script type="application\/json" id="hosted-look">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null') as { styles: object; theme: string; pageRule: string };
    assert.deepEqual(look.styles, { colorPrimary: '#0a7d5a' });
    assert.equal(look.theme, 'light');
    assert.match(look.pageRule, /--primary: #0a7d5a;/);
    assert.doesNotMatch(html, /style="/, 'no style attribute');
    assert.match(html, /<footer class="page-footer"><form method="post" action="\/signin\/lnk_[\w-]+\/cancel"/);
    assert.match(html, /Back to Demo Shop/);
  });

  test('a name with <, & and quotes shows as text', async () => {
    const id = await createLink({ brand: { name: `Tom & "Jerry's" <3` } });
    const { html } = await page(id);
    assert.ok(html.includes('<span class="brand-name">Tom &#38; &#34;Jerry&#39;s&#34; &#60;3</span>'), 'escaped in the header');
    assert.ok(html.includes('Tom &#38; &#34;Jerry&#39;s&#34; &#60;3 asks for access'), 'escaped in the sentence');
    assert.doesNotMatch(html, /Tom & "Jerry/);
  });

  test('the page speaks the link language', async () => {
    const { html } = await page(await createLink({ locale: 'de', brand: { name: 'Laden' } }));
    assert.match(html, /Laden bittet um Zugriff auf Ihre Kontodaten/);
    assert.match(html, /Zurück zu Laden/);
  });

  test('an unbranded link looks as before: no look, no footer, no extra img-src, no theme', async () => {
    const { html, csp } = await page(await createLink({}));
    assert.doesNotMatch(html, /hosted-look|page-footer|brand-asks|data-theme/);
    assert.match(html, /<span class="brand-name">SignIn Flow<\/span>/);
    assert.match(csp, /img-src 'self' data:;/);
    assert.match(csp, /form-action 'self';/);
  });

  test('theme auto forces nothing; styles alone need no brand', async () => {
    const { html } = await page(await createLink({ theme: 'auto', styles: { borderRadius: '2px' } }));
    assert.doesNotMatch(html, /data-theme=|page-footer/);
    assert.match(html, /id="hosted-look">\{"styles":\{"borderRadius":"2px"\},"theme":"auto","pageRule":":root, :root\[data-theme\] \{ --radius: 2px; \}"\}/);
  });

  test('"Back to <name>" cancels the link and returns to the returnUrl', async () => {
    const id = await createLink({ brand });
    const response = await postForm(app, `/signin/${id}/cancel`, {});
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), `${ORIGIN}/done?signin_link_id=${id}&signin_status=cancelled`);
    assert.equal((await getLink(id)).status, 'cancelled');
    assert.equal((await app.request(`/signin/${id}`)).status, 410, 'the link is closed');
    assert.equal((await postForm(app, `/signin/${id}/cancel`, {})).status, 410);
  });
});

describe('brand.ts', () => {
  test('pageChromeRule maps the tokens to the page variables, colorLink over colorPrimary; nothing without tokens', () => {
    assert.equal(pageChromeRule(undefined), '');
    assert.equal(pageChromeRule({}), '');
    assert.equal(pageChromeRule({ colorBackground: 'transparent' }), '');
    const rule = pageChromeRule({ colorPrimary: '#0a7d5a', colorLink: '#064', colorSurface: 'white', fontFamily: 'Georgia, serif', borderRadius: '4px' });
    assert.ok(rule.startsWith(':root, :root[data-theme] { '));
    assert.match(rule, /--primary: #0a7d5a;/);
    assert.match(rule, /--link: #064;/);
    assert.doesNotMatch(rule, /--link: #0a7d5a/);
    assert.match(rule, /--card: white; --field: white;/);
    assert.match(rule, /--primary-dark: color-mix\(in srgb, #0a7d5a 82%, black\);/);
    assert.match(rule, /--on-primary: oklch\(from #0a7d5a /);
    assert.match(rule, /font-family: Georgia, serif;/);
    assert.match(rule, /--radius: 4px;/);
    assert.match(pageChromeRule({ colorPrimary: '#fd0', colorOnPrimary: '#111' }), /--on-primary: #111;/);
    // The widget's derived colours follow the brand colour, unless given.
    assert.match(rule, /\n:root signin-widget, :root\[data-theme\] signin-widget \{ --signin-color-on-primary: initial; --signin-color-focus-ring: #0a7d5a; \}$/);
    assert.match(pageChromeRule({ colorPrimary: '#0a7d5a' }), /signin-widget \{ --signin-color-link: initial; --signin-color-on-primary: initial; --signin-color-focus-ring: #0a7d5a; \}$/);
    assert.doesNotMatch(pageChromeRule({ colorPrimary: '#0a7d5a', colorLink: '#064', colorOnPrimary: '#fff', colorFocusRing: '#000' }), /signin-widget/);
    assert.doesNotMatch(pageChromeRule({ colorText: '#000' }), /signin-widget/);
  });

  test('logoOrigins is the logo origin only', () => {
    assert.deepEqual(logoOrigins(undefined), []);
    assert.deepEqual(logoOrigins({ name: 'x' }), []);
    assert.deepEqual(logoOrigins({ name: 'x', logoUrl: 'https://cdn.example:8443/a/b.png?x=1' }), ['https://cdn.example:8443']);
  });

  test('brandAsks escapes the name, even one that looks like a placeholder', () => {
    assert.equal(brandAsks('en', { name: '{name} & <3' }).html, '<p class="brand-asks" id="brand-asks">{name} &#38; &#60;3 asks for access to your account data</p>');
  });
});

test('hosted.css: the forced themes are the palettes of the system themes (page and widget)', () => {
  const read = (file: string) => readFileSync(new URL(`../../../demo/sandbox/assets/${file}`, import.meta.url), 'utf8');
  const block = (css: string, selector: string, from = 0) => {
    const at = css.indexOf(`${selector} {`, from);
    assert.ok(at >= 0, selector);
    const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
    return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
  };
  const sandboxCss = read('sandbox.css');
  const hostedCss = read('hosted.css');
  const media = '@media (prefers-color-scheme: dark)';
  const darkPage = block(sandboxCss, ':root', sandboxCss.indexOf(media));
  const lightPage = block(sandboxCss, ':root');
  assert.deepEqual(block(hostedCss, ":root[data-theme='dark']"), darkPage);
  assert.deepEqual(block(hostedCss, ":root[data-theme='light']"), Object.fromEntries(Object.keys(darkPage).map((name) => [name, lightPage[name]])));
  const darkWidget = block(hostedCss, 'signin-widget', hostedCss.indexOf(media));
  const lightWidget = block(hostedCss, '\nsignin-widget');
  assert.deepEqual(block(hostedCss, ":root[data-theme='dark'] signin-widget"), darkWidget);
  assert.deepEqual(block(hostedCss, ":root[data-theme='light'] signin-widget"), Object.fromEntries(Object.keys(darkWidget).map((name) => [name, lightWidget[name]])));
});
