import { CatalogClient } from '../catalog/catalog-client.js';
import { ProviderClient } from '../flow/provider-client.js';
import { apiUrl } from '../protocol/api-url.js';
import type { BankInput } from '../protocol/catalog.js';

/**
 * A pretend provider for the configurator's preview when the real one does not answer: only its
 * catalog (`GET /v1/catalog`), with fictional banks, served by {@link exampleCatalogClient}. Its
 * origin ends in `.invalid` (RFC 2606), so it can be no real provider; sessions fail with
 * `network_error`, as they would.
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

function answer(url: URL): Response {
  if (url.pathname !== '/v1/catalog') return Response.json({ error: { code: 'not_found', message: 'The example provider only has a catalog.' } }, { status: 404 });
  const country = url.searchParams.get('country');
  return Response.json({ banks: country ? exampleBanks.filter((bank) => bank.country === country) : exampleBanks });
}

/**
 * The example provider's catalog, for the preview's `catalogClient`: requests to
 * {@link EXAMPLE_API_BASE} are answered here; nothing goes to the network (the page's `fetch`
 * is never touched).
 */
export const exampleCatalogClient = new CatalogClient(async (input) => {
  const url = new URL(input);
  return url.origin === EXAMPLE_API_BASE ? answer(url) : Response.error();
});

/** The example provider's sessions, for the preview's `providerClient`: every one fails with `network_error`, as with an unreachable provider. */
export const exampleProviderClient = new ProviderClient(() => Promise.reject(new TypeError('The example provider has no sessions.')));

/** Whether the provider at `apiBase` answers its catalog within `timeoutMs` (`fetcher`: the page's `fetch` unless told). */
export async function providerReachable(apiBase: string, country: string | undefined, timeoutMs = 3000, fetcher: typeof fetch = (input, init) => fetch(input, init)): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetcher(apiUrl(apiBase, 'v1/catalog', { country }).href, { signal: controller.signal, headers: { accept: 'application/json' } });
    return response.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
