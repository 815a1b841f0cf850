import type { CatalogClientLike } from '../catalog/catalog-client.js';
import type { Bank } from '../protocol/catalog.js';
import { NETWORK_ERROR } from './error-codes.js';
import { ProviderError, sharedProviderClient, type ProviderClientLike } from './provider-client.js';

/** What a reconnect token renews, ready for the flow: its bank, and the days the renewal grants. */
export interface Renewal {
  readonly bank: Bank;
  readonly days: number;
}

export interface RenewalRequest {
  readonly apiBase: string;
  readonly token: string;
  readonly clientId: string;
  /** The catalog's country and language, as the bank list loads them. */
  readonly country?: string | undefined;
  readonly locale: string;
  /** The most days the flow may ask for: the renewal grants the token's access's days, at most these. */
  readonly accessDays: number;
}

/**
 * Reads a reconnect token at the provider (the client's `reconnectInfo`, else the page's shared
 * client's) and finds its bank in the catalog. Fails with a {@link ProviderError}: the provider's
 * code for a token that does not work (`reconnect_token_used`…), `not_found` when its bank is not
 * in the catalog, `network_error` when nothing answered.
 */
export async function findRenewal(clients: { readonly providerClient: ProviderClientLike; readonly catalogClient: CatalogClientLike }, request: RenewalRequest): Promise<Renewal> {
  const { apiBase, token, clientId, country, locale, accessDays } = request;
  const provider = clients.providerClient.reconnectInfo ? clients.providerClient : sharedProviderClient;
  try {
    const [info, { banks }] = await Promise.all([provider.reconnectInfo!(apiBase, token, clientId), clients.catalogClient.load({ apiBase, country, locale })]);
    const bank = banks.find((b) => b.id === info.bankId);
    if (!bank) throw new ProviderError('not_found', `The bank of this reconnect token (${info.bankId}) is not in the catalog.`);
    return { bank, days: Math.min(accessDays, info.accessDays) };
  } catch (error) {
    throw error instanceof ProviderError ? error : new ProviderError(NETWORK_ERROR, String(error));
  }
}
