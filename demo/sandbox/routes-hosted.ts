import { Hono, type Context } from 'hono';
import { isFinalStatus } from '../../src/core/protocol/session.js';
import { ApiError } from './api-error.js';
import { COUNTRIES } from './catalog-data.js';
import { originOfUrl } from './config.js';
import type { SandboxContext } from './context.js';
import { field, fieldAll, readForm } from './forms.js';
import { pickLocale, t, type PageLocale } from './i18n.js';
import { refreshLink, setLinkStatus } from './lifecycle.js';
import { HOSTED_CONSENTS, hostedPage } from './pages/hosted.js';
import { sendPage } from './pages/layout.js';
import { messagePage } from './pages/simple.js';
import { createSession } from './sessions.js';
import type { Link } from './store.js';

const LOCALE_COUNTRY: Record<string, string> = { pl: 'PL', cs: 'CZ', sk: 'SK', de: 'DE', es: 'ES', lt: 'LT', lv: 'LV', et: 'EE', en: 'GB' };

/**
 * `/signin/:linkId`: the hosted SignIn page of a link (a simple server-rendered stand-in for the
 * widget-based one): pick a bank, accept the consents, go to the bank in redirect mode.
 */
export function hostedRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();

  const countryFor = (link: Link, requested: string): string => {
    if (link.country) return link.country;
    const upper = requested.toUpperCase();
    if ((COUNTRIES as readonly string[]).includes(upper)) return upper;
    const language = (link.locale ?? '').toLowerCase().split('-')[0] ?? '';
    return LOCALE_COUNTRY[language] ?? 'GB';
  };

  const render = (c: Context, link: Link, locale: PageLocale, country: string, extra: { error?: string; bankId?: string; accepted?: string[] } = {}) => {
    const page = hostedPage({
      locale,
      linkId: link.id,
      country,
      banks: ctx.catalog.list(country, locale),
      ...(link.country ? {} : { countries: COUNTRIES }),
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
    const locale = pickLocale(link.locale);
    if (isFinalStatus(link.status)) return sendPage(c, messagePage(locale, t(locale, 'linkClosedTitle'), t(locale, 'linkClosedText')), 410);
    return link;
  };

  app.get('/signin/:linkId', (c) => {
    const link = load(c);
    if (link instanceof Response) return link;
    if (link.openedAt === undefined) {
      link.openedAt = ctx.config.now();
      link.abandonAt = link.openedAt + ctx.config.ttlMs;
    }
    return render(c, link, pickLocale(link.locale), countryFor(link, c.req.query('country') ?? ''));
  });

  app.post('/signin/:linkId', async (c) => {
    const link = load(c);
    if (link instanceof Response) return link;
    const locale = pickLocale(link.locale);
    const form = await readForm(c);
    const country = countryFor(link, field(form, 'country'));
    const bankId = field(form, 'bankId');
    const accepted = fieldAll(form, 'consent');
    const again = (error: string) => render(c, link, locale, country, { error, bankId, accepted });
    const bank = ctx.catalog.get(bankId);
    if (!bank || bank.country !== country) return again(t(locale, 'errorChooseBank'));
    if (!HOSTED_CONSENTS.every((consent) => accepted.includes(consent.id))) return again(t(locale, 'errorConsents'));
    const origin = originOfUrl(link.returnUrl) ?? '';
    const acceptedAt = new Date(ctx.config.now()).toISOString();
    let session;
    try {
      session = createSession(
        ctx,
        {
          clientId: link.clientId,
          ownerExternalId: link.ownerExternalId,
          bankId,
          consents: HOSTED_CONSENTS.map(({ id, version }) => ({ id, version, acceptedAt })),
          mode: 'redirect',
          origin,
          returnUrl: link.returnUrl,
          ...(link.locale ? { locale: link.locale } : {}),
        },
        { linkId: link.id },
      );
    } catch (error) {
      if (error instanceof ApiError && error.code === 'bank_down') return again(t(locale, 'errorBankDown'));
      throw error;
    }
    link.openedAt ??= session.createdAt;
    link.sessionId = session.id;
    link.abandonAt = session.expiresAt;
    setLinkStatus(ctx, link, 'authorizing');
    c.header('Cache-Control', 'no-store');
    return c.redirect(`/bank/${session.bankToken}`, 303);
  });

  return app;
}
