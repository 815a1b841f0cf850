import { Hono } from 'hono';
import { defaultImportRequestSchema } from '../../src/core/protocol/default-import.js';
import { createLinkRequestSchema, type CreateLinkResponse, type LinkInfo } from '../../src/core/protocol/link.js';
import { ApiError, checkLocale, readJson } from './api-error.js';
import { COUNTRIES } from './catalog-data.js';
import { isAllowedOrigin, originOfUrl } from './config.js';
import { iso, type SandboxContext } from './context.js';
import { buildImport } from './import-data.js';
import { refreshLink, refreshSession } from './lifecycle.js';
import { sessionInfo } from './sessions.js';
import { randomId, signSessionId, verifySessionSignature } from './signing.js';
import type { Link } from './store.js';
import type { Styles } from '../../src/config/styles.js';
import { accessStatus, accessSummary, recordImport } from './accesses.js';
import { requireSecret as secretKey } from './auth.js';

/** Validated styles with their values trimmed, as the hosted page applies them. */
function trimmedStyles(styles: Styles): Styles {
  return Object.fromEntries(Object.entries(styles).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value.trim()]] : []))) as Styles;
}

/** Integrator backend API: `Authorization: Bearer <secret>` on every call. */
export function apiRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  const { config, store } = ctx;
  /** The secret key belongs to the first client (`sandbox-client`). */
  const client = config.clients[0];

  const requireSecret = secretKey(config);

  const linkInfo = (link: Link): LinkInfo => {
    const info: LinkInfo = {
      id: link.id,
      url: `${config.publicUrl}/signin/${link.id}`,
      status: link.status,
      ownerExternalId: link.ownerExternalId,
      returnUrl: link.returnUrl,
      createdAt: iso(link.createdAt),
      updatedAt: iso(link.updatedAt),
      expiresAt: iso(link.expiresAt),
      accessMode: link.accessMode,
    };
    if (link.accessDays !== undefined) info.accessDays = link.accessDays;
    if (link.reconnectAccessId !== undefined) info.reconnectAccessId = link.reconnectAccessId;
    if (link.locale) info.locale = link.locale;
    if (link.country) info.country = link.country;
    if (link.webhookUrl) info.webhookUrl = link.webhookUrl;
    if (link.openedAt !== undefined) info.openedAt = iso(link.openedAt);
    if (link.styles) info.styles = { ...link.styles } as Record<string, string>;
    if (link.theme) info.theme = link.theme;
    if (link.brand) info.brand = { ...link.brand };
    if (link.error) info.error = link.error;
    if (link.sessionId) {
      info.sessionId = link.sessionId;
      const session = store.session(link.sessionId);
      if (session) info.bankId = session.bankId;
      if (link.status === 'success') {
        info.sessionIdSignature = signSessionId(config.secret, link.sessionId);
        if (session) info.grantedAccessMode = session.accessMode;
        const access = session?.accessId === undefined ? undefined : store.accesses.get(session.accessId);
        if (access) info.access = accessSummary(ctx, access);
      }
    }
    return info;
  };

  app.post('/v1/signin-links', requireSecret, async (c) => {
    const input = await readJson(c, createLinkRequestSchema);
    checkLocale(input.locale);
    const returnOrigin = originOfUrl(input.returnUrl);
    if (!client || !returnOrigin || !isAllowedOrigin(client, returnOrigin)) {
      throw new ApiError(403, 'origin_not_allowed', `returnUrl: "${returnOrigin ?? input.returnUrl}" is not an allowed origin of client "${client?.id ?? ''}"`, 'returnUrl');
    }
    if (input.country !== undefined && !(COUNTRIES as readonly string[]).includes(input.country)) {
      throw new ApiError(400, 'invalid_request', `country: the sandbox has banks for ${COUNTRIES.join(', ')}`, 'country');
    }
    let accessMode = input.accessMode ?? 'single';
    if (input.reconnectAccessId !== undefined) {
      const access = store.accesses.get(input.reconnectAccessId);
      if (!access || access.clientId !== client.id) throw new ApiError(404, 'not_found', 'reconnectAccessId: no such access', 'reconnectAccessId');
      if (access.ownerExternalId !== input.ownerExternalId) {
        throw new ApiError(409, 'reconnect_token_mismatch', "ownerExternalId: not the owner of the access to renew", 'ownerExternalId');
      }
      if (accessStatus(ctx, access) === 'revoked') throw new ApiError(410, 'access_revoked', 'reconnectAccessId: the access was revoked; connect the bank anew', 'reconnectAccessId');
      if (input.accessMode !== undefined && input.accessMode !== 'multiple') {
        throw new ApiError(400, 'invalid_request', 'accessMode: a link that renews an access grants "multiple" access', 'accessMode');
      }
      accessMode = 'multiple';
    }
    if (accessMode === 'single' && input.accessDays !== undefined) {
      throw new ApiError(400, 'invalid_request', 'accessDays: only with accessMode "multiple" or "mixed"', 'accessDays');
    }
    const now = config.now();
    const link: Link = {
      id: randomId('lnk'),
      clientId: client.id,
      ownerExternalId: input.ownerExternalId,
      returnUrl: input.returnUrl,
      status: 'pending',
      createdAt: now,
      updatedAt: now,
      expiresAt: now + config.linkTtlMs,
      accessMode,
    };
    if (input.accessDays !== undefined) link.accessDays = input.accessDays;
    if (input.reconnectAccessId !== undefined) link.reconnectAccessId = input.reconnectAccessId;
    if (input.locale) link.locale = input.locale;
    if (input.country) link.country = input.country;
    if (input.webhookUrl) link.webhookUrl = input.webhookUrl;
    if (input.styles && Object.keys(input.styles).length > 0) link.styles = trimmedStyles(input.styles);
    if (input.theme) link.theme = input.theme;
    if (input.brand) link.brand = input.brand.logoUrl === undefined ? { name: input.brand.name } : { name: input.brand.name, logoUrl: input.brand.logoUrl };
    store.links.set(link.id, link);
    const body: CreateLinkResponse = { id: link.id, url: `${config.publicUrl}/signin/${link.id}`, expiresAt: iso(link.expiresAt) };
    return c.json(body, 201);
  });

  app.get('/v1/signin-links/:id', requireSecret, (c) => {
    const link = store.links.get(c.req.param('id'));
    if (!link) throw new ApiError(404, 'not_found', 'No such link', 'id');
    return c.json(linkInfo(refreshLink(ctx, link)));
  });

  app.get('/v1/signin-sessions/:id', requireSecret, (c) => {
    const session = store.session(c.req.param('id'));
    if (!session) throw new ApiError(404, 'not_found', 'No such session', 'id');
    return c.json(sessionInfo(ctx, refreshSession(ctx, session)));
  });

  app.post('/v1/default-import', requireSecret, async (c) => {
    const input = await readJson(c, defaultImportRequestSchema);
    if (!verifySessionSignature(config.secret, input.sessionId, input.sessionIdSignature)) {
      throw new ApiError(403, 'invalid_signature', 'sessionIdSignature does not match sessionId', 'sessionIdSignature');
    }
    const session = store.session(input.sessionId);
    if (!session) throw new ApiError(404, 'not_found', 'No such session (it may have been evicted)', 'sessionId');
    refreshSession(ctx, session);
    if (session.status !== 'success') {
      throw new ApiError(409, 'session_not_successful', `The session's status is "${session.status}", not "success"`, 'sessionId');
    }
    if (session.importedAt !== undefined) {
      throw new ApiError(409, 'already_imported', `This session was already imported at ${iso(session.importedAt)}; start a new SignIn Flow to import again`, 'sessionId');
    }
    const bank = ctx.catalog.get(session.bankId);
    if (!bank) throw new ApiError(404, 'not_found', 'The bank of this session is gone', 'sessionId');
    // Multiple access: the Default Import is the access's first import of the day (and may hit its limit).
    const access = session.accessId === undefined ? undefined : store.accesses.get(session.accessId);
    if (access) recordImport(ctx, access, 'sessionId');
    const now = config.now();
    const result = buildImport({ sessionId: session.id, ownerExternalId: session.ownerExternalId, bank, now });
    session.importedAt = now;
    if (access) result.access = accessSummary(ctx, access);
    return c.json(result);
  });

  return app;
}
