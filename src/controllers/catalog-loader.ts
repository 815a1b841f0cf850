import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CatalogError, catalogUrl, type CatalogClientLike, type CatalogRequest } from '../core/catalog/catalog-client.js';
import type { CatalogErrorDetail } from '../events/catalog-error-event.js';
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
  readonly #report: (problem: CatalogErrorDetail) => void;

  /** `report` hears of a list that failed, or that loaded with banks left out. */
  constructor(host: ReactiveControllerHost, report: (problem: CatalogErrorDetail) => void) {
    this.#host = host;
    this.#report = report;
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
      ({ banks, skipped }) => {
        if (!this.#settle(controller, 'ready', banks) || skipped.length === 0) return;
        const rows = new Set(skipped.map((issue) => issue.field.split('.').slice(0, 2).join('.'))).size;
        this.#report({ message: `${rows} of the banks from ${catalogUrl(request)} were not valid and were left out.`, skipped, loaded: true });
      },
      (error: unknown) => {
        if (!this.#settle(controller, 'error', [])) return;
        const status = error instanceof CatalogError ? error.status : undefined;
        this.#report({ message: error instanceof Error ? error.message : String(error), ...(status === undefined ? {} : { status }), skipped: [], loaded: false });
      },
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

  /** Takes the answer of the current request; false when it is an old one (nothing to do). */
  #settle(controller: AbortController, status: CatalogStatus, banks: readonly Bank[]): boolean {
    if (controller !== this.#controller || controller.signal.aborted) return false;
    this.status = status;
    this.banks = banks;
    this.#host.requestUpdate();
    return true;
  }
}
