import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { revealRow, rowWindow, type RowWindow } from '../core/virtual-window.js';

/**
 * Keeps a long list of equal-height rows light: the host renders only `window(count)` rows
 * inside a `.rows` element of its scroller; this controller follows the scroll position,
 * measures the scroller and a row (ResizeObserver), and pads `.rows` for the rows left out,
 * through CSSOM so a strict CSP (no style attributes) holds.
 */
export class VirtualListController implements ReactiveController {
  #scrollTop = 0;
  /** The scroller must be moved to `scrollTop` after the next render. */
  #scrollPending = false;
  /** Rows in the list, as of the last render. */
  #count = 0;
  /** Measured once rendered; these guesses serve the first render only. */
  #rowHeight = 52;
  #viewportHeight = 320;
  readonly #resizeObserver = new ResizeObserver(() => this.#measure());
  #observed: HTMLElement | null = null;

  readonly #host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };
  /** The scrolling element, when rendered. */
  readonly #scroller: () => HTMLElement | null;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    scroller: () => HTMLElement | null,
  ) {
    this.#host = host;
    this.#scroller = scroller;
    host.addController(this);
  }

  /** The rows to render for `count` rows: the visible ones and a few around them. */
  window(count: number): RowWindow {
    this.#count = count;
    return rowWindow({ count, rowHeight: this.#rowHeight, scrollTop: this.#scrollTop, viewportHeight: this.#viewportHeight });
  }

  /** Back to the top (a new list). */
  reset(): void {
    this.#scrollTo(0);
  }

  /** Scrolls as little as needed to show row `index`; the next render includes it. */
  reveal(index: number): void {
    if (index < 0) return;
    this.#scrollTo(revealRow(index, { rowHeight: this.#rowHeight, scrollTop: this.#scrollTop, viewportHeight: this.#viewportHeight }));
  }

  #scrollTo(top: number): void {
    if (top === this.#scrollTop) return;
    this.#scrollTop = top;
    this.#scrollPending = true;
    this.#host.requestUpdate();
  }

  /** The scroller's `scroll` listener. */
  readonly onScroll = (event: Event): void => {
    const top = (event.target as HTMLElement).scrollTop;
    if (top === this.#scrollTop) return;
    this.#scrollTop = top;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    // Moved or re-added: observe the scroller again after the next render.
    if (this.#host.hasUpdated) this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const scroller = this.#scroller();
    if (scroller !== this.#observed) {
      this.#resizeObserver.disconnect();
      if (scroller) this.#resizeObserver.observe(scroller);
      this.#observed = scroller;
    }
    const rows = scroller?.querySelector<HTMLElement>('.rows');
    if (!scroller || !rows) return;
    const { before, after } = this.window(this.#count);
    rows.style.setProperty('padding-block', `${before}px ${after}px`);
    // Only writes here: reading scrollTop after a render would force a layout on every keystroke.
    if (this.#scrollPending) {
      this.#scrollPending = false;
      scroller.scrollTop = this.#scrollTop;
    }
  }

  hostDisconnected(): void {
    this.#resizeObserver.disconnect();
    this.#observed = null;
  }

  #measure(): void {
    const scroller = this.#observed;
    if (!scroller) return;
    const rowHeight = scroller.querySelector<HTMLElement>('.rows > *')?.offsetHeight || this.#rowHeight;
    const viewportHeight = scroller.clientHeight || this.#viewportHeight;
    if (rowHeight !== this.#rowHeight || viewportHeight !== this.#viewportHeight) {
      this.#rowHeight = rowHeight;
      this.#viewportHeight = viewportHeight;
      this.#host.requestUpdate();
    }
  }
}
