/** Where a popup list goes beside its input, in viewport pixels. */
export interface ListPlacement {
  /** Distance of the list's top from the viewport's top. */
  readonly top: number;
  /** The most the list may be high there. */
  readonly maxHeight: number;
  /** The list opens upwards (too little room below). */
  readonly above: boolean;
}

export interface ListPlacementInput {
  /** The input's top and bottom edges (viewport pixels). */
  readonly anchorTop: number;
  readonly anchorBottom: number;
  readonly viewportHeight: number;
  /** How high the list would like to be. */
  readonly wanted: number;
  /** Space between input and list. */
  readonly gap: number;
  /** Space kept free at the viewport's edge. */
  readonly margin: number;
}

/**
 * Below the input when the list fits there or there is at least as much room below as above;
 * else above it. Either way the list is cut to the room it has, so it never leaves the viewport.
 */
export function placeList({ anchorTop, anchorBottom, viewportHeight, wanted, gap, margin }: ListPlacementInput): ListPlacement {
  const below = Math.max(0, viewportHeight - anchorBottom - gap - margin);
  const above = Math.max(0, anchorTop - gap - margin);
  if (wanted <= below || below >= above) return { top: anchorBottom + gap, maxHeight: below, above: false };
  const height = Math.min(wanted, above);
  return { top: anchorTop - gap - height, maxHeight: above, above: true };
}
