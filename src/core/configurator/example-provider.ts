import type { BankInput } from '../protocol/catalog.js';

/**
 * A pretend provider for the configurator's preview when the real one does not answer: only its
 * catalog (`GET /v1/catalog`), with fictional banks. Its origin ends in `.invalid` (RFC 2606),
 * so no real request is ever intercepted; sessions fail with `network_error`, as they would.
 */
export const EXAMPLE_API_BASE = 'https://example-provider.signin-flow.invalid';

const names: Record<string, string[]> = {
  PL: ['Example Bank Polska', 'Bank Spółdzielczy Przykład', 'Wzorcowy Bank Ludowy'],
  CZ: ['Ukázková banka', 'Vzorová spořitelna'],
  SK: ['Vzorová banka Slovensko'],
  DE: ['Beispielbank', 'Musterstadt Sparkasse'],
  ES: ['Banco de Ejemplo', 'Caja Modelo'],
  LT: ['Pavyzdžio bankas'],
  LV: ['Parauga banka'],
  EE: ['Näidispank'],
  RO: ['Banca Exemplu'],
};

/** The fictional banks of the example provider (one of them unavailable, one slow). */
export const exampleBanks: BankInput[] = Object.entries(names).flatMap(([country, list]) =>
  list.map((name, i) => ({
    id: `example-${country.toLowerCase()}-${i + 1}`,
    name,
    country,
    aliases: [],
    ...(i === 0 ? { popular: true } : {}),
    ...(country === 'PL' && i === 2 ? { status: 'down' as const, statusMessage: 'Planned maintenance' } : {}),
    ...(country === 'PL' && i === 1 ? { status: 'degraded' as const } : {}),
  })),
);

type Fetch = typeof fetch;
let original: Fetch | undefined;
let users = 0;

function answer(url: URL): Response {
  if (url.pathname !== '/v1/catalog') return Response.json({ error: { code: 'not_found', message: 'The example provider only has a catalog.' } }, { status: 404 });
  const country = url.searchParams.get('country');
  return Response.json({ banks: country ? exampleBanks.filter((bank) => bank.country === country) : exampleBanks });
}

/**
 * Answers requests to {@link EXAMPLE_API_BASE} in this page (wrapping `window.fetch`); every
 * other request goes to the network as before. Returns the function that undoes it (counted:
 * the wrapper goes when the last user is done).
 */
export function useExampleProvider(): () => void {
  if (users++ === 0) {
    const previous = window.fetch;
    original = previous;
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.origin !== EXAMPLE_API_BASE) return previous.call(window, input, init);
      // A POST (a session) gets no answer a browser could read: like an unreachable provider.
      if ((init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase() !== 'GET') return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(answer(url));
    };
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--users === 0 && original) {
      window.fetch = original;
      original = undefined;
    }
  };
}

/** Whether the provider at `apiBase` answers its catalog within `timeoutMs`. */
export async function providerReachable(apiBase: string, country: string | undefined, timeoutMs = 3000): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const url = new URL('v1/catalog', apiBase.replace(/\/?$/, '/'));
    if (country) url.searchParams.set('country', country);
    const response = await fetch(url.href, { signal: controller.signal, headers: { accept: 'application/json' } });
    return response.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
