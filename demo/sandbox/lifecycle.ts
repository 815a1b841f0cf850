import { isFinalStatus, type SigninStatus } from '../../src/core/protocol/session.js';
import type { SigninError } from '../../src/core/protocol/errors.js';
import { WEBHOOK_EVENT_TYPE } from '../../src/core/protocol/link.js';
import { grantAccess, refreshAccess } from './accesses.js';
import { iso, type SandboxContext } from './context.js';
import { randomId } from './signing.js';
import type { Link, Session } from './store.js';

/** Moves a session to a new status (final statuses never change) and mirrors it on its link. */
export function setSessionStatus(ctx: SandboxContext, session: Session, status: SigninStatus, error?: SigninError): void {
  if (session.status === status || isFinalStatus(session.status)) return;
  session.status = status;
  session.updatedAt = ctx.config.now();
  if (error) session.error = error;
  if (status === 'success') grantAccess(ctx, session);
  if (isFinalStatus(status)) ctx.store.finishSession(session);
  if (session.linkId === undefined) return;
  const link = ctx.store.links.get(session.linkId);
  if (link && link.sessionId === session.id) setLinkStatus(ctx, link, status, error);
}

/** Moves a link to a new status and fires its webhook. */
export function setLinkStatus(ctx: SandboxContext, link: Link, status: SigninStatus, error?: SigninError): void {
  if (link.status === status || isFinalStatus(link.status)) return;
  const now = ctx.config.now();
  link.status = status;
  link.updatedAt = now;
  if (error) link.error = error;
  if (link.webhookUrl) {
    ctx.webhooks.send(link.webhookUrl, {
      id: randomId('evt'),
      type: WEBHOOK_EVENT_TYPE,
      linkId: link.id,
      ...(link.sessionId ? { sessionId: link.sessionId } : {}),
      status,
      at: iso(now),
    });
  }
}

/** Applies the time-based transitions of one session: unfinished past `expiresAt` → `abandoned`. */
export function refreshSession(ctx: SandboxContext, session: Session): Session {
  if (!isFinalStatus(session.status) && ctx.config.now() >= session.expiresAt) setSessionStatus(ctx, session, 'abandoned');
  return session;
}

/**
 * Applies the time-based transitions of one link: never opened past `expiresAt` → `expired`;
 * opened but unfinished past its deadline (TTL after opening or after its latest session) → `abandoned`.
 */
export function refreshLink(ctx: SandboxContext, link: Link): Link {
  if (isFinalStatus(link.status)) return link;
  const now = ctx.config.now();
  if (link.sessionId) {
    const session = ctx.store.session(link.sessionId);
    if (session) refreshSession(ctx, session);
    if (isFinalStatus(link.status)) return link;
  }
  if (link.abandonAt === undefined) {
    if (now >= link.expiresAt) setLinkStatus(ctx, link, 'expired');
  } else if (now >= link.abandonAt) {
    setLinkStatus(ctx, link, 'abandoned');
  }
  return link;
}

/**
 * Applies time-based transitions everywhere (access events included) and evicts entries finished
 * longer than the retention ago. Accesses stay (an expired one can be renewed) until their own bound.
 */
export function sweep(ctx: SandboxContext): void {
  const { store, config } = ctx;
  const horizon = config.now() - config.retentionMs;
  for (const session of store.sessions()) {
    refreshSession(ctx, session);
    if (isFinalStatus(session.status) && session.updatedAt < horizon) store.deleteSession(session.id);
  }
  for (const access of store.accesses.values()) refreshAccess(ctx, access);
  // Tokens stay a retention past their expiry, so a late use still gets its own code.
  for (const token of store.reconnectTokens.values()) if (token.expiresAt < horizon) store.reconnectTokens.delete(token.token);
  for (const link of store.links.values()) {
    refreshLink(ctx, link);
    if (isFinalStatus(link.status) && link.updatedAt < horizon) store.links.delete(link.id);
  }
}
