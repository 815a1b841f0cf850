import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CatalogClientLike, CatalogRequest } from '../core/catalog/catalog-client.js';
import type { Bank } from '../core/protocol/catalog.js';

export type CatalogStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads the catalog an element asks for and tells it to re-render as the status moves:
 * idle → loading → ready | error. A newer request (or another client) aborts the older one, and
 * the element's removal aborts whatever is under way.
 */
export class CatalogLoader implements ReactiveController {
  status: CatalogStatus = 'idle';
  banks: readonly Bank[] = [];
  #key = '';
  #client: CatalogClientLike | undefined;
  #controller: AbortController | undefined;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Loads `request` from `client` unless it is the one already loaded or loading; `force` asks again (retry). */
  load(request: CatalogRequest, client: CatalogClientLike, force = false): void {
    const key = JSON.stringify([request.apiBase, request.country ?? '', request.locale ?? '']);
    if (!force && key === this.#key && client === this.#client && this.status !== 'idle') return;
    this.#key = key;
    this.#client = client;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'loading';
    this.#host.requestUpdate();
    // The shared client's fetch serves every picker of the page (one cache): aborting only stops listening.
    client.load(request).then(
      (banks) => this.#settle(controller, 'ready', banks),
      () => this.#settle(controller, 'error', []),
    );
  }

  /** Forgets the request: the element uses banks given to it instead. */
  reset(): void {
    this.#controller?.abort();
    this.#key = '';
    this.status = 'idle';
    this.banks = [];
  }

  hostDisconnected(): void {
    if (this.status === 'loading') {
      this.#controller?.abort();
      this.#key = '';
      this.status = 'idle';
    }
  }

  #settle(controller: AbortController, status: CatalogStatus, banks: readonly Bank[]): void {
    if (controller !== this.#controller || controller.signal.aborted) return;
    this.status = status;
    this.banks = banks;
    this.#host.requestUpdate();
  }
}
