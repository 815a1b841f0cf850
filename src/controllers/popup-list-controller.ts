import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { placeList } from '../core/list-placement.js';

/**
 * Shows a combobox's list in the top layer (the Popover API: `popover="manual"`), so no ancestor
 * with `overflow: hidden`, a transform or a z-index clips or covers it, and places it under its
 * input, or above when there is more room there, cut to the viewport. It follows scrolling and
 * resizing while shown; `relayout()` after the list's content changed size. Placement is written
 * through CSSOM, which a strict CSP allows.
 */
export class PopupListController implements ReactiveController {
  readonly #list: () => HTMLElement | null;
  readonly #anchor: () => HTMLElement | null;
  #shown: HTMLElement | null = null;
  #frame = 0;
  #dirty = true;

  constructor(host: ReactiveControllerHost, list: () => HTMLElement | null, anchor: () => HTMLElement | null) {
    this.#list = list;
    this.#anchor = anchor;
    host.addController(this);
  }

  /** The list's content changed size: place it again after this render. */
  relayout(): void {
    this.#dirty = true;
  }

  hostUpdated(): void {
    const list = this.#list();
    if (list !== this.#shown) {
      this.#shown = list;
      this.#listen(list !== null);
      this.#dirty = true;
      if (list?.isConnected && !list.matches(':popover-open')) list.showPopover();
    }
    if (this.#dirty && list) this.#place(list);
  }

  hostDisconnected(): void {
    this.#shown = null;
    this.#listen(false);
  }

  #place(list: HTMLElement): void {
    this.#dirty = false;
    const anchor = this.#anchor();
    if (!anchor) return;
    const rect = anchor.getBoundingClientRect();
    list.style.removeProperty('max-block-size');
    const { top, maxHeight, above } = placeList({
      anchorTop: rect.top,
      anchorBottom: rect.bottom,
      viewportHeight: window.innerHeight,
      wanted: list.offsetHeight,
      gap: 4,
      margin: 8,
    });
    list.style.setProperty('inset-block-start', `${top}px`);
    list.style.setProperty('inset-inline-start', `${rect.left}px`);
    list.style.setProperty('inline-size', `${rect.width}px`);
    list.style.setProperty('max-block-size', `${maxHeight}px`);
    list.classList.toggle('above', above);
  }

  readonly #onMove = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#shown) this.#place(this.#shown);
    });
  };

  #listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', this.#onMove, { capture: true, passive: true } as AddEventListenerOptions);
    window[method]('resize', this.#onMove);
    if (!on && this.#frame) {
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
    }
  }
}
