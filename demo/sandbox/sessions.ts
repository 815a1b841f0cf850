import { randomBytes } from 'node:crypto';
import { isFinalStatus, type CreateSessionRequest, type CreateSessionResponse, type SessionInfo } from '../../src/core/protocol/session.js';
import { ApiError, checkLocale } from './api-error.js';
import { accessStatus, accessSummary, checkReconnectToken, requireActive } from './accesses.js';
import { findClient } from './clients.js';
import { isAllowedOrigin, originOfUrl, parseOrigin } from './config.js';
import { iso, type SandboxContext } from './context.js';
import { refreshLink, setLinkStatus } from './lifecycle.js';
import { randomId } from './signing.js';
import type { Access, Link, Session } from './store.js';

/** The provider's own origin: where the hosted SignIn page runs. */
export const providerOrigin = (ctx: SandboxContext): string => new URL(ctx.config.publicUrl).origin;

/**
 * The `returnUrl` the hosted page's widget sends: it marks the session as one of the link
 * (the session then returns to the link's own returnUrl, with the link's parameters).
 */
export const linkReturnUrl = (ctx: SandboxContext, linkId: string): string => `${ctx.config.publicUrl}/signin/${linkId}/return`;

/** The link a session request belongs to: by id (hosted form), or by its link return URL (hosted widget). */
function requestedLink(ctx: SandboxContext, input: CreateSessionRequest, linkId: string | undefined): Link | undefined {
  let id = linkId;
  if (id === undefined && input.returnUrl !== undefined) {
    const prefix = `${ctx.config.publicUrl}/signin/`;
    const match = input.returnUrl.startsWith(prefix) ? /^([\w-]+)\/return$/.exec(input.returnUrl.slice(prefix.length)) : null;
    id = match?.[1];
  }
  if (id === undefined) return undefined;
  const link = ctx.store.links.get(id);
  if (!link) throw new ApiError(404, 'not_found', 'returnUrl: no such link', 'returnUrl');
  if (isFinalStatus(refreshLink(ctx, link).status)) throw new ApiError(410, 'link_closed', `The link is ${link.status}; start again from the site`, 'returnUrl');
  return link;
}

/** Checks a link session: the link's client and owner, started on the hosted page, in redirect mode. */
function checkLinkSession(ctx: SandboxContext, link: Link, input: CreateSessionRequest): void {
  if (input.clientId !== link.clientId) throw new ApiError(400, 'invalid_request', "clientId: not the link's client", 'clientId');
  if (input.ownerExternalId !== link.ownerExternalId) throw new ApiError(400, 'invalid_request', "ownerExternalId: not the link's owner", 'ownerExternalId');
  if (input.mode !== 'redirect') throw new ApiError(400, 'invalid_request', 'mode: a link session is a redirect-mode session', 'mode');
  if (input.origin !== providerOrigin(ctx)) {
    throw new ApiError(403, 'origin_not_allowed', `origin: a link session starts on the hosted page (${providerOrigin(ctx)})`, 'origin');
  }
}

/** The access a session grants: its mode, days and the access it renews (checked against the link and the token). */
function resolveAccess(ctx: SandboxContext, input: CreateSessionRequest, link: Link | undefined): Pick<Session, 'accessMode' | 'accessDays' | 'reconnect'> {
  let renew: Access | undefined;
  let token: string | undefined;
  if (input.reconnectToken !== undefined) {
    const checked = checkReconnectToken(ctx, input.reconnectToken, input.clientId, 'reconnectToken');
    // A link renews the access it was created for (reconnectAccessId): its hosted page's token is of that access.
    if (link && link.reconnectAccessId !== checked.access.id) {
      throw new ApiError(400, 'invalid_request', 'reconnectToken: a link renews the access it was created for (reconnectAccessId)', 'reconnectToken');
    }
    renew = checked.access;
    token = checked.token.token;
  } else if (link?.reconnectAccessId !== undefined) {
    renew = ctx.store.accesses.get(link.reconnectAccessId);
    if (!renew) throw new ApiError(404, 'not_found', 'returnUrl: the access this link renews is gone', 'returnUrl');
    // Revoked meanwhile: refused (410 access_revoked); an expired access is what a renewal is for.
    if (accessStatus(ctx, renew) === 'revoked') requireActive(ctx, renew, 'returnUrl');
  }
  if (renew) {
    if (input.bankId !== renew.bankId) throw new ApiError(409, 'reconnect_token_mismatch', `bankId: a renewal of this access is at bank "${renew.bankId}"`, 'bankId');
    if (input.ownerExternalId !== renew.ownerExternalId) throw new ApiError(409, 'reconnect_token_mismatch', "ownerExternalId: not the renewed access's owner", 'ownerExternalId');
    if (input.accessMode === 'single') throw new ApiError(400, 'invalid_request', 'accessMode: a renewal grants multiple access', 'accessMode');
    return { accessMode: 'multiple', accessDays: input.accessDays ?? renew.accessDays, reconnect: { accessId: renew.id, ...(token ? { token } : {}) } };
  }
  let mode = input.accessMode;
  if (link && link.accessMode !== 'mixed') {
    if (mode !== undefined && mode !== link.accessMode) throw new ApiError(400, 'invalid_request', `accessMode: the link grants ${link.accessMode} access`, 'accessMode');
    mode = link.accessMode;
  } else if (link && mode === undefined) {
    throw new ApiError(400, 'invalid_request', 'accessMode: the link lets the user choose; send "single" or "multiple"', 'accessMode');
  }
  mode ??= 'single';
  if (mode === 'single' && input.accessDays !== undefined) throw new ApiError(400, 'invalid_request', 'accessDays: only with accessMode "multiple"', 'accessDays');
  return { accessMode: mode, accessDays: input.accessDays ?? link?.accessDays ?? ctx.config.accessDays };
}

/** Sessions per client and origin per minute (and ten times as many per client): a 429 past it. */
function limitRate(ctx: SandboxContext, clientId: string, origin: string): void {
  const now = ctx.config.now();
  for (const [key, limiter] of [[`${clientId} ${origin}`, ctx.sessionRate.perOrigin], [clientId, ctx.sessionRate.perClient]] as const) {
    const taken = limiter?.take(key, now);
    if (taken && !taken.ok) {
      const seconds = Math.ceil(taken.retryAfterMs / 1000);
      throw new ApiError(429, 'rate_limited', `Too many sessions for client "${clientId}" from ${key === clientId ? 'all its origins' : origin}; try again in ${seconds} s`, null, seconds);
    }
  }
}

/**
 * Creates a session after checking everything the protocol promises; the one place used by
 * `POST /v1/signin-sessions` and by the hosted link page (its form passes `linkId`; its
 * widget sends the link's return URL, `linkReturnUrl`). A link session returns to the link's
 * returnUrl and becomes the link's latest session. Throws ApiError naming the field.
 */
export function createSession(
  ctx: SandboxContext,
  input: CreateSessionRequest,
  options: { requestOrigin?: string | undefined; linkId?: string } = {},
): Session {
  checkLocale(input.locale);
  const client = findClient(ctx, input.clientId);
  if (!client) throw new ApiError(422, 'unknown_client', `Unknown client "${input.clientId}"`, 'clientId');
  if (!parseOrigin(input.origin)) {
    throw new ApiError(400, 'invalid_request', 'origin: must be a bare origin such as "https://shop.example" (scheme, host and port only)', 'origin');
  }
  const link = requestedLink(ctx, input, options.linkId);
  if (link) checkLinkSession(ctx, link, input);
  else if (!isAllowedOrigin(client, input.origin)) {
    throw new ApiError(403, 'origin_not_allowed', `origin: "${input.origin}" is not an allowed origin of client "${client.id}"`, 'origin');
  }
  if (options.requestOrigin !== undefined && options.requestOrigin !== input.origin) {
    throw new ApiError(403, 'origin_not_allowed', `origin: "${input.origin}" does not match the request's Origin header "${options.requestOrigin}"`, 'origin');
  }
  if (link) {
    // The link's returnUrl was checked when the link was created.
  } else if (input.returnUrl !== undefined) {
    const returnOrigin = originOfUrl(input.returnUrl);
    if (!returnOrigin) throw new ApiError(400, 'invalid_request', 'returnUrl: must be an absolute http(s) URL', 'returnUrl');
    if (!isAllowedOrigin(client, returnOrigin)) {
      throw new ApiError(403, 'origin_not_allowed', `returnUrl: "${returnOrigin}" is not an allowed origin of client "${client.id}"`, 'returnUrl');
    }
  } else if (input.mode === 'redirect') {
    throw new ApiError(400, 'invalid_request', 'returnUrl: is required in redirect mode', 'returnUrl');
  }
  const ids = new Set<string>();
  input.consents.forEach((consent, index) => {
    if (ids.has(consent.id)) throw new ApiError(400, 'invalid_request', `consents.${index}.id: consent "${consent.id}" is listed twice`, `consents.${index}.id`);
    ids.add(consent.id);
  });
  const bank = ctx.catalog.get(input.bankId);
  if (!bank) throw new ApiError(422, 'unknown_bank', `bankId: unknown bank "${input.bankId}"`, 'bankId');
  if (bank.status === 'down') throw new ApiError(422, 'bank_down', `bankId: ${bank.name} is down; choose another bank`, 'bankId');
  const access = resolveAccess(ctx, input, link);
  limitRate(ctx, client.id, input.origin);

  const now = ctx.config.now();
  const session: Session = {
    id: randomId('ses'),
    bankToken: randomBytes(24).toString('base64url'),
    state: randomBytes(24).toString('base64url'),
    clientId: client.id,
    ownerExternalId: input.ownerExternalId,
    bankId: bank.id,
    country: bank.country,
    consents: input.consents,
    mode: input.mode,
    origin: input.origin,
    locale: input.locale ?? 'en',
    status: 'pending',
    createdAt: now,
    updatedAt: now,
    expiresAt: now + ctx.config.ttlMs,
    failedAttempts: 0,
    step: 'login',
    ...access,
  };
  if (input.returnUrl !== undefined) session.returnUrl = input.returnUrl;
  ctx.store.addSession(session);
  if (link) startLinkSession(ctx, link, session);
  return session;
}

/** The link's latest session: the link mirrors it, and is abandoned a TTL after it started. */
function startLinkSession(ctx: SandboxContext, link: Link, session: Session): void {
  session.linkId = link.id;
  session.returnUrl = link.returnUrl;
  link.openedAt ??= session.createdAt;
  link.sessionId = session.id;
  link.abandonAt = session.expiresAt;
  setLinkStatus(ctx, link, 'authorizing');
}

export function authorizationUrl(ctx: SandboxContext, session: Session): string {
  return `${ctx.config.publicUrl}/bank/${session.bankToken}`;
}

export function sessionResponse(ctx: SandboxContext, session: Session): CreateSessionResponse {
  return { sessionId: session.id, authorizationUrl: authorizationUrl(ctx, session), state: session.state, expiresAt: iso(session.expiresAt) };
}

export function sessionInfo(ctx: SandboxContext, session: Session): SessionInfo {
  const info: SessionInfo = {
    id: session.id,
    status: session.status,
    clientId: session.clientId,
    ownerExternalId: session.ownerExternalId,
    bankId: session.bankId,
    country: session.country,
    mode: session.mode,
    accessMode: session.accessMode,
    origin: session.origin,
    locale: session.locale,
    createdAt: iso(session.createdAt),
    updatedAt: iso(session.updatedAt),
    expiresAt: iso(session.expiresAt),
  };
  if (session.returnUrl !== undefined) info.returnUrl = session.returnUrl;
  if (session.linkId !== undefined) info.linkId = session.linkId;
  if (session.error) info.error = session.error;
  if (session.importedAt !== undefined) info.importedAt = iso(session.importedAt);
  const access = session.accessId === undefined ? undefined : ctx.store.accesses.get(session.accessId);
  if (access) info.access = accessSummary(ctx, access);
  if (session.reconnect) info.reconnect = true;
  return info;
}
