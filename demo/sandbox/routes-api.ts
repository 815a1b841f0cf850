import { Hono, type MiddlewareHandler } from 'hono';
import { defaultImportRequestSchema } from '../../src/core/protocol/default-import.js';
import { createLinkRequestSchema, type CreateLinkResponse, type LinkInfo } from '../../src/core/protocol/link.js';
import { ApiError, checkLocale, readJson } from './api-error.js';
import { COUNTRIES } from './catalog-data.js';
import { isAllowedOrigin, originOfUrl } from './config.js';
import { iso, type SandboxContext } from './context.js';
import { buildImport } from './import-data.js';
import { refreshLink, refreshSession } from './lifecycle.js';
import { sessionInfo } from './sessions.js';
import { randomId, safeEqual, signSessionId, verifySessionSignature } from './signing.js';
import type { Link } from './store.js';

/** Integrator backend API: `Authorization: Bearer <secret>` on every call. */
export function apiRoutes(ctx: SandboxContext): Hono {
  const app = new Hono();
  const { config, store } = ctx;
  /** The secret key belongs to the first client (`sandbox-client`). */
  const client = config.clients[0];

  const requireSecret: MiddlewareHandler = async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    if (!match?.[1] || !safeEqual(match[1], config.secret)) {
      throw new ApiError(401, 'unauthorized', 'Send the secret key as "Authorization: Bearer <secret>"');
    }
    await next();
  };

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
    };
    if (link.locale) info.locale = link.locale;
    if (link.country) info.country = link.country;
    if (link.webhookUrl) info.webhookUrl = link.webhookUrl;
    if (link.openedAt !== undefined) info.openedAt = iso(link.openedAt);
    if (link.error) info.error = link.error;
    if (link.sessionId) {
      info.sessionId = link.sessionId;
      const session = store.sessions.get(link.sessionId);
      if (session) info.bankId = session.bankId;
      if (link.status === 'success') info.sessionIdSignature = signSessionId(config.secret, link.sessionId);
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
    };
    if (input.locale) link.locale = input.locale;
    if (input.country) link.country = input.country;
    if (input.webhookUrl) link.webhookUrl = input.webhookUrl;
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
    const session = store.sessions.get(c.req.param('id'));
    if (!session) throw new ApiError(404, 'not_found', 'No such session', 'id');
    return c.json(sessionInfo(refreshSession(ctx, session)));
  });

  app.post('/v1/default-import', requireSecret, async (c) => {
    const input = await readJson(c, defaultImportRequestSchema);
    if (!verifySessionSignature(config.secret, input.sessionId, input.sessionIdSignature)) {
      throw new ApiError(403, 'invalid_signature', 'sessionIdSignature does not match sessionId', 'sessionIdSignature');
    }
    const session = store.sessions.get(input.sessionId);
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
    const now = config.now();
    const result = buildImport({ sessionId: session.id, ownerExternalId: session.ownerExternalId, bank, now });
    session.importedAt = now;
    return c.json(result);
  });

  return app;
}
