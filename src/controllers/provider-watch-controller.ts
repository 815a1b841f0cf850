import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedCatalogClient } from '../core/catalog/catalog-client.js';
import { exampleBanks, providerReachable } from '../core/configurator/example-provider.js';

/** Whether the configurator's provider answers: `checking` until the first probe ends. */
export type ProviderReachability = 'checking' | 'reachable' | 'unreachable';

/** The countries with banks in the example provider's catalog. */
export const EXAMPLE_COUNTRIES: readonly string[] = [...new Set(exampleBanks.map((bank) => bank.country))];

export interface ProviderWatchCallbacks {
  readonly reachability: (reachability: ProviderReachability) => void;
  /** Every country with banks in the provider's catalog (none without), else the example provider's. */
  readonly countries: (countries: readonly string[]) => void;
}

const isHttp = (url: string) => /^https?:\/\//.test(url);

/**
 * Follows the provider the configurator points at: asks it (debounced) whether it answers for the
 * address and country, and reads its catalog's countries once per address. Stale answers (an
 * address changed since, or the host left the page) are dropped.
 */
export class ProviderWatchController implements ReactiveController {
  #probeKey = '';
  #probeTimer: ReturnType<typeof setTimeout> | undefined;
  #catalogKey = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly on: ProviderWatchCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#probeTimer);
    this.#probeKey = '';
  }

  /** Call on every update with the form's address and country: only a change asks again. */
  watch(apiBase: string, country: string, connected: boolean): void {
    this.#probe(apiBase, country, connected);
    this.#loadCountries(apiBase);
  }

  #probe(apiBase: string, country: string, connected: boolean): void {
    const key = `${apiBase} ${country}`;
    if (key === this.#probeKey || !connected) return;
    this.#probeKey = key;
    clearTimeout(this.#probeTimer);
    this.#probeTimer = setTimeout(async () => {
      const reachable = isHttp(apiBase) && (await providerReachable(apiBase, country || undefined));
      if (this.#probeKey === key) this.on.reachability(reachable ? 'reachable' : 'unreachable');
    }, 300);
  }

  #loadCountries(apiBase: string): void {
    if (apiBase === this.#catalogKey) return;
    this.#catalogKey = apiBase;
    if (!isHttp(apiBase)) return;
    sharedCatalogClient.load({ apiBase }).then(
      ({ banks }) => {
        if (this.#catalogKey === apiBase && banks.length > 0) this.on.countries([...new Set(banks.map((bank) => bank.country))].sort());
      },
      () => {
        if (this.#catalogKey === apiBase) this.on.countries(EXAMPLE_COUNTRIES);
      },
    );
  }
}
