import { Hono, type Context } from 'hono';
import { accessModeSchema, MAX_ACCESS_DAYS, type AccessMode } from '../src/core/protocol/access.js';
import type { LinkInfo } from '../src/core/protocol/link.js';
import { AccessBook } from './access-book.js';
import type { Backend, KnownLink } from './backend.js';
import { failure, relay } from './provider.js';

export { DEMO_OWNER } from './provider.js';

/** `POST /api/signin-links` body: the access the link asks for (both optional: single access by default). */
async function readLinkRequest(c: Context): Promise<{ accessMode?: AccessMode; accessDays?: number } | string> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'The body is not JSON';
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'Send {accessMode?, accessDays?}';
  const { accessMode, accessDays } = body as Record<string, unknown>;
  const request: { accessMode?: AccessMode; accessDays?: number } = {};
  if (accessMode !== undefined) {
    const mode = accessModeSchema.safeParse(accessMode);
    if (!mode.success) return 'accessMode: must be "single", "multiple" or "mixed"';
    request.accessMode = mode.data;
  }
  if (accessDays !== undefined) {
    if (typeof accessDays !== 'number' || !Number.isInteger(accessDays) || accessDays < 1 || accessDays > MAX_ACCESS_DAYS) return `accessDays: must be a whole number of days from 1 to ${MAX_ACCESS_DAYS}`;
    if ((request.accessMode ?? 'single') === 'single') return 'accessDays: only with accessMode "multiple" or "mixed"';
    request.accessDays = accessDays;
  }
  return request;
}

/**
 * The integrator backend of the Redirection demo (it holds the secret key; the browser never sees
 * it nor the session signature):
 * - `POST /api/signin-links` `{accessMode?, accessDays?}` creates a link at the provider
 *   (`returnUrl`: this site's /redirect.html, `webhookUrl`: its receiver) and answers
 *   `{id, url, expiresAt}` for the page to go to `url`;
 * - `GET /api/signin-links/:id` reads the link's status from the provider's API (the page never
 *   trusts `signin_status` in its address) and answers it without the signature nor the access id;
 * - `POST /api/signin-links/:id/import` runs the Default Import with the session id and signature
 *   read from the API, once (a repeat answers the same data); multiple access joins the user's
 *   connected banks.
 * Only links this backend created, for its user, are answered (404 `unknown_link` otherwise).
 */
export function linkRoutes(backend: Backend): Hono {
  const app = new Hono();
  const { provider, links, book } = backend;

  /** The provider's view of a link this site created, or the answer to send instead. */
  const read = async (c: Context, id: string): Promise<{ link: LinkInfo; known: KnownLink } | Response> => {
    const known = links.get(id);
    if (!known) return c.json(failure('unknown_link', 'This site created no such link: the link id in the address is wrong or was changed'), 404);
    let link: LinkInfo;
    try {
      link = await provider.api.getLink(id);
    } catch (error) {
      return relay(c, error);
    }
    if (link.ownerExternalId !== known.ownerExternalId) return c.json(failure('unknown_link', 'This link belongs to another user'), 404);
    return { link, known };
  };

  app.post('/api/signin-links', async (c) => {
    const request = await readLinkRequest(c);
    if (typeof request === 'string') return c.json(failure('invalid_request', request), 400);
    return backend.createLink(c, request);
  });

  app.get('/api/signin-links/:id', async (c) => {
    const found = await read(c, c.req.param('id'));
    if (found instanceof Response) return found;
    const { id, status, bankId, error, createdAt, updatedAt, openedAt, expiresAt, accessMode, accessDays, grantedAccessMode, access, reconnectAccessId } = found.link;
    const connection = access ? book.byAccess(access.id) : undefined;
    const renews = reconnectAccessId === undefined ? undefined : book.byAccess(reconnectAccessId);
    c.header('Cache-Control', 'no-store');
    return c.json({
      id,
      status,
      bankId,
      bankName: await provider.bankName(bankId ?? undefined),
      error,
      createdAt,
      updatedAt,
      openedAt,
      expiresAt,
      accessMode,
      accessDays,
      grantedAccessMode,
      access: access ? AccessBook.browserSummary(access, connection?.id ?? '') : undefined,
      renews: renews?.id,
      imported: found.known.imported !== undefined,
    });
  });

  app.post('/api/signin-links/:id/import', async (c) => {
    const found = await read(c, c.req.param('id'));
    if (found instanceof Response) return found;
    const { link, known } = found;
    if (known.imported !== undefined) return c.json(known.imported);
    if (link.status !== 'success' || !link.sessionId || !link.sessionIdSignature) {
      return c.json(failure('not_successful', `The link's status is "${link.status}": nothing to import`), 409);
    }
    try {
      const imported = backend.acceptImport(await provider.api.defaultImport({ sessionId: link.sessionId, sessionIdSignature: link.sessionIdSignature }), 'link');
      known.imported = imported;
      return c.json(imported);
    } catch (error) {
      return relay(c, error);
    }
  });

  return app;
}
