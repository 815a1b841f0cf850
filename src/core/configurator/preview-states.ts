import { FLOW_ERROR_CODES } from '../flow/error-codes.js';
import type { Mode } from '../../config/choices.js';
import type { AccessMode } from '../protocol/primitives.js';
import { ProviderError } from '../flow/provider-client.js';
import { REDIRECT_PARAMS } from '../protocol/result.js';
import type { CatalogClientLike } from '../catalog/catalog-client.js';
import { CatalogError } from '../catalog/catalog-client.js';
import type { ProviderClientLike } from '../flow/provider-client.js';
import { EXAMPLE_API_BASE, exampleBanks, exampleCatalogClient, exampleProviderClient } from './example-provider.js';
import { compactConfig } from './config-model.js';
import { sharedCatalogClient } from '../catalog/catalog-client.js';
import { sharedProviderClient } from '../flow/provider-client.js';
import type { WidgetConfig, WidgetConfigInput } from '../../config/widget-config.js';

/** How the preview's catalog answers in a state. */
export type CatalogBehaviour = 'banks' | 'loading' | 'empty' | 'error';

/**
 * A state of the flow the preview can show, reached by the real `<signin-widget>`: what its example
 * provider answers, what the preview's config overrides, and how far the preview drives the flow
 * (`consents`: a bank preselected; `authorize`: the consents accepted; `start`: the launcher's
 * button pressed).
 */
export interface PreviewState {
  readonly id: string;
  readonly catalog: CatalogBehaviour;
  readonly bank?: 'available' | 'down';
  readonly accessMode?: AccessMode;
  readonly mode?: Mode;
  readonly drive?: 'authorize' | 'start';
  /**
   * `start` only once the page has no user activation left (a few seconds after the last click or
   * key): the browser's popup blocker then stops the bank window, as it does an `await`-delayed one.
   */
  readonly withoutActivation?: boolean;
  /**
   * What the example provider answers to the session request (`start`): an error code, never, or
   * a session whose "bank" sends the user straight back with a success (`authorizationUrl` is the
   * page's own address with the `signin_*` result, as the provider's return is).
   */
  readonly session?: { readonly fail: string } | 'pending' | 'success';
  readonly group: 'flow' | 'errors';
}

/** The example bank a state preselects: an available one, or the one under maintenance. */
export function stateBank(state: PreviewState, country: string | undefined): string | undefined {
  if (!state.bank) return undefined;
  const banks = exampleBanks.filter((bank) => bank.country === (country || 'PL'));
  const pick = state.bank === 'down' ? banks.find((bank) => bank.status === 'down') : banks.find((bank) => !bank.status);
  return (pick ?? exampleBanks.find((bank) => (state.bank === 'down' ? bank.status === 'down' : !bank.status)))?.id;
}

/** Every state the preview offers: the flow as the user meets it, then each error code the flow can end with. */
export const PREVIEW_STATES: readonly PreviewState[] = [
  { id: 'banks', catalog: 'banks', group: 'flow' },
  { id: 'loading', catalog: 'loading', group: 'flow' },
  { id: 'empty', catalog: 'empty', group: 'flow' },
  { id: 'catalogError', catalog: 'error', group: 'flow' },
  { id: 'unavailable', catalog: 'banks', bank: 'down', group: 'flow' },
  { id: 'consentsSingle', catalog: 'banks', bank: 'available', accessMode: 'single', group: 'flow' },
  { id: 'consentsMultiple', catalog: 'banks', bank: 'available', accessMode: 'multiple', group: 'flow' },
  { id: 'consentsMixed', catalog: 'banks', bank: 'available', accessMode: 'mixed', group: 'flow' },
  { id: 'redirect', catalog: 'banks', bank: 'available', mode: 'redirect', drive: 'authorize', group: 'flow' },
  { id: 'blocked', catalog: 'banks', bank: 'available', mode: 'popup', drive: 'start', withoutActivation: true, group: 'flow' },
  { id: 'success', catalog: 'banks', bank: 'available', mode: 'redirect', drive: 'start', session: 'success', group: 'flow' },
  { id: 'waiting', catalog: 'banks', bank: 'available', mode: 'redirect', drive: 'start', session: 'pending', group: 'flow' },
  ...FLOW_ERROR_CODES.map((code): PreviewState => ({ id: `error-${code}`, catalog: 'banks', bank: 'available', mode: 'redirect', drive: 'start', session: { fail: code }, group: 'errors' })),
];

export const previewStateById = (id: string | undefined): PreviewState => PREVIEW_STATES.find((state) => state.id === id) ?? PREVIEW_STATES[0]!;

const never = () => new Promise<never>(() => undefined);

/** The catalog the preview gets in a state (the example banks, or none, or never, or a failure). */
export function stateCatalogClient(state: PreviewState): CatalogClientLike {
  switch (state.catalog) {
    case 'banks':
      return exampleCatalogClient;
    case 'loading':
      return { load: never };
    case 'empty':
      return { load: async () => ({ banks: [], skipped: [] }) };
    case 'error':
      return { load: async () => Promise.reject(new CatalogError('The example provider’s catalog failed (HTTP 503).', 503)) };
  }
}

/**
 * The sessions of the example provider in a state: they fail with its code, never answer, or (success)
 * authorize at once: the bank's return to `returnTo()` (the page's address) carries the result.
 */
export function stateProviderClient(state: PreviewState, returnTo: () => string): ProviderClientLike {
  const session = state.session;
  if (session === 'pending') return { createSession: never };
  if (session === 'success') {
    return {
      createSession: async () => {
        const id = `ses_example_${Math.random().toString(36).slice(2, 12)}`;
        const nonce = `st_example_${Math.random().toString(36).slice(2, 12)}`;
        const url = new URL(returnTo());
        url.searchParams.set(REDIRECT_PARAMS.state, nonce);
        url.searchParams.set(REDIRECT_PARAMS.sessionId, id);
        url.searchParams.set(REDIRECT_PARAMS.status, 'success');
        url.searchParams.set(REDIRECT_PARAMS.signature, 'example-signature');
        url.searchParams.set(REDIRECT_PARAMS.accessMode, 'single');
        return { sessionId: id, authorizationUrl: url.href, state: nonce, expiresAt: new Date(Date.now() + 15 * 60_000).toISOString() };
      },
    };
  }
  const code = session?.fail ?? 'network_error';
  return { createSession: async () => Promise.reject(new ProviderError(code, `The example provider answers ${code}.`)) };
}

/** Which provider the preview talks to: the real one only for the bank list while it answers. */
export const isLivePreview = (state: PreviewState, reachable: boolean): boolean => state.id === 'banks' && reachable;

/** The catalog and session clients of the preview's widget in a state (the real ones when live, else the example provider's). */
export function previewClients(state: PreviewState, reachable: boolean, returnTo: () => string): { catalogClient: CatalogClientLike; providerClient: ProviderClientLike } {
  if (isLivePreview(state, reachable)) return { catalogClient: sharedCatalogClient, providerClient: sharedProviderClient };
  if (state.id === 'banks') return { catalogClient: exampleCatalogClient, providerClient: exampleProviderClient };
  return { catalogClient: stateCatalogClient(state), providerClient: stateProviderClient(state, returnTo) };
}

/**
 * The config given to the preview in a state: the example provider unless live; the state's
 * overrides (a bank, the mode, the access mode); styles always set (so cleared ones go).
 */
export function previewConfig(config: WidgetConfig, state: PreviewState, reachable: boolean): Partial<WidgetConfigInput> {
  const compact = compactConfig(config);
  const bank = stateBank(state, compact.country);
  return {
    ...compact,
    apiBase: isLivePreview(state, reachable) ? compact.apiBase : EXAMPLE_API_BASE,
    ...(bank ? { bank } : state.id === 'banks' ? {} : { bank: undefined }),
    ...(state.mode ? { mode: state.mode } : {}),
    // The flow is driven past the consents in these states: one-time access needs no choice there.
    ...(state.accessMode ? { accessMode: state.accessMode } : state.drive ? { accessMode: 'single' } : {}),
    ...(state.bank ? { country: exampleBanks.find((b) => b.id === bank)?.country ?? compact.country } : {}),
    styles: compact.styles ?? {},
  };
}
