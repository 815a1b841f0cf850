/**
 * A pretend provider for the stories, so that every visual state renders the same each time,
 * in Storybook and in the tests that reuse the stories, with no server:
 *
 *   `${storyProvider.ok}`       the fixture catalog (filtered by `country`)
 *   `${storyProvider.loading}`  never answers: the picker stays in its loading state
 *   `${storyProvider.fail}`     HTTP 503: the "could not be loaded" state
 *   `${storyProvider.empty}`    an empty catalog
 *
 * Every one of them reads reconnect tokens (`GET /v1/reconnect-tokens/:token`, the public route
 * the widget asks before a renewal): `storyReconnectTokens.renewal` renews Demo Bank's access
 * (90 days), `.expired` and `.used` fail with the provider's 410 codes.
 *
 * It wraps `window.fetch` once, for URLs of its own `.invalid` origin only (RFC 2606: they can
 * never reach the network), and passes every other request through untouched. Sessions
 * (`POST /v1/signin-sessions`) get no answer a browser could read, like an unreachable provider.
 */
import { catalogs } from './args.js';

const ORIGIN = 'https://provider.stories.invalid';

/** Reconnect tokens the pretend provider knows (as a backend would get them from `POST /v1/accesses/:id/reconnect-tokens`). */
export const storyReconnectTokens = {
  renewal: 'rct_story_renewal_0000000001',
  expired: 'rct_story_expired_0000000001',
  used: 'rct_story_used_000000000001',
} as const;
export type StoryReconnect = 'none' | keyof typeof storyReconnectTokens;

const DAY_MS = 86_400_000;

/** `GET /v1/reconnect-tokens/:token`: the renewal's bank and days, or the provider's 410 (the shapes of src/core/protocol/access.ts and errors.ts). */
function reconnectAnswer(token: string): Response {
  const now = Date.now();
  if (token === storyReconnectTokens.renewal) {
    return Response.json({
      clientId: 'sandbox-client',
      bankId: 'demo-bank-pl',
      ownerExternalId: 'user-42',
      accessMode: 'multiple',
      accessDays: 90,
      accessExpiresAt: new Date(now + 3 * DAY_MS).toISOString(),
      expiresAt: new Date(now + 15 * 60_000).toISOString(),
    });
  }
  if (token === storyReconnectTokens.expired) {
    return Response.json({ error: { code: 'reconnect_token_expired', message: 'reconnectToken: the reconnect token expired; ask for a new one', field: 'reconnectToken' } }, { status: 410 });
  }
  if (token === storyReconnectTokens.used) {
    return Response.json({ error: { code: 'reconnect_token_used', message: 'reconnectToken: the reconnect token already renewed its access; ask for a new one', field: 'reconnectToken' } }, { status: 410 });
  }
  return Response.json({ error: { code: 'not_found', message: 'No such reconnect token', field: 'reconnectToken' } }, { status: 404 });
}

function answer(url: URL, method: string): Promise<Response> {
  const [, mode, ...rest] = url.pathname.split('/');
  if (method === 'GET' && rest.length === 3 && rest[0] === 'v1' && rest[1] === 'reconnect-tokens') {
    if (mode === 'loading') return new Promise<Response>(() => {});
    return Promise.resolve(reconnectAnswer(decodeURIComponent(rest[2]!)));
  }
  if (method !== 'GET' || rest.join('/') !== 'v1/catalog') return Promise.reject(new TypeError('Failed to fetch'));
  if (mode === 'loading') return new Promise<Response>(() => {});
  if (mode === 'fail') return Promise.resolve(Response.json({ error: { code: 'unavailable', message: 'try later' } }, { status: 503 }));
  const country = url.searchParams.get('country');
  const banks = mode === 'empty' ? [] : catalogs.small.filter((bank) => !country || bank.country === country);
  return Promise.resolve(Response.json({ banks }));
}

const marker = Symbol.for('signin-flow.story-provider');
type MarkedFetch = typeof fetch & { [marker]?: true };

/** Wraps `window.fetch` once (a second copy of this module finds it done). */
function install() {
  if (!(window.fetch as MarkedFetch)[marker]) {
    const network = window.fetch;
    const stub: MarkedFetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.origin !== ORIGIN) return network.call(window, input, init);
      return answer(url, (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase());
    };
    stub[marker] = true;
    window.fetch = stub;
  }
  return { ok: `${ORIGIN}/ok`, loading: `${ORIGIN}/loading`, fail: `${ORIGIN}/fail`, empty: `${ORIGIN}/empty` } as const;
}

// Installed by the first use of the addresses (no bare side effect: package.json's `sideEffects` lists no story file).
export const storyProvider = install();
export type StoryProvider = keyof typeof storyProvider;
