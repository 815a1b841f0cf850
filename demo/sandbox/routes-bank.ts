import { Hono, type Context } from 'hono';
import { isFinalStatus } from '../../src/core/protocol/session.js';
import { finish, signinError } from './completion.js';
import { originOfUrl, type SandboxConfig } from './config.js';
import type { SandboxContext } from './context.js';
import { field, readForm } from './forms.js';
import { negotiateLocale, t } from './i18n.js';
import { refreshSession, setSessionStatus } from './lifecycle.js';
import { sendPage } from './pages/layout.js';
import { loginPage, mfaPage } from './pages/login.js';
import { messagePage, slowPage } from './pages/simple.js';
import type { Session } from './store.js';

/** Wrong passwords (or SMS codes) allowed before `AccessTemporarilyBlocked`. */
export const MAX_ATTEMPTS = 3;
const SMS_CODE = '123456';

/** The `slow` scenario's delay in seconds, as the pages show it. */
export const slowSeconds = (config: SandboxConfig): number => Math.round(config.slowDelayMs / 100) / 10;

/**
 * The fictional bank: `/bank/:token` is the session's authorizationUrl. Scenarios by user name:
 * demo/demo → success; wrong password → InvalidCredentials (3rd: AccessTemporarilyBlocked);
 * locked → AccessBlocked; slow → success after slowDelayMs; mfa → SMS code 123456;
 * bankdown → BankUnavailable; Cancel → cancelled.
 */
export function bankRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  const { config } = ctx;

  const load = (c: Context): Session | undefined => {
    const session = ctx.store.sessionByBankToken(c.req.param('token') ?? '');
    return session ? refreshSession(ctx, session) : undefined;
  };
  const notFound = (c: Context) => sendPage(c, messagePage('en', t('en', 'notFoundTitle'), t('en', 'resultSessionExpired')), 404);
  const bankOf = (session: Session) => ctx.catalog.get(session.bankId) ?? { id: session.bankId, name: session.bankId };
  /** form-action must allow the 303 to the return URL (for a link session started on the hosted page, not the page's origin). */
  const formOrigins = (session: Session) => {
    const target = session.mode === 'redirect' && session.returnUrl ? originOfUrl(session.returnUrl) : null;
    return target ? [target] : [];
  };
  const here = (session: Session) => `/bank/${session.bankToken}`;
  const renderLogin = (c: Context, session: Session, error?: string, username?: string) =>
    sendPage(
      c,
      loginPage({ locale: negotiateLocale(session.locale), bank: bankOf(session), token: session.bankToken, error, slowSeconds: slowSeconds(config), ...(username ? { username } : {}) }),
      error ? 422 : 200,
      formOrigins(session),
    );
  const renderMfa = (c: Context, session: Session, error?: string) =>
    sendPage(c, mfaPage({ locale: negotiateLocale(session.locale), bank: bankOf(session), token: session.bankToken, error }), error ? 422 : 200, formOrigins(session));
  const fail = (c: Context, session: Session, code: Parameters<typeof signinError>[0]) => {
    setSessionStatus(ctx, session, 'failed', signinError(code));
    return finish(c, ctx, session);
  };
  const succeed = (c: Context, session: Session) => {
    setSessionStatus(ctx, session, 'success');
    return finish(c, ctx, session);
  };

  app.get('/bank/:token', (c) => {
    const session = load(c);
    if (!session) return notFound(c);
    if (isFinalStatus(session.status)) return finish(c, ctx, session);
    setSessionStatus(ctx, session, 'authorizing');
    if (session.step === 'mfa') return renderMfa(c, session);
    if (session.step === 'slow') return c.redirect(`${here(session)}/wait`, 303);
    return renderLogin(c, session);
  });

  app.post('/bank/:token/login', async (c) => {
    const session = load(c);
    if (!session) return notFound(c);
    if (isFinalStatus(session.status)) return finish(c, ctx, session);
    if (session.step !== 'login') return c.redirect(here(session), 303);
    setSessionStatus(ctx, session, 'authorizing');
    const form = await readForm(c);
    const username = field(form, 'username').toLowerCase();
    const password = field(form, 'password');
    const locale = negotiateLocale(session.locale);
    if (username === 'locked') return fail(c, session, 'AccessBlocked');
    if (username === 'bankdown') return fail(c, session, 'BankUnavailable');
    if (!username || !password) return renderLogin(c, session, t(locale, 'errorRequired'), username);
    if (password === 'demo' && username === 'demo') return succeed(c, session);
    if (password === 'demo' && username === 'mfa') {
      session.step = 'mfa';
      session.failedAttempts = 0;
      return c.redirect(here(session), 303);
    }
    if (password === 'demo' && username === 'slow') {
      session.step = 'slow';
      session.slowUntil = config.now() + config.slowDelayMs;
      return c.redirect(`${here(session)}/wait`, 303);
    }
    session.failedAttempts++;
    if (session.failedAttempts >= MAX_ATTEMPTS) return fail(c, session, 'AccessTemporarilyBlocked');
    return renderLogin(c, session, t(locale, 'errorInvalidCredentials', { left: MAX_ATTEMPTS - session.failedAttempts }), username);
  });

  app.post('/bank/:token/mfa', async (c) => {
    const session = load(c);
    if (!session) return notFound(c);
    if (isFinalStatus(session.status)) return finish(c, ctx, session);
    if (session.step !== 'mfa') return c.redirect(here(session), 303);
    const code = field(await readForm(c), 'code');
    if (code === SMS_CODE) return succeed(c, session);
    session.failedAttempts++;
    if (session.failedAttempts >= MAX_ATTEMPTS) return fail(c, session, 'AccessTemporarilyBlocked');
    return renderMfa(c, session, t(negotiateLocale(session.locale), 'errorInvalidCode', { left: MAX_ATTEMPTS - session.failedAttempts }));
  });

  app.get('/bank/:token/wait', (c) => {
    const session = load(c);
    if (!session) return notFound(c);
    if (isFinalStatus(session.status)) return finish(c, ctx, session);
    if (session.step !== 'slow' || session.slowUntil === undefined) return c.redirect(here(session), 303);
    const remaining = session.slowUntil - config.now();
    if (remaining <= 0) return succeed(c, session);
    const percent = Math.max(0, Math.min(99, Math.round(100 - (remaining / Math.max(config.slowDelayMs, 1)) * 100)));
    return sendPage(c, slowPage(negotiateLocale(session.locale), bankOf(session), percent), 200, formOrigins(session));
  });

  app.post('/bank/:token/cancel', (c) => {
    const session = load(c);
    if (!session) return notFound(c);
    setSessionStatus(ctx, session, 'cancelled');
    return finish(c, ctx, session);
  });

  return app;
}
