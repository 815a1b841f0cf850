import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bank } from '../protocol/catalog.js';
import { sharedCatalogClient, type CatalogClient, type CatalogRequest } from './catalog-client.js';

export type CatalogStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads the catalog an element asks for and tells it to re-render as the status moves:
 * idle → loading → ready | error. A newer request aborts the older one, and the element's
 * removal aborts whatever is under way.
 */
export class CatalogLoader implements ReactiveController {
  status: CatalogStatus = 'idle';
  banks: readonly Bank[] = [];
  error: Error | undefined;
  #key = '';
  #controller: AbortController | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #client: CatalogClient;

  constructor(
    host: ReactiveControllerHost,
    client: CatalogClient = sharedCatalogClient,
  ) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
  }

  /** Loads `request` unless it is the one already loaded or loading; `force` asks again (retry). */
  load(request: CatalogRequest, force = false): void {
    const key = JSON.stringify([request.apiBase, request.country ?? '', request.locale ?? '']);
    if (!force && key === this.#key && this.status !== 'idle') return;
    this.#key = key;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'loading';
    this.error = undefined;
    this.#host.requestUpdate();
    // The fetch itself is shared with other pickers (one cache per page): aborting only stops listening.
    this.#client.load(request).then(
      (banks) => this.#settle(controller, 'ready', banks),
      (error: unknown) => this.#settle(controller, 'error', [], error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** Forgets the request: the element uses banks given to it instead. */
  reset(): void {
    this.#controller?.abort();
    this.#key = '';
    this.status = 'idle';
    this.banks = [];
    this.error = undefined;
  }

  hostDisconnected(): void {
    if (this.status === 'loading') {
      this.#controller?.abort();
      this.#key = '';
      this.status = 'idle';
    }
  }

  #settle(controller: AbortController, status: CatalogStatus, banks: readonly Bank[], error?: Error): void {
    if (controller !== this.#controller || controller.signal.aborted) return;
    this.status = status;
    this.banks = banks;
    this.error = error;
    this.#host.requestUpdate();
  }
}
