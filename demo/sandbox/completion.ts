import type { Context } from 'hono';
import { REDIRECT_PARAMS, SIGNIN_RESULT_MESSAGE_TYPE, type SigninResultMessage, type SigninResultStatus } from '../../src/core/protocol/result.js';
import type { SigninError, SigninErrorCode } from '../../src/core/protocol/errors.js';
import type { BrowserAccess } from '../../src/core/protocol/access.js';
import { browserAccess } from './accesses.js';
import type { SandboxContext } from './context.js';
import { negotiateLocale, t, type MessageKey, type PageLocale } from './i18n.js';
import { completionPage } from './pages/completion.js';
import { sendPage } from './pages/layout.js';
import { signSessionId } from './signing.js';
import type { Link, Session } from './store.js';

/** The English message of a failure code (the API and the result message are not localized). */
export function signinError(code: SigninErrorCode): SigninError {
  return { code, message: t('en', `result${code}` as MessageKey) };
}

/** Status and error the browser learns: `abandoned`/`expired` become `failed` + `SessionExpired`. */
function browserResult(session: Session): { status: SigninResultStatus; error?: SigninError } {
  switch (session.status) {
    case 'success':
      return { status: 'success' };
    case 'cancelled':
      return { status: 'cancelled' };
    case 'failed':
      return { status: 'failed', error: session.error ?? signinError('BankUnavailable') };
    default:
      return { status: 'failed', error: signinError('SessionExpired') };
  }
}

export function resultMessage(ctx: SandboxContext, session: Session): SigninResultMessage {
  const { status, error } = browserResult(session);
  const message: SigninResultMessage = { type: SIGNIN_RESULT_MESSAGE_TYPE, state: session.state, sessionId: session.id, status };
  if (status === 'success') {
    message.sessionIdSignature = signSessionId(ctx.config.secret, session.id);
    message.access = browserAccess(ctx, session);
  }
  if (error) message.error = error;
  return message;
}

/**
 * A link's returnUrl with `signin_link_id`, `signin_status` (the link's status) and, on failure,
 * `signin_error`. No session id or signature: the integrator's backend reads them from the API.
 */
export function linkRedirectUrl(link: Pick<Link, 'id' | 'returnUrl'>, status: string, error: SigninError | undefined, access?: BrowserAccess): string {
  const url = new URL(link.returnUrl);
  url.searchParams.set(REDIRECT_PARAMS.linkId, link.id);
  url.searchParams.set(REDIRECT_PARAMS.status, status);
  if (status === 'success' && access) setAccessParams(url.searchParams, access);
  if (error) url.searchParams.set(REDIRECT_PARAMS.error, error.code);
  return url.toString();
}

/** `signin_access_mode`, and for multiple access `signin_access_expires_at` (and `signin_access_renewed`). */
function setAccessParams(params: URLSearchParams, access: BrowserAccess): void {
  params.set(REDIRECT_PARAMS.accessMode, access.mode);
  if (access.expiresAt !== undefined) params.set(REDIRECT_PARAMS.accessExpiresAt, access.expiresAt);
  if (access.renewed) params.set(REDIRECT_PARAMS.accessRenewed, 'true');
}

/** The return URL with the result in `signin_*` query parameters (see REDIRECT_PARAMS). */
export function redirectUrl(ctx: SandboxContext, session: Session, returnUrl: string): string {
  if (session.linkId !== undefined) {
    // A link session returns to the link's returnUrl (its own returnUrl) with the link's parameters.
    const link = ctx.store.links.get(session.linkId);
    const status = link?.sessionId === session.id ? link.status : session.status;
    return linkRedirectUrl({ id: session.linkId, returnUrl }, status, session.error, status === 'success' ? browserAccess(ctx, session) : undefined);
  }
  const url = new URL(returnUrl);
  const params = url.searchParams;
  const message = resultMessage(ctx, session);
  params.set(REDIRECT_PARAMS.state, message.state);
  params.set(REDIRECT_PARAMS.sessionId, message.sessionId);
  params.set(REDIRECT_PARAMS.status, message.status);
  if (message.sessionIdSignature) params.set(REDIRECT_PARAMS.signature, message.sessionIdSignature);
  if (message.access) setAccessParams(params, message.access);
  if (message.error) {
    params.set(REDIRECT_PARAMS.error, message.error.code);
    params.set(REDIRECT_PARAMS.errorDescription, message.error.message);
  }
  return url.toString();
}

/** Ends the bank step: the popup completion page, or a 303 back to the return URL. */
export function finish(c: Context, ctx: SandboxContext, session: Session): Response {
  if (session.mode === 'redirect' && session.returnUrl) {
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.redirect(redirectUrl(ctx, session, session.returnUrl), 303);
  }
  const locale = negotiateLocale(session.locale);
  const message = resultMessage(ctx, session);
  const bank = ctx.catalog.get(session.bankId) ?? { id: session.bankId, name: session.bankId };
  const page = completionPage({
    locale,
    bank,
    message,
    targetOrigin: session.origin,
    errorText: message.error ? localizedError(locale, message.error.code) : undefined,
  });
  return sendPage(c, page);
}

export function localizedError(locale: PageLocale, code: SigninErrorCode): string {
  return t(locale, `result${code}` as MessageKey);
}
