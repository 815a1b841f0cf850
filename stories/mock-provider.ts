/**
 * A pretend provider for the stories, so that every visual state renders the same each time,
 * in Storybook and in the tests that reuse the stories, with no server:
 *
 *   `${storyProvider.ok}`       the fixture catalog (filtered by `country`)
 *   `${storyProvider.loading}`  never answers: the picker stays in its loading state
 *   `${storyProvider.fail}`     HTTP 503: the "could not be loaded" state
 *   `${storyProvider.empty}`    an empty catalog
 *
 * It wraps `window.fetch` once, for URLs of its own `.invalid` origin only (RFC 2606: they can
 * never reach the network), and passes every other request through untouched. Sessions
 * (`POST /v1/signin-sessions`) get no answer a browser could read, like an unreachable provider.
 */
import { catalogs } from './args.js';

const ORIGIN = 'https://provider.stories.invalid';

function answer(url: URL, method: string): Promise<Response> {
  const [, mode, ...rest] = url.pathname.split('/');
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
