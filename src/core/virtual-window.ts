/** What part of a long list of equal-height rows to render. */
export interface RowWindow {
  /** First row to render. */
  readonly start: number;
  /** One past the last row to render. */
  readonly end: number;
  /** Space, in px, standing for the rows before `start`. */
  readonly before: number;
  /** Space, in px, standing for the rows from `end` on. */
  readonly after: number;
}

export interface WindowInput {
  readonly count: number;
  /** Height of one row, px (> 0). */
  readonly rowHeight: number;
  readonly scrollTop: number;
  readonly viewportHeight: number;
  /** Extra rows rendered above and below the visible ones. */
  readonly overscan?: number;
}

/**
 * The rows to render for a scroll position: the visible ones plus `overscan` on each side,
 * so the DOM holds a few dozen rows whatever the list's length.
 */
export function rowWindow({ count, rowHeight, scrollTop, viewportHeight, overscan = 5 }: WindowInput): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first - overscan, count - 1));
  const end = Math.min(count, first + visible + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/** The scroll position that shows row `index` while moving as little as possible (like `block: 'nearest'`). */
export function revealRow(index: number, { rowHeight, scrollTop, viewportHeight }: Omit<WindowInput, 'count' | 'overscan'>): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
