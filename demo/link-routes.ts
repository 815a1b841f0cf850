import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { createLinkResponseSchema, linkInfoSchema, type LinkInfo } from '../src/core/protocol/link.js';

/** The demo's signed-in user: every link of the demo is theirs. */
export const DEMO_OWNER = 'demo-user-1';
/** Links the demo backend remembers (an integrator keeps them in its database). */
const MAX_LINKS = 1_000;

export interface LinkRoutesOptions {
  readonly sandboxUrl: string;
  readonly sandboxSecret: string;
}

interface KnownLink {
  readonly ownerExternalId: string;
  /** The Default Import, once done (the provider answers it only once). */
  imported?: unknown;
}

type Failure = { readonly error: { readonly code: string; readonly message: string } };
const failure = (code: string, message: string): Failure => ({ error: { code, message } });

/**
 * The integrator backend of the Redirection demo (it holds the secret key; the browser never sees
 * it nor the session signature):
 * - `POST /api/signin-links` creates a link at the provider (`returnUrl`: this site's /redirect.html)
 *   and answers `{id, url, expiresAt}` for the page to go to `url`;
 * - `GET /api/signin-links/:id` reads the link's status from the provider's API (the page never
 *   trusts `signin_status` in its address) and answers it without the signature;
 * - `POST /api/signin-links/:id/import` runs the Default Import with the session id and signature
 *   read from the API, once; a repeat answers the same data.
 * Only links this backend created, for its user, are answered (404 `unknown_link` otherwise).
 */
export function linkRoutes({ sandboxUrl, sandboxSecret }: LinkRoutesOptions): Hono {
  const app = new Hono();
  const links = new Map<string, KnownLink>();

  const provider = (path: string, init: RequestInit = {}) =>
    fetch(`${sandboxUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${sandboxSecret}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    }).catch(() => undefined);
  // Bank names for the status view, from the provider's public catalog (read once).
  let names: Promise<Map<string, string>> | undefined;
  const bankName = async (id: string | undefined) => {
    if (!id) return undefined;
    names ??= fetch(`${sandboxUrl}/v1/catalog`)
      .then((r) => r.json() as Promise<{ banks: Array<{ id: string; name: string }> }>)
      .then(({ banks }) => new Map(banks.map((bank) => [bank.id, bank.name])))
      .catch(() => ((names = undefined), new Map<string, string>()));
    return (await names).get(id);
  };
  const unreachable = (c: Context) => c.json(failure('provider_unreachable', 'The sandbox provider did not answer'), 502);
  const relay = async (c: Context, answer: Response) => c.body(await answer.text(), answer.status as ContentfulStatusCode, { 'content-type': 'application/json' });

  /** The provider's view of a link this site created, or the answer to send instead. */
  const read = async (c: Context, id: string): Promise<{ link: LinkInfo; known: KnownLink } | Response> => {
    const known = links.get(id);
    if (!known) return c.json(failure('unknown_link', 'This site created no such link: the link id in the address is wrong or was changed'), 404);
    const answer = await provider(`/v1/signin-links/${encodeURIComponent(id)}`);
    if (!answer) return unreachable(c);
    if (!answer.ok) return relay(c, answer);
    const parsed = linkInfoSchema.safeParse(await answer.json().catch(() => null));
    if (!parsed.success) return c.json(failure('provider_error', 'The provider answered an unexpected link'), 502);
    if (parsed.data.ownerExternalId !== known.ownerExternalId) return c.json(failure('unknown_link', 'This link belongs to another user'), 404);
    return { link: parsed.data, known };
  };

  app.post('/api/signin-links', async (c) => {
    const returnUrl = new URL('/redirect.html', c.req.url).href;
    const answer = await provider('/v1/signin-links', { method: 'POST', body: JSON.stringify({ ownerExternalId: DEMO_OWNER, returnUrl, country: 'PL', locale: 'en' }) });
    if (!answer) return unreachable(c);
    if (answer.status !== 201) return relay(c, answer);
    const parsed = createLinkResponseSchema.safeParse(await answer.json().catch(() => null));
    if (!parsed.success) return c.json(failure('provider_error', 'The provider answered an unexpected link'), 502);
    if (links.size >= MAX_LINKS) links.delete(links.keys().next().value as string);
    links.set(parsed.data.id, { ownerExternalId: DEMO_OWNER });
    return c.json(parsed.data, 201);
  });

  app.get('/api/signin-links/:id', async (c) => {
    const found = await read(c, c.req.param('id'));
    if (found instanceof Response) return found;
    const { id, status, bankId, error, createdAt, updatedAt, openedAt, expiresAt } = found.link;
    c.header('Cache-Control', 'no-store');
    return c.json({ id, status, bankId, bankName: await bankName(bankId ?? undefined), error, createdAt, updatedAt, openedAt, expiresAt, imported: found.known.imported !== undefined });
  });

  app.post('/api/signin-links/:id/import', async (c) => {
    const found = await read(c, c.req.param('id'));
    if (found instanceof Response) return found;
    const { link, known } = found;
    if (known.imported !== undefined) return c.json(known.imported);
    if (link.status !== 'success' || !link.sessionId || !link.sessionIdSignature) {
      return c.json(failure('not_successful', `The link's status is "${link.status}": nothing to import`), 409);
    }
    const answer = await provider('/v1/default-import', { method: 'POST', body: JSON.stringify({ sessionId: link.sessionId, sessionIdSignature: link.sessionIdSignature }) });
    if (!answer) return unreachable(c);
    if (!answer.ok) return relay(c, answer);
    known.imported = await answer.json();
    return c.json(known.imported);
  });

  return app;
}
