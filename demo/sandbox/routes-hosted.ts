import { Hono, type Context } from 'hono';
import { isFinalStatus } from '../../src/core/protocol/session.js';
import { ApiError } from './api-error.js';
import { COUNTRIES, type SandboxCountry } from './catalog-data.js';
import { accessStatus, browserAccess, createReconnectToken } from './accesses.js';
import { linkRedirectUrl } from './completion.js';
import type { SandboxContext } from './context.js';
import { field, fieldAll, readForm } from './forms.js';
import { negotiateLocale, t, type PageLocale } from './i18n.js';
import { refreshLink, setLinkStatus, setSessionStatus } from './lifecycle.js';
import { logoOrigins } from './brand.js';
import { originOfUrl } from './config.js';
import { HOSTED_CONSENTS, ONGOING_CONSENT, hostedPage, type HostedAccess } from './pages/hosted.js';
import { hostedWidgetPage } from './pages/hosted-widget.js';
import { sendPage } from './pages/layout.js';
import { messagePage } from './pages/simple.js';
import { createSession, linkReturnUrl, providerOrigin } from './sessions.js';
import type { Link } from './store.js';
import { widgetBundleAvailable } from './widget-assets.js';

/** The country whose banks a link without one shows first, by the link's page locale. */
const LOCALE_COUNTRY: Partial<Record<PageLocale, SandboxCountry>> = { pl: 'PL', cs: 'CZ', sk: 'SK', de: 'DE', es: 'ES', lt: 'LT', lv: 'LV', et: 'EE', en: 'GB' };

/**
 * The hosted SignIn page of a link. `GET /signin/:linkId`: `<signin-widget mode="redirect">` with
 * the provider's styling; its session is the link's (it sends `linkReturnUrl` as returnUrl), so
 * the bank sends the user to the link's returnUrl with `signin_link_id` and `signin_status` only.
 * `GET|POST /signin/:linkId/form`: the same without JavaScript (a server-rendered form; also
 * what `GET /signin/:linkId` shows when the widget is not built). `GET /signin/:linkId/return`:
 * back to the link's returnUrl once the link is finished, else to the hosted page.
 */
export function hostedRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();

  /** The access a renewal link renews, if it is one. */
  const renewedBy = (link: Link) => (link.reconnectAccessId === undefined ? undefined : ctx.store.accesses.get(link.reconnectAccessId));

  const countryFor = (link: Link, requested: string): string => {
    // A renewal is at the renewed access's bank, in its country.
    const renewing = renewedBy(link);
    const renewCountry = renewing ? ctx.catalog.get(renewing.bankId)?.country : undefined;
    if (renewCountry) return renewCountry;
    if (link.country) return link.country;
    const upper = requested.toUpperCase();
    if ((COUNTRIES as readonly string[]).includes(upper)) return upper;
    return LOCALE_COUNTRY[negotiateLocale(link.locale)] ?? 'GB';
  };

  /** The access the link's form asks for, its end date in the page's language, and the bank of a renewal. */
  const accessOf = (link: Link, locale: PageLocale, chosen?: 'single' | 'multiple'): HostedAccess => {
    const renewing = renewedBy(link);
    const days = link.accessDays ?? renewing?.accessDays ?? ctx.config.accessDays;
    const until = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(ctx.config.now() + days * 86_400_000);
    const bank = renewing ? ctx.catalog.get(renewing.bankId) : undefined;
    return { mode: link.accessMode, until, chosen, ...(bank ? { renewBank: { id: bank.id, name: bank.name } } : {}) };
  };
  /**
   * A renewal link's widget renews with a reconnect token of the link's access, minted for this page
   * (single use, 15 minutes); `null` when the access is gone or revoked: the form says why.
   */
  const renewalToken = (link: Link): string | null | undefined => {
    if (link.reconnectAccessId === undefined) return undefined;
    const access = ctx.store.accesses.get(link.reconnectAccessId);
    return access && accessStatus(ctx, access) !== 'revoked' ? createReconnectToken(ctx, access).token : null;
  };

  const render = (
    c: Context,
    link: Link,
    locale: PageLocale,
    country: string,
    extra: { error?: string; bankId?: string; accepted?: string[]; notice?: string; chosen?: 'single' | 'multiple' } = {},
  ) => {
    const access = accessOf(link, locale, extra.chosen);
    const page = hostedPage({
      access,
      notice: extra.notice,
      locale,
      linkId: link.id,
      country,
      banks: ctx.catalog.list(country, locale),
      ...(link.country || access.renewBank ? {} : { countries: COUNTRIES }),
      selectedBankId: extra.bankId,
      accepted: extra.accepted ?? [],
      error: extra.error,
    });
    return sendPage(c, page, extra.error ? 422 : 200);
  };

  const load = (c: Context): Link | Response => {
    const link = ctx.store.links.get(c.req.param('linkId') ?? '');
    if (!link) return sendPage(c, messagePage('en', t('en', 'notFoundTitle'), t('en', 'linkClosedText')), 404);
    refreshLink(ctx, link);
    const locale = negotiateLocale(link.locale);
    if (isFinalStatus(link.status)) return sendPage(c, messagePage(locale, t(locale, 'linkClosedTitle'), t(locale, 'linkClosedText')), 410);
    return link;
  };

  /** Opening a link starts its TTL: unfinished a TTL later, it is `abandoned`. */
  const open = (link: Link) => {
    if (link.openedAt !== undefined) return;
    link.openedAt = ctx.config.now();
    link.abandonAt = link.openedAt + ctx.config.ttlMs;
  };

  app.get('/signin/:linkId', (c) => {
    const link = load(c);
    if (link instanceof Response) return link;
    open(link);
    const locale = negotiateLocale(link.locale);
    const country = countryFor(link, c.req.query('country') ?? '');
    if (!widgetBundleAvailable()) return render(c, link, locale, country, { notice: t(locale, 'hostedNotBuilt') });
    const reconnectToken = renewalToken(link);
    if (reconnectToken === null) return render(c, link, locale, country);
    const page = hostedWidgetPage({
      accessMode: link.accessMode,
      accessDays: link.accessDays,
      reconnectToken,
      locale,
      widgetLocale: link.locale,
      linkId: link.id,
      clientId: link.clientId,
      ownerExternalId: link.ownerExternalId,
      country,
      apiBase: ctx.config.publicUrl,
      returnUrl: linkReturnUrl(ctx, link.id),
      styles: link.styles,
      theme: link.theme,
      brand: link.brand,
    });
    // A branded page: its logo's origin for img-src, and "Back to <name>" posts a form that 303s to the returnUrl.
    const returnOrigin = link.brand ? originOfUrl(link.returnUrl) : null;
    return sendPage(c, page, 200, returnOrigin ? [returnOrigin] : [], true, logoOrigins(link.brand));
  });

  /**
   * "Back to <name>" on a branded hosted page: the user leaves without connecting a bank. The link
   * (and a session of it still open) turns `cancelled`, and the user goes back to the returnUrl
   * with `signin_status=cancelled`, as after a cancel at the bank.
   */
  app.post('/signin/:linkId/cancel', (c) => {
    const link = load(c);
    if (link instanceof Response) return link;
    const session = link.sessionId ? ctx.store.session(link.sessionId) : undefined;
    if (session) setSessionStatus(ctx, session, 'cancelled');
    setLinkStatus(ctx, link, 'cancelled');
    c.header('Cache-Control', 'no-store');
    return c.redirect(linkRedirectUrl(link, link.status, link.error), 303);
  });

  app.get('/signin/:linkId/form', (c) => {
    const link = load(c);
    if (link instanceof Response) return link;
    open(link);
    return render(c, link, negotiateLocale(link.locale), countryFor(link, c.req.query('country') ?? ''));
  });

  app.get('/signin/:linkId/return', (c) => {
    const link = ctx.store.links.get(c.req.param('linkId'));
    if (!link) return sendPage(c, messagePage('en', t('en', 'notFoundTitle'), t('en', 'linkClosedText')), 404);
    refreshLink(ctx, link);
    c.header('Cache-Control', 'no-store');
    if (!isFinalStatus(link.status)) return c.redirect(`/signin/${link.id}`, 303);
    const session = link.status === 'success' && link.sessionId ? ctx.store.session(link.sessionId) : undefined;
    return c.redirect(linkRedirectUrl(link, link.status, link.error, session ? browserAccess(ctx, session) : undefined), 303);
  });

  const submit = async (c: Context) => {
    const link = load(c);
    if (link instanceof Response) return link;
    const locale = negotiateLocale(link.locale);
    const form = await readForm(c);
    const bankId = field(form, 'bankId');
    const bank = ctx.catalog.get(bankId);
    const access = accessOf(link, locale);
    const country = countryFor(link, field(form, 'country'));
    const accepted = fieldAll(form, 'consent');
    const choice = field(form, 'accessMode');
    const chosen = choice === 'single' || choice === 'multiple' ? choice : undefined;
    const accessMode = link.accessMode === 'mixed' ? chosen : link.accessMode;
    const again = (error: string) => render(c, link, locale, country, { error, bankId, accepted, chosen });
    if (!bank || bank.country !== country || (access.renewBank && bank.id !== access.renewBank.id)) return again(t(locale, 'errorChooseBank'));
    const required = [...HOSTED_CONSENTS.map((consent) => consent.id), ...(link.accessMode === 'multiple' ? [ONGOING_CONSENT.id] : [])];
    if (!required.every((id) => accepted.includes(id))) return again(t(locale, required.length > 2 ? 'errorConsentsAll' : 'errorConsents'));
    if (!accessMode) return again(t(locale, 'errorAccessChoice'));
    const acceptedAt = new Date(ctx.config.now()).toISOString();
    const consents = [...HOSTED_CONSENTS, ...(accessMode === 'multiple' ? [ONGOING_CONSENT] : [])].map(({ id, version }) => ({ id, version, acceptedAt }));
    let session;
    try {
      session = createSession(
        ctx,
        {
          clientId: link.clientId,
          ownerExternalId: link.ownerExternalId,
          bankId,
          consents,
          mode: 'redirect',
          accessMode,
          origin: providerOrigin(ctx),
          returnUrl: link.returnUrl,
          ...(link.locale ? { locale: link.locale } : {}),
        },
        { linkId: link.id },
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'bank_down') return again(t(locale, 'errorBankDown'));
      throw error;
    }
    c.header('Cache-Control', 'no-store');
    return c.redirect(`/bank/${session.bankToken}`, 303);
  };
  app.post('/signin/:linkId', submit);
  app.post('/signin/:linkId/form', submit);

  return app;
}
