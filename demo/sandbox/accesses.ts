import { randomBytes } from 'node:crypto';
import {
  IMPORTS_PER_DAY,
  RECONNECT_TOKEN_TTL_MS,
  type AccessInfo,
  type AccessStatus,
  type AccessSummary,
  type AccessWebhookType,
  type BrowserAccess,
} from '../../src/core/protocol/access.js';
import { ApiError } from './api-error.js';
import { iso, type SandboxContext } from './context.js';
import { findClient } from './clients.js';
import { randomId } from './signing.js';
import type { Access, ReconnectToken, Session } from './store.js';

const DAY = 86_400_000;
/** `access.expiring` goes this long before `expiresAt` (or half-way through a shorter access). */
const EXPIRING_LEAD_MS = 7 * DAY;

export function accessStatus(ctx: SandboxContext, access: Access): AccessStatus {
  if (access.revokedAt !== undefined) return 'revoked';
  return ctx.config.now() >= access.expiresAt ? 'expired' : 'active';
}

/** Imports of the access in the last 24 hours (rolling), the Default Import included. */
export function importsToday(ctx: SandboxContext, access: Access): number {
  const since = ctx.config.now() - DAY;
  return access.imports.filter((at) => at > since).length;
}

export function accessSummary(ctx: SandboxContext, access: Access): AccessSummary {
  return {
    id: access.id,
    mode: 'multiple',
    status: accessStatus(ctx, access),
    expiresAt: iso(access.expiresAt),
    importsToday: importsToday(ctx, access),
    importsPerDay: IMPORTS_PER_DAY,
  };
}

export function accessInfo(ctx: SandboxContext, access: Access): AccessInfo {
  const info: AccessInfo = {
    id: access.id,
    ownerExternalId: access.ownerExternalId,
    bankId: access.bankId,
    mode: 'multiple',
    status: accessStatus(ctx, access),
    createdAt: iso(access.createdAt),
    expiresAt: iso(access.expiresAt),
    importsToday: importsToday(ctx, access),
    importsPerDay: IMPORTS_PER_DAY,
    accessDays: access.accessDays,
  };
  if (access.revokedAt !== undefined) info.revokedAt = iso(access.revokedAt);
  if (access.lastImportAt !== undefined) info.lastImportAt = iso(access.lastImportAt);
  if (access.renewedAt !== undefined) info.renewedAt = iso(access.renewedAt);
  return info;
}

/** What the browser learns of a successful session's access: its mode, and for multiple access the end date. */
export function browserAccess(ctx: SandboxContext, session: Session): BrowserAccess {
  const access = session.accessId === undefined ? undefined : ctx.store.accesses.get(session.accessId);
  if (!access) return { mode: 'single' };
  return { mode: 'multiple', expiresAt: iso(access.expiresAt), ...(session.reconnect ? { renewed: true } : {}) };
}

function sendAccessWebhook(ctx: SandboxContext, access: Access, type: AccessWebhookType): void {
  if (!access.webhookUrl) return;
  ctx.webhooks.send(access.webhookUrl, {
    id: randomId('evt'),
    type,
    accessId: access.id,
    ownerExternalId: access.ownerExternalId,
    bankId: access.bankId,
    expiresAt: iso(access.expiresAt),
    at: iso(ctx.config.now()),
  });
}

/**
 * Applies the access's time-based events: `access.expiring` once per grant or renewal, 7 days
 * before `expiresAt` (half-way through an access of 14 days or less); `access.expired` once, when
 * it is seen past `expiresAt`. Called on every read and by the sweep (and the test clock).
 */
export function refreshAccess(ctx: SandboxContext, access: Access): Access {
  if (access.revokedAt !== undefined) return access;
  const now = ctx.config.now();
  if (now >= access.expiresAt) {
    access.expiringSent = true;
    if (!access.expiredSent) {
      access.expiredSent = true;
      sendAccessWebhook(ctx, access, 'access.expired');
    }
    return access;
  }
  const lead = Math.min(EXPIRING_LEAD_MS, (access.expiresAt - access.grantedAt) / 2);
  if (!access.expiringSent && now >= access.expiresAt - lead) {
    access.expiringSent = true;
    sendAccessWebhook(ctx, access, 'access.expiring');
  }
  return access;
}

/**
 * A session that succeeded with multiple access: grants a new access, or renews the one it
 * reconnects (same id, new `expiresAt`, `active`, `access.renewed`). A renewal of an access
 * revoked meanwhile grants a new access instead.
 */
export function grantAccess(ctx: SandboxContext, session: Session): void {
  if (session.accessMode !== 'multiple' || session.accessId !== undefined) return;
  const now = ctx.config.now();
  const days = session.accessDays;
  const renewing = session.reconnect ? ctx.store.accesses.get(session.reconnect.accessId) : undefined;
  if (renewing && renewing.revokedAt === undefined) {
    renewing.expiresAt = now + days * DAY;
    renewing.grantedAt = now;
    renewing.renewedAt = now;
    renewing.accessDays = days;
    renewing.sessionId = session.id;
    renewing.expiringSent = false;
    renewing.expiredSent = false;
    session.accessId = renewing.id;
    const token = session.reconnect?.token === undefined ? undefined : ctx.store.reconnectTokens.get(session.reconnect.token);
    if (token) token.usedAt ??= now;
    sendAccessWebhook(ctx, renewing, 'access.renewed');
    return;
  }
  if (session.reconnect) delete session.reconnect;
  const access: Access = {
    id: randomId('acc'),
    clientId: session.clientId,
    ownerExternalId: session.ownerExternalId,
    bankId: session.bankId,
    createdAt: now,
    grantedAt: now,
    expiresAt: now + days * DAY,
    accessDays: days,
    sessionId: session.id,
    imports: [],
    expiringSent: false,
    expiredSent: false,
  };
  const webhookUrl = linkWebhookUrl(ctx, session) ?? findClient(ctx, session.clientId)?.webhookUrl;
  if (webhookUrl) access.webhookUrl = webhookUrl;
  ctx.store.addAccess(access);
  session.accessId = access.id;
}

function linkWebhookUrl(ctx: SandboxContext, session: Session): string | undefined {
  return session.linkId === undefined ? undefined : ctx.store.links.get(session.linkId)?.webhookUrl;
}

/** An access of the client (the sandbox has one secret key: its first client's), or 404. */
export function findAccess(ctx: SandboxContext, id: string, field = 'id'): Access {
  const access = ctx.store.accesses.get(id);
  if (!access) throw new ApiError(404, 'not_found', `${field}: no such access`, field);
  return refreshAccess(ctx, access);
}

/** Throws the access's own 410 when it is not active. */
export function requireActive(ctx: SandboxContext, access: Access, field = 'id'): void {
  const status = accessStatus(ctx, access);
  if (status === 'revoked') throw new ApiError(410, 'access_revoked', `The access was revoked at ${iso(access.revokedAt ?? 0)}; connect the bank anew`, field);
  if (status === 'expired') throw new ApiError(410, 'access_expired', `The access expired at ${iso(access.expiresAt)}; reconnect to renew it`, field);
}

/**
 * Counts one import of the access (the Default Import or a repeated one): refused with 410 when
 * the access is not active and with 429 (Retry-After) after `IMPORTS_PER_DAY` in 24 hours.
 */
export function recordImport(ctx: SandboxContext, access: Access, field = 'id'): void {
  requireActive(ctx, access, field);
  const now = ctx.config.now();
  access.imports = access.imports.filter((at) => at > now - DAY);
  if (access.imports.length >= IMPORTS_PER_DAY) {
    const retryAfterSeconds = Math.max(1, Math.ceil(((access.imports[0] ?? now) + DAY - now) / 1000));
    throw new ApiError(
      429,
      'import_limit_reached',
      `This access was imported ${IMPORTS_PER_DAY} times in the last 24 hours (the limit); try again in ${retryAfterSeconds} s`,
      field,
      retryAfterSeconds,
    );
  }
  access.imports.push(now);
  access.lastImportAt = now;
}

/** Revokes the access (idempotent: a revoked access stays revoked, with its first `revokedAt`). */
export function revokeAccess(ctx: SandboxContext, access: Access): void {
  if (access.revokedAt !== undefined) return;
  access.revokedAt = ctx.config.now();
  sendAccessWebhook(ctx, access, 'access.revoked');
}

/** A reconnect token for the access: single use, 15 minutes. A revoked access cannot be renewed. */
export function createReconnectToken(ctx: SandboxContext, access: Access): ReconnectToken {
  if (accessStatus(ctx, access) === 'revoked') {
    throw new ApiError(410, 'access_revoked', 'The access was revoked and cannot be renewed; connect the bank anew', 'id');
  }
  const now = ctx.config.now();
  const token: ReconnectToken = {
    token: randomBytes(24).toString('base64url'),
    accessId: access.id,
    clientId: access.clientId,
    createdAt: now,
    expiresAt: now + RECONNECT_TOKEN_TTL_MS,
  };
  ctx.store.reconnectTokens.set(token.token, token);
  return token;
}

/**
 * The reconnect token and its access, checked: unknown 404; for another client 403; used,
 * expired (or its access revoked) 410, each with its own code.
 */
export function checkReconnectToken(ctx: SandboxContext, value: string, clientId: string | undefined, field: string): { token: ReconnectToken; access: Access } {
  const token = ctx.store.reconnectTokens.get(value);
  const access = token ? ctx.store.accesses.get(token.accessId) : undefined;
  if (!token || !access) throw new ApiError(404, 'not_found', `${field}: no such reconnect token`, field);
  if (clientId !== undefined && token.clientId !== clientId) {
    throw new ApiError(403, 'reconnect_token_wrong_client', `${field}: the reconnect token was made for another client`, field);
  }
  if (token.usedAt !== undefined) {
    throw new ApiError(410, 'reconnect_token_used', `${field}: the reconnect token already renewed its access at ${iso(token.usedAt)}; ask for a new one`, field);
  }
  if (ctx.config.now() >= token.expiresAt) {
    throw new ApiError(410, 'reconnect_token_expired', `${field}: the reconnect token expired at ${iso(token.expiresAt)}; ask for a new one`, field);
  }
  if (accessStatus(ctx, refreshAccess(ctx, access)) === 'revoked') {
    throw new ApiError(410, 'access_revoked', `${field}: the access of this token was revoked; connect the bank anew`, field);
  }
  return { token, access };
}
